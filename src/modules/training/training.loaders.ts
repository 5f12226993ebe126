import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupedLoader, keyedLoader } from '../../common/loaders';
import { Certificate } from './certificate.entity';
import { GroupWorkSubmission } from './submission.entity';
import { Cohort, CohortTrainer, TrainingSession, TrainingSessionModule } from './cohort.entity';
import { Enrolment } from './enrolment.entity';
import { CohortStatus } from './training.enums';
import { TrainingModule, TrainingModuleMaterial, TrainingProgramme } from './programme.entity';

export interface PlaceCounts {
  enrolled: number;
  waitlisted: number;
}

export function trainingLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    programmeById: byIdLoader(dataSource, TrainingProgramme),
    modulesByProgramme: groupedLoader<string, TrainingModule>(
      (ids) =>
        repo(TrainingModule).find({ where: { programmeId: In([...ids]) }, order: { position: 'ASC' } }),
      (m) => m.programmeId,
    ),
    moduleMaterials: groupedLoader<string, TrainingModuleMaterial>(
      (ids) => repo(TrainingModuleMaterial).findBy({ moduleId: In([...ids]) }),
      (m) => m.moduleId,
    ),
    cohortById: byIdLoader(dataSource, Cohort),
    /** The cohorts one can enrol in now (OPEN), by programme: what a search hit offers. */
    openCohortsByProgramme: groupedLoader<string, Cohort>(
      (ids) =>
        repo(Cohort).find({
          where: { programmeId: In([...ids]), status: CohortStatus.OPEN },
          order: { name: 'ASC' },
        }),
      (c) => c.programmeId,
    ),
    cohortTrainers: groupedLoader<string, CohortTrainer>(
      (ids) => repo(CohortTrainer).findBy({ cohortId: In([...ids]) }),
      (t) => t.cohortId,
    ),
    trainingSessionById: byIdLoader(dataSource, TrainingSession),
    sessionsByCohort: groupedLoader<string, TrainingSession>(
      (ids) => repo(TrainingSession).find({ where: { cohortId: In([...ids]) }, order: { startsAt: 'ASC' } }),
      (s) => s.cohortId,
    ),
    sessionModules: groupedLoader<string, TrainingSessionModule>(
      (ids) => repo(TrainingSessionModule).findBy({ sessionId: In([...ids]) }),
      (m) => m.sessionId,
    ),
    enrolmentById: byIdLoader(dataSource, Enrolment),
    /** The signed-in person's enrolment per cohort: key "cohortId:userId". */
    enrolmentOfUser: keyedLoader<string, Enrolment & { key: string }>(
      async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const rows = await repo(Enrolment).findBy(pairs.map(([cohortId, userId]) => ({ cohortId, userId })));
        return rows.map((e) => Object.assign(e, { key: `${e.cohortId}:${e.userId}` }));
      },
      (e) => e.key,
    ),
    certificateById: byIdLoader(dataSource, Certificate),
    certificateByEnrolment: keyedLoader<string, Certificate>(
      (ids) => repo(Certificate).findBy({ enrolmentId: In([...ids]) }),
      (c) => c.enrolmentId,
    ),
    /** Ratings counted per value, per cohort: one query for every cohort of a page. */
    cohortRatings: groupedLoader<string, { cohortId: string; rating: number; n: number }>(
      (ids) =>
        dataSource.query(
          `SELECT cohort_id AS "cohortId", rating, count(*)::int AS n
             FROM training_feedback WHERE cohort_id = ANY($1) GROUP BY cohort_id, rating`,
          [[...ids]],
        ),
      (r) => r.cohortId,
    ),
    submissionById: byIdLoader(dataSource, GroupWorkSubmission),
    submissionsByEnrolment: groupedLoader<string, GroupWorkSubmission>(
      (ids) =>
        repo(GroupWorkSubmission).find({
          where: { enrolmentId: In([...ids]) },
          order: { submittedAt: 'ASC' },
        }),
      (s) => s.enrolmentId,
    ),
    /** Places taken and people waiting, per cohort, in one query. */
    placeCounts: new DataLoader<string, PlaceCounts>(async (ids) => {
      const rows: { cohort_id: string; enrolled: number; waitlisted: number }[] = await dataSource.query(
        `SELECT cohort_id,
                count(*) FILTER (WHERE status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED'))::int AS enrolled,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
           FROM training_enrolments WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
        [[...ids]],
      );
      const byId = new Map(
        rows.map((r) => [r.cohort_id, { enrolled: r.enrolled, waitlisted: r.waitlisted }]),
      );
      return ids.map((id) => byId.get(id) ?? { enrolled: 0, waitlisted: 0 });
    }),
  };
}

export type TrainingLoaders = ReturnType<typeof trainingLoaders>;

declare module '../../context' {
  interface Loaders extends TrainingLoaders {}
}
