import type { EntityManager } from 'typeorm';
import { Role, type AuthUser } from '../../common/auth';
import { CohortTrainer } from './cohort.entity';
import type { Context } from '../../context';
import { CohortStatus, ProgrammeStatus } from './training.enums';

/** Organisers and admins run training: programmes, cohorts, anyone's enrolment. */
export const organisesTraining = (user: AuthUser | null): boolean =>
  Boolean(user && (user.roles.includes(Role.ORGANISER) || user.roles.includes(Role.ADMIN)));

/**
 * The same question inside a transaction, on its own connection: a service
 * holding a lock must not wait for a second pooled connection (under load
 * that starves the pool).
 */
export async function teachesIn(
  em: EntityManager,
  user: AuthUser | null,
  cohortId: string,
): Promise<boolean> {
  if (!user) return false;
  if (organisesTraining(user)) return true;
  return em.existsBy(CohortTrainer, { cohortId, userId: user.id });
}

/** Organisers, admins and the cohort's own trainers keep its attendance and complete it (per request, batched). */
export async function teaches(ctx: Context, cohortId: string): Promise<boolean> {
  if (!ctx.user) return false;
  if (organisesTraining(ctx.user)) return true;
  return (await ctx.loaders.cohortTrainers.load(cohortId)).some((t) => t.userId === ctx.user!.id);
}

/** Published programmes are public; drafts and archived ones only for organisers. */
export const mayViewProgramme = (user: AuthUser | null, programme: { status: ProgrammeStatus }) =>
  programme.status === ProgrammeStatus.PUBLISHED || organisesTraining(user);

/** A cohort is seen with its programme, once it is no longer a draft; drafts by organisers and its trainers. */
export async function mayViewCohort(
  ctx: Context,
  cohort: { id: string; programmeId: string; status: CohortStatus },
) {
  if (cohort.status === CohortStatus.DRAFT) return teaches(ctx, cohort.id);
  const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
  return Boolean(programme && mayViewProgramme(ctx.user, programme));
}
