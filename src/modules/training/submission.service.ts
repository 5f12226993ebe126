import { In } from 'typeorm';
import { failWith, findForChange, runMutation, type MutationOutcome } from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { teaches, teachesIn } from './access';
import { Cohort } from './cohort.entity';
import { Enrolment } from './enrolment.entity';
import { TrainingModule } from './programme.entity';
import { GroupWorkSubmission } from './submission.entity';
import { CohortStatus, HOLDS_PLACE } from './training.enums';
import { TrainingErrorCode } from './training.errors';
import type { SubmitGroupWorkInput } from './training.inputs';

/** Hands in the caller's group work for a module (again: replaces it, and it waits for acceptance anew). */
export async function submitGroupWork(
  ctx: Context,
  input: SubmitGroupWorkInput,
): Promise<MutationOutcome<GroupWorkSubmission>> {
  return runMutation(ctx, 'submitGroupWork', async (em, audit) => {
    const cohort = await findForChange(em, Cohort, input.cohortId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
      lock: false,
    });
    const enrolment = await em.findOneBy(Enrolment, {
      cohortId: cohort.id,
      userId: ctx.user!.id,
      status: In(HOLDS_PLACE),
    });
    if (!enrolment || cohort.status === CohortStatus.CANCELLED)
      return failWith(
        TrainingErrorCode.NOT_ENROLLED,
        'cohortId',
        'Only people with a place in the cohort hand in work.',
      );
    const module = await em.findOneBy(TrainingModule, {
      programmeId: cohort.programmeId,
      position: input.module,
    });
    if (!module) return failWith(UserErrorCode.INVALID, 'module', 'The programme has no such module.');
    await em
      .createQueryBuilder()
      .insert()
      .into(GroupWorkSubmission)
      .values({ enrolmentId: enrolment.id, moduleId: module.id, description: input.description })
      .orUpdate(
        ['description', 'submitted_at', 'accepted_at', 'accepted_by_id'],
        ['enrolment_id', 'module_id'],
      )
      .execute();
    const submission = await em.findOneByOrFail(GroupWorkSubmission, {
      enrolmentId: enrolment.id,
      moduleId: module.id,
    });
    audit.record('GroupWorkSubmission', submission.id, null, { module: input.module });
    return submission;
  });
}

/** A trainer (or organiser) accepts group work; completion counts it from then on. */
export async function acceptGroupWork(
  ctx: Context,
  input: { submissionId: string },
): Promise<MutationOutcome<GroupWorkSubmission>> {
  return runMutation(ctx, 'acceptGroupWork', async (em, audit) => {
    const submission = await findForChange(em, GroupWorkSubmission, input.submissionId, {
      type: 'GroupWorkSubmission',
      noun: 'submission',
      field: 'submissionId',
    });
    const enrolment = await em.findOneByOrFail(Enrolment, { id: submission.enrolmentId });
    if (!(await teachesIn(em, ctx.user, enrolment.cohortId))) throw forbidden();
    if (submission.acceptedAt)
      return failWith(UserErrorCode.INVALID, 'submissionId', 'The group work is already accepted.');
    Object.assign(submission, { acceptedAt: new Date(), acceptedById: ctx.user!.id });
    const saved = await em.save(submission);
    audit.record(
      'GroupWorkSubmission',
      submission.id,
      { acceptedAt: null },
      { acceptedAt: saved.acceptedAt },
    );
    return saved;
  });
}

/** A submission for `node(id:)`: its author and the cohort's trainers and organisers. */
export async function findSubmissionById(ctx: Context, id: string): Promise<GroupWorkSubmission | null> {
  const submission = await ctx.loaders.submissionById.load(id);
  const enrolment = submission && (await ctx.loaders.enrolmentById.load(submission.enrolmentId));
  if (!submission || !enrolment || !ctx.user) return null;
  return enrolment.userId === ctx.user.id || (await teaches(ctx, enrolment.cohortId)) ? submission : null;
}
