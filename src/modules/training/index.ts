import type { AppModule } from '../../module';
import { Certificate } from './certificate.entity';
import { TrainingFeedback } from './feedback.entity';
import { GroupWorkSubmission } from './submission.entity';
import { findSubmissionById } from './submission.service';
import { findCertificateById } from './certificate.service';
import {
  Cohort,
  CohortOrganisation,
  CohortTrainer,
  TrainingSession,
  TrainingSessionModule,
} from './cohort.entity';
import { findCohortById, findSessionById } from './cohort.service';
import { Enrolment, TrainingAttendance } from './enrolment.entity';
import { findEnrolmentById } from './enrolment.service';
import { migrations } from './migrations';
import { TrainingModule, TrainingModuleMaterial, TrainingProgramme } from './programme.entity';
import { findProgrammeById } from './programme.service';
import { trainingErrorDescriptions } from './training.errors';
import { personalSessionEntries } from './training.calendar';
import { trainingLoaders } from './training.loaders';
import { staleSessionReminders } from './training.notices';
import { trainingRoutes } from './training.routes';
import {
  CertificateResolver,
  CohortReportResolver,
  CohortResolver,
  CountyReachResolver,
  TrainingReportResolver,
  EnrolmentResolver,
  GroupWorkSubmissionResolver,
  TrainingModuleResolver,
  TrainingProgrammeResolver,
  TrainingSessionResolver,
} from './training.resolver';
import { seedTraining } from './training.seed';

/**
 * Training programmes (the plan's activity 2): programmes of modules, cohorts
 * (a pilot group, then regional groups) with sessions, enrolment with a
 * waiting list, attendance and completion.
 */
export const trainingModule: AppModule = {
  name: 'training',
  entities: [
    TrainingProgramme,
    TrainingModule,
    TrainingModuleMaterial,
    Cohort,
    CohortTrainer,
    CohortOrganisation,
    TrainingSession,
    TrainingSessionModule,
    Enrolment,
    TrainingAttendance,
    Certificate,
    TrainingFeedback,
    GroupWorkSubmission,
  ],
  migrations,
  resolvers: [
    TrainingProgrammeResolver,
    TrainingModuleResolver,
    CohortResolver,
    CertificateResolver,
    TrainingReportResolver,
    CohortReportResolver,
    CountyReachResolver,
    TrainingSessionResolver,
    EnrolmentResolver,
    GroupWorkSubmissionResolver,
  ],
  loaders: trainingLoaders,
  nodes: {
    TrainingProgramme: findProgrammeById,
    Cohort: findCohortById,
    TrainingSession: findSessionById,
    Enrolment: findEnrolmentById,
    Certificate: findCertificateById,
    GroupWorkSubmission: findSubmissionById,
  },
  routes: trainingRoutes,
  personalCalendar: personalSessionEntries,
  staleNotices: staleSessionReminders,
  errorCodes: trainingErrorDescriptions,
  seed: seedTraining,
};
export { kovsWithCompletedTraining } from './measures';
export { programmeSearchSource } from './programme-search';
export { TrainingProgramme } from './programme.entity';
export { Cohort } from './cohort.entity';
export { findProgrammeById } from './programme.service';
export { ProgrammeStatus } from './training.enums';
