import { In, type EntityManager } from 'typeorm';
import {
  failWith,
  findForChange,
  InputProblems,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { localUuid } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { Activity } from '../action-plan';
import { Guide, Topic } from '../knowledge-base';
import { mayViewProgramme, organisesTraining } from './access';
import { TrainingModule, TrainingModuleMaterial, TrainingProgramme } from './programme.entity';
import { ProgrammeStatus } from './training.enums';
import type {
  CreateTrainingProgrammeInput,
  UpdateTrainingModuleInput,
  UpdateTrainingProgrammeInput,
} from './training.inputs';

/** Programmes the caller may see, by title. */
export async function listProgrammes(ctx: Context): Promise<TrainingProgramme[]> {
  const statuses = organisesTraining(ctx.user) ? Object.values(ProgrammeStatus) : [ProgrammeStatus.PUBLISHED];
  return ctx.dataSource
    .getRepository(TrainingProgramme)
    .find({ where: { status: In(statuses) }, order: { title: 'ASC', id: 'ASC' } });
}

/** A programme by local id, if the caller may see it (`trainingProgramme(id:)` and `node`). */
export async function findProgrammeById(ctx: Context, id: string): Promise<TrainingProgramme | null> {
  const programme = await ctx.loaders.programmeById.load(id);
  return programme && mayViewProgramme(ctx.user, programme) ? programme : null;
}

export async function findProgramme(ctx: Context, globalId: string): Promise<TrainingProgramme | null> {
  const id = localUuid(globalId, 'TrainingProgramme');
  return id ? findProgrammeById(ctx, id) : null;
}

/** Local ids of guides named by global ids, or null when one is malformed or names nothing. */
async function existingGuides(em: EntityManager, globalIds: string[]): Promise<string[] | null> {
  const ids = [...new Set(globalIds.map((g) => localUuid(g, 'Guide')))];
  if (ids.includes(null)) return null;
  const found = ids.length ? await em.countBy(Guide, { id: In(ids as string[]) }) : 0;
  return found === ids.length ? (ids as string[]) : null;
}

/** Creates a draft programme with its modules (organisers and admins; the resolver checks the role). */
export async function createProgramme(
  ctx: Context,
  input: CreateTrainingProgrammeInput,
): Promise<MutationOutcome<TrainingProgramme>> {
  return runMutation(ctx, 'createTrainingProgramme', async (em, audit) => {
    const problems = new InputProblems();
    const activityId = input.activityId ? localUuid(input.activityId, 'Activity') : null;
    if (input.activityId && (!activityId || !(await em.existsBy(Activity, { id: activityId }))))
      problems.add(UserErrorCode.NOT_FOUND, 'activityId', 'No such activity.');
    const topics = [...new Set(input.topics ?? [])];
    if (topics.length && (await em.countBy(Topic, { code: In(topics) })) !== topics.length)
      problems.add(UserErrorCode.INVALID, 'topics', 'Use topic codes from the `topics` query.');
    if (
      !(await existingGuides(
        em,
        input.modules.flatMap((m) => m.materialGuideIds ?? []),
      ))
    )
      problems.add(UserErrorCode.NOT_FOUND, 'modules', 'Materials must be existing guides.');
    problems.throwIfAny();

    const programme = await em.save(
      em.create(TrainingProgramme, {
        title: input.title,
        titleEn: input.titleEn ?? null,
        description: input.description ?? '',
        activityId,
        topicCodes: topics,
        minAttendancePercent: input.minAttendancePercent ?? 80,
        requiresFeedback: input.requiresFeedback ?? false,
        status: ProgrammeStatus.DRAFT,
      }),
    );
    for (const [i, m] of input.modules.entries()) {
      const module = await em.save(
        em.create(TrainingModule, {
          programmeId: programme.id,
          position: i + 1,
          title: m.title,
          titleEn: m.titleEn ?? null,
          learningOutcomes: m.learningOutcomes ?? [],
          durationHours: m.durationHours,
          required: m.required ?? true,
          requiresGroupWork: m.requiresGroupWork ?? false,
        }),
      );
      const materials = [...new Set((m.materialGuideIds ?? []).map((g) => localUuid(g, 'Guide')!))];
      if (materials.length)
        await em.insert(
          TrainingModuleMaterial,
          materials.map((guideId) => ({ moduleId: module.id, guideId })),
        );
    }
    audit.record('TrainingProgramme', programme.id, null, { ...programme, modules: input.modules.length });
    return programme;
  });
}

/** Changes a programme's texts, topics or completion rule (organisers; the resolver checks the role). */
export async function updateProgramme(
  ctx: Context,
  input: UpdateTrainingProgrammeInput,
): Promise<MutationOutcome<TrainingProgramme>> {
  return runMutation(ctx, 'updateTrainingProgramme', async (em, audit) => {
    const programme = await findForChange(em, TrainingProgramme, input.id, {
      type: 'TrainingProgramme',
      noun: 'programme',
    });
    const topics = input.topics ? [...new Set(input.topics)] : null;
    if (topics && (await em.countBy(Topic, { code: In(topics) })) !== topics.length)
      return failWith(UserErrorCode.INVALID, 'topics', 'Use topic codes from the `topics` query.');
    const before = { ...programme };
    Object.assign(programme, {
      ...(input.title != null && { title: input.title }),
      ...(input.titleEn !== undefined && { titleEn: input.titleEn }),
      ...(input.description != null && { description: input.description }),
      ...(input.minAttendancePercent != null && { minAttendancePercent: input.minAttendancePercent }),
      ...(input.requiresFeedback != null && { requiresFeedback: input.requiresFeedback }),
      ...(topics && { topicCodes: topics }),
    });
    const saved = await em.save(programme);
    audit.record('TrainingProgramme', programme.id, before, saved);
    return saved;
  });
}

/** Moves a programme from one status to another (organisers; the resolver checks the role). */
async function transition(
  ctx: Context,
  action: string,
  globalId: string,
  from: ProgrammeStatus,
  to: ProgrammeStatus,
): Promise<MutationOutcome<TrainingProgramme>> {
  return runMutation(ctx, action, async (em, audit) => {
    const programme = await findForChange(em, TrainingProgramme, globalId, {
      type: 'TrainingProgramme',
      noun: 'programme',
    });
    if (programme.status !== from)
      return failWith(UserErrorCode.INVALID, 'id', `A ${programme.status} programme cannot become ${to}.`);
    programme.status = to;
    const saved = await em.save(programme);
    audit.record('TrainingProgramme', programme.id, { status: from }, { status: to });
    return saved;
  });
}

/** DRAFT → PUBLISHED: the programme and its open cohorts become visible. */
export const publishProgramme = (ctx: Context, id: string) =>
  transition(ctx, 'publishTrainingProgramme', id, ProgrammeStatus.DRAFT, ProgrammeStatus.PUBLISHED);

/** PUBLISHED → ARCHIVED: the programme stays readable to organisers, with its cohorts and certificates. */
export const archiveProgramme = (ctx: Context, id: string) =>
  transition(ctx, 'archiveTrainingProgramme', id, ProgrammeStatus.PUBLISHED, ProgrammeStatus.ARCHIVED);

/** Changes one module of a programme (organisers). */
export async function updateModule(
  ctx: Context,
  input: UpdateTrainingModuleInput,
): Promise<MutationOutcome<TrainingProgramme>> {
  return runMutation(ctx, 'updateTrainingModule', async (em, audit) => {
    const programme = await findForChange(em, TrainingProgramme, input.programmeId, {
      type: 'TrainingProgramme',
      noun: 'programme',
      field: 'programmeId',
    });
    const module = await em.findOneBy(TrainingModule, {
      programmeId: programme.id,
      position: input.position,
    });
    if (!module) return failWith(UserErrorCode.NOT_FOUND, 'position', 'The programme has no such module.');
    const guideIds = input.materialGuideIds ? await existingGuides(em, input.materialGuideIds) : undefined;
    if (guideIds === null)
      return failWith(UserErrorCode.NOT_FOUND, 'materialGuideIds', 'Materials must be existing guides.');
    const before = { ...module };
    Object.assign(module, {
      ...(input.title != null && { title: input.title }),
      ...(input.learningOutcomes != null && { learningOutcomes: input.learningOutcomes }),
      ...(input.durationHours != null && { durationHours: input.durationHours }),
      ...(input.required != null && { required: input.required }),
      ...(input.requiresGroupWork != null && { requiresGroupWork: input.requiresGroupWork }),
    });
    await em.save(module);
    if (guideIds) {
      await em.delete(TrainingModuleMaterial, { moduleId: module.id });
      if (guideIds.length)
        await em.insert(
          TrainingModuleMaterial,
          guideIds.map((guideId) => ({ moduleId: module.id, guideId })),
        );
    }
    audit.record('TrainingProgramme', programme.id, { module: before }, { module, materials: guideIds });
    return programme;
  });
}
