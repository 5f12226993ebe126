import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionTypes, PageArgs, type Connection } from '../../common/pagination';
import { Role } from '../../common/auth';
import { FeedbackSummary, summariseRatings } from '../../common/feedback';
import { feedbackOf, submitTrainingFeedback } from './feedback.service';
import { toGlobalId } from '../../common/node-id';
import type { MutationOutcome } from '../../common/mutation';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { Activity } from '../action-plan';
import { Guide, mayReadGuide, renderMarkdown, Topic } from '../knowledge-base';
import { County } from '../organisations';
import { User } from '../users';
import { teaches } from './access';
import { Certificate } from './certificate.entity';
import { certificatePdfUrl, revokeCertificate, verifyCertificate } from './certificate.service';
import { Cohort, TrainingSession } from './cohort.entity';
import {
  cancelCohort,
  cohortEnrolments,
  cohortsOf,
  completeCohort,
  createCohort,
  findCohort,
  openCohort,
  updateCohort,
} from './cohort.service';
import { Enrolment } from './enrolment.entity';
import { cancelEnrolment, enrolInCohort, myEnrolment, recordAttendance } from './enrolment.service';
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { EnrolmentStatus } from './training.enums';
import {
  archiveProgramme,
  createProgramme,
  findProgramme,
  listProgrammes,
  publishProgramme,
  updateModule,
  updateProgramme,
} from './programme.service';
import {
  AcceptGroupWorkInput,
  AddTrainingSessionInput,
  CancelEnrolmentInput,
  CohortIdInput,
  CompleteCohortInput,
  CreateCohortInput,
  CreateTrainingProgrammeInput,
  EnrolInCohortInput,
  RecordTrainingAttendanceInput,
  RemoveTrainingSessionInput,
  RevokeCertificateInput,
  SubmitGroupWorkInput,
  SubmitTrainingFeedbackInput,
  TrainingProgrammeIdInput,
  UpdateCohortInput,
  UpdateTrainingModuleInput,
  UpdateTrainingProgrammeInput,
  UpdateTrainingSessionInput,
} from './training.inputs';
import { trainingReport } from './report.service';
import { addSession, removeSession, updateSession } from './session.service';
import { GroupWorkSubmission } from './submission.entity';
import { acceptGroupWork, submitGroupWork } from './submission.service';
import {
  CertificatePayload,
  CohortReport,
  CountyReach,
  GroupWorkPayload,
  TrainingFeedbackPayload,
  TrainingReport,
  CertificateVerification,
  CohortPayload,
  EnrolmentPayload,
  RecordTrainingAttendancePayload,
  TrainingProgrammePayload,
} from './training.types';

const cohortPayload = ({ value, userErrors }: MutationOutcome<Cohort>): CohortPayload => ({
  cohort: value,
  userErrors,
});
const enrolmentPayload = ({ value, userErrors }: MutationOutcome<Enrolment>): EnrolmentPayload => ({
  enrolment: value,
  userErrors,
});

export const CohortConnection = connectionTypes(Cohort, 'Cohort', 'A page of cohorts.');
export const EnrolmentConnection = connectionTypes(Enrolment, 'Enrolment', 'A page of enrolments.');

@Resolver(() => TrainingProgramme)
export class TrainingProgrammeResolver {
  @Query(() => [TrainingProgramme], {
    description: 'Training programmes by title. Drafts only for organisers and admins.',
  })
  trainingProgrammes(@Ctx() ctx: Context): Promise<TrainingProgramme[]> {
    return listProgrammes(ctx);
  }

  @Query(() => TrainingProgramme, {
    nullable: true,
    description: 'One programme; null if there is none you may see.',
  })
  trainingProgramme(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgramme | null> {
    return findProgramme(ctx, id);
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => TrainingProgrammePayload, {
    description: 'Creates a draft programme with its modules. Organisers and admins.',
  })
  async createTrainingProgramme(
    @Arg('input', () => CreateTrainingProgrammeInput, { description: 'The mutation input.' })
    input: CreateTrainingProgrammeInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgrammePayload> {
    const { value, userErrors } = await createProgramme(ctx, input);
    return { programme: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => TrainingProgrammePayload, {
    description: 'Publishes a draft programme. Organisers and admins.',
  })
  async publishTrainingProgramme(
    @Arg('input', () => TrainingProgrammeIdInput, { description: 'The mutation input.' })
    input: TrainingProgrammeIdInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgrammePayload> {
    const { value, userErrors } = await publishProgramme(ctx, input.id);
    return { programme: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => TrainingProgrammePayload, {
    description: 'Changes a programme’s texts, topics or completion rule. Organisers and admins.',
  })
  async updateTrainingProgramme(
    @Arg('input', () => UpdateTrainingProgrammeInput, { description: 'The mutation input.' })
    input: UpdateTrainingProgrammeInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgrammePayload> {
    const { value, userErrors } = await updateProgramme(ctx, input);
    return { programme: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => TrainingProgrammePayload, {
    description: 'Changes one module of a programme. Organisers and admins.',
  })
  async updateTrainingModule(
    @Arg('input', () => UpdateTrainingModuleInput, { description: 'The mutation input.' })
    input: UpdateTrainingModuleInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgrammePayload> {
    const { value, userErrors } = await updateModule(ctx, input);
    return { programme: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => TrainingProgrammePayload, {
    description: 'Archives a published programme (readable to organisers). Organisers and admins.',
  })
  async archiveTrainingProgramme(
    @Arg('input', () => TrainingProgrammeIdInput, { description: 'The mutation input.' })
    input: TrainingProgrammeIdInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgrammePayload> {
    const { value, userErrors } = await archiveProgramme(ctx, input.id);
    return { programme: value, userErrors };
  }

  @FieldResolver(() => String, { description: 'The description rendered to sanitised HTML.' })
  descriptionHtml(@Root() programme: TrainingProgramme): string {
    return renderMarkdown(programme.description);
  }

  @FieldResolver(() => [TrainingModule], { description: 'The modules, in order.' })
  modules(@Root() programme: TrainingProgramme, @Ctx() ctx: Context): Promise<TrainingModule[]> {
    return ctx.loaders.modulesByProgramme.load(programme.id);
  }

  @FieldResolver(() => CohortConnection, {
    description:
      'Its cohorts you may see, in the order they run (by first session; those without sessions last).',
  })
  cohorts(
    @Root() programme: TrainingProgramme,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Cohort>> {
    return cohortsOf(ctx, programme.id, page);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The action-plan activity it carries out.' })
  activity(@Root() programme: TrainingProgramme, @Ctx() ctx: Context) {
    return programme.activityId ? ctx.loaders.activityById.load(programme.activityId) : null;
  }

  @FieldResolver(() => [Topic], { description: 'Topics from the taxonomy.' })
  async topics(@Root() programme: TrainingProgramme, @Ctx() ctx: Context): Promise<Topic[]> {
    const topics = await ctx.loaders.topicByCode.loadMany(programme.topicCodes);
    return topics.filter((t): t is Topic => t instanceof Topic);
  }
}

@Resolver(() => TrainingModule)
export class TrainingModuleResolver {
  @FieldResolver(() => [Guide], { description: 'Knowledge-base guides as materials (those you may read).' })
  async materials(@Root() module: TrainingModule, @Ctx() ctx: Context): Promise<Guide[]> {
    const links = await ctx.loaders.moduleMaterials.load(module.id);
    const guides = await ctx.loaders.guideById.loadMany(links.map((l) => l.guideId));
    return guides.filter((g): g is Guide => g instanceof Guide && mayReadGuide(ctx.user, g));
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  @Query(() => Cohort, { nullable: true, description: 'One cohort; null if there is none you may see.' })
  cohort(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Cohort | null> {
    return findCohort(ctx, id);
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => CohortPayload, {
    description: 'Creates a draft cohort with its sessions. Organisers and admins.',
  })
  async createCohort(
    @Arg('input', () => CreateCohortInput, { description: 'The mutation input.' }) input: CreateCohortInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await createCohort(ctx, input));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description: 'Changes a cohort (more places promote the waiting list). Its trainers and organisers.',
  })
  async updateCohort(
    @Arg('input', () => UpdateCohortInput, { description: 'The mutation input.' }) input: UpdateCohortInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await updateCohort(ctx, input));
  }

  @Authorized()
  @Mutation(() => CohortPayload, { description: 'Adds a session to a cohort. Its trainers and organisers.' })
  async addTrainingSession(
    @Arg('input', () => AddTrainingSessionInput, { description: 'The mutation input.' })
    input: AddTrainingSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await addSession(ctx, input));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description:
      'Moves a session or changes its place, link or modules (calendars follow). Its trainers and organisers.',
  })
  async updateTrainingSession(
    @Arg('input', () => UpdateTrainingSessionInput, { description: 'The mutation input.' })
    input: UpdateTrainingSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await updateSession(ctx, input));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description: 'Removes a session with no attendance recorded. Its trainers and organisers.',
  })
  async removeTrainingSession(
    @Arg('input', () => RemoveTrainingSessionInput, { description: 'The mutation input.' })
    input: RemoveTrainingSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await removeSession(ctx, input));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description: 'Opens a draft cohort for enrolment. Its trainers and organisers.',
  })
  async openCohort(
    @Arg('input', () => CohortIdInput, { description: 'The mutation input.' }) input: CohortIdInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await openCohort(ctx, input.cohortId));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description: 'Cancels a cohort not yet completed. Its trainers and organisers.',
  })
  async cancelCohort(
    @Arg('input', () => CohortIdInput, { description: 'The mutation input.' }) input: CohortIdInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await cancelCohort(ctx, input.cohortId));
  }

  @Authorized()
  @Mutation(() => CohortPayload, {
    description:
      'Marks every enrolment COMPLETED or NOT_COMPLETED by the programme’s rule; re-run after corrections. Its trainers and organisers.',
  })
  async completeCohort(
    @Arg('input', () => CompleteCohortInput, { description: 'The mutation input.' })
    input: CompleteCohortInput,
    @Ctx() ctx: Context,
  ): Promise<CohortPayload> {
    return cohortPayload(await completeCohort(ctx, input.cohortId));
  }

  @FieldResolver(() => TrainingProgramme, { description: 'The programme.' })
  async programme(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<TrainingProgramme> {
    return (await ctx.loaders.programmeById.load(cohort.programmeId))!;
  }

  @FieldResolver(() => County, { nullable: true, description: 'The county a regional group is for.' })
  county(@Root() cohort: Cohort, @Ctx() ctx: Context) {
    return cohort.countyId ? ctx.loaders.countyById.load(cohort.countyId) : null;
  }

  @FieldResolver(() => [TrainingSession], { description: 'The sessions, by time.' })
  sessions(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<TrainingSession[]> {
    return ctx.loaders.sessionsByCohort.load(cohort.id);
  }

  @FieldResolver(() => Int, { description: 'People holding a place.' })
  async enrolledCount(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.placeCounts.load(cohort.id)).enrolled;
  }

  @FieldResolver(() => Int, { description: 'People on the waiting list.' })
  async waitlistCount(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.placeCounts.load(cohort.id)).waitlisted;
  }

  @FieldResolver(() => Enrolment, { nullable: true, description: 'Your enrolment, if any.' })
  myEnrolment(@Root() cohort: Cohort, @Ctx() ctx: Context) {
    return myEnrolment(ctx, cohort.id);
  }

  @Authorized()
  @Mutation(() => TrainingFeedbackPayload, {
    description: 'Rates a cohort you have a place in (1–10), optionally anonymously; once.',
  })
  async submitTrainingFeedback(
    @Arg('input', () => SubmitTrainingFeedbackInput, { description: 'The mutation input.' })
    input: SubmitTrainingFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingFeedbackPayload> {
    const { value, userErrors } = await submitTrainingFeedback(ctx, input);
    return { saved: Boolean(value), userErrors };
  }

  @FieldResolver(() => FeedbackSummary, {
    nullable: true,
    description: 'Satisfaction feedback, summarised: for its trainers and organisers (null for others).',
  })
  async feedback(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<FeedbackSummary | null> {
    return (await teaches(ctx, cohort.id))
      ? summariseRatings(await ctx.loaders.cohortRatings.load(cohort.id))
      : null;
  }

  @FieldResolver(() => String, {
    description: 'iCalendar feed of its sessions (add to a calendar app; it updates itself).',
  })
  icsUrl(@Root() cohort: Cohort, @Ctx() ctx: Context): string {
    return `${ctx.settings.apiPublicUrl}/calendar/cohorts/${toGlobalId('Cohort', cohort.id)}.ics`;
  }

  @FieldResolver(() => EnrolmentConnection, {
    description: 'Everyone enrolled or waiting, in queue order. Its trainers and organisers.',
  })
  async enrolments(
    @Root() cohort: Cohort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Enrolment>> {
    if (!(await teaches(ctx, cohort.id))) throw forbidden();
    return cohortEnrolments(ctx, cohort.id, page);
  }

  @FieldResolver(() => [User], { description: 'Trainers.' })
  async trainers(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<User[]> {
    const links = await ctx.loaders.cohortTrainers.load(cohort.id);
    const users = await ctx.loaders.userById.loadMany(links.map((l) => l.userId));
    return users.filter((u): u is User => u instanceof User);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => [TrainingModule], { description: 'The modules it covers.' })
  async modules(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<TrainingModule[]> {
    const [links, cohort] = await Promise.all([
      ctx.loaders.sessionModules.load(session.id),
      ctx.loaders.cohortById.load(session.cohortId),
    ]);
    const all = cohort ? await ctx.loaders.modulesByProgramme.load(cohort.programmeId) : [];
    return all.filter((m) => links.some((l) => l.moduleId === m.id));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Online meeting link: only for people with a place, trainers and organisers.',
  })
  async onlineUrl(@Root() session: TrainingSession, @Ctx() ctx: Context): Promise<string | null> {
    if (!session.onlineUrl || !ctx.user) return null;
    if (await teaches(ctx, session.cohortId)) return session.onlineUrl;
    const mine = await myEnrolment(ctx, session.cohortId);
    return mine &&
      [EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED].includes(
        mine.status,
      )
      ? session.onlineUrl
      : null;
  }
}

@Resolver(() => TrainingReport)
export class TrainingReportResolver {
  @Authorized(Role.ORGANISER)
  @Query(() => TrainingReport, {
    description: 'A programme’s enrolment, completion, attendance and KOVs reached. Organisers and admins.',
  })
  trainingReport(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Ctx() ctx: Context,
  ) {
    return trainingReport(ctx, programmeId);
  }

  @FieldResolver(() => FeedbackSummary, { description: 'Satisfaction over all its cohorts.' })
  satisfaction(@Root() report: TrainingReport, @Ctx() ctx: Context): Promise<FeedbackSummary> {
    return feedbackOf(ctx, { programmeId: report.programmeId });
  }

  @FieldResolver(() => TrainingProgramme, { description: 'The programme.' })
  async programme(@Root() report: TrainingReport, @Ctx() ctx: Context): Promise<TrainingProgramme> {
    return (await ctx.loaders.programmeById.load(report.programmeId))!;
  }
}

@Resolver(() => CohortReport)
export class CohortReportResolver {
  @FieldResolver(() => FeedbackSummary, { description: 'Satisfaction in the cohort.' })
  async satisfaction(@Root() row: CohortReport, @Ctx() ctx: Context): Promise<FeedbackSummary> {
    return summariseRatings(await ctx.loaders.cohortRatings.load(row.cohortId));
  }

  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  async cohort(@Root() row: CohortReport, @Ctx() ctx: Context): Promise<Cohort> {
    return (await ctx.loaders.cohortById.load(row.cohortId))!;
  }
}

@Resolver(() => CountyReach)
export class CountyReachResolver {
  @FieldResolver(() => County, { description: 'The county.' })
  async county(@Root() row: CountyReach, @Ctx() ctx: Context) {
    return ctx.loaders.countyById.load(row.countyId);
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateVerification, {
    description:
      'Checks a verification code: VALID, REVOKED or UNKNOWN. Public; tells only what the certificate says.',
  })
  verifyCertificate(
    @Arg('code', {
      description: 'The code printed on the certificate (any case; spaces and dashes are ignored).',
    })
    code: string,
    @Ctx() ctx: Context,
  ): Promise<CertificateVerification> {
    return verifyCertificate(ctx, code);
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => CertificatePayload, {
    description: 'Revokes a certificate with a reason. Organisers and admins.',
  })
  async revokeCertificate(
    @Arg('input', () => RevokeCertificateInput, { description: 'The mutation input.' })
    input: RevokeCertificateInput,
    @Ctx() ctx: Context,
  ): Promise<CertificatePayload> {
    const { value, userErrors } = await revokeCertificate(ctx, input);
    return { certificate: value, userErrors };
  }

  @FieldResolver(() => String, {
    description: 'The certificate as a PDF (anyone with the code may open it).',
  })
  pdfUrl(@Root() certificate: Certificate, @Ctx() ctx: Context): string {
    return certificatePdfUrl(ctx.settings, certificate.code);
  }
}

@Resolver(() => GroupWorkSubmission)
export class GroupWorkSubmissionResolver {
  @FieldResolver(() => TrainingModule, { description: 'The module it is for.' })
  async module(@Root() submission: GroupWorkSubmission, @Ctx() ctx: Context): Promise<TrainingModule> {
    const enrolment = (await ctx.loaders.enrolmentById.load(submission.enrolmentId))!;
    const cohort = (await ctx.loaders.cohortById.load(enrolment.cohortId))!;
    const modules = await ctx.loaders.modulesByProgramme.load(cohort.programmeId);
    return modules.find((m) => m.id === submission.moduleId)!;
  }
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized()
  @Mutation(() => EnrolmentPayload, {
    description:
      'Enrols you (or, for trainers and organisers, someone else): ENROLLED while places last, then WAITLISTED (or COHORT_FULL without a waiting list).',
  })
  async enrolInCohort(
    @Arg('input', () => EnrolInCohortInput, { description: 'The mutation input.' }) input: EnrolInCohortInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentPayload> {
    return enrolmentPayload(await enrolInCohort(ctx, input));
  }

  @Authorized()
  @Mutation(() => EnrolmentPayload, {
    description:
      'Cancels an enrolment: your own, or any as its trainer or an organiser. The waiting list moves up.',
  })
  async cancelEnrolment(
    @Arg('input', () => CancelEnrolmentInput, { description: 'The mutation input.' })
    input: CancelEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentPayload> {
    return enrolmentPayload(await cancelEnrolment(ctx, input));
  }

  @Authorized()
  @Mutation(() => RecordTrainingAttendancePayload, {
    description: 'Marks people present or absent at a session. The cohort’s trainers and organisers.',
  })
  async recordTrainingAttendance(
    @Arg('input', () => RecordTrainingAttendanceInput, { description: 'The mutation input.' })
    input: RecordTrainingAttendanceInput,
    @Ctx() ctx: Context,
  ): Promise<RecordTrainingAttendancePayload> {
    const { value, userErrors } = await recordAttendance(ctx, input);
    return { recorded: value ?? 0, userErrors };
  }

  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'The certificate, once completed: for the person and the cohort’s trainers and organisers.',
  })
  async certificate(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Certificate | null> {
    if (ctx.user?.id !== enrolment.userId && !(await teaches(ctx, enrolment.cohortId))) return null;
    return ctx.loaders.certificateByEnrolment.load(enrolment.id);
  }

  @Authorized()
  @Mutation(() => GroupWorkPayload, {
    description: 'Hands in your group work for a module (again: replaces it, to be accepted anew).',
  })
  async submitGroupWork(
    @Arg('input', () => SubmitGroupWorkInput, { description: 'The mutation input.' })
    input: SubmitGroupWorkInput,
    @Ctx() ctx: Context,
  ): Promise<GroupWorkPayload> {
    const { value, userErrors } = await submitGroupWork(ctx, input);
    return { submission: value, userErrors };
  }

  @Authorized()
  @Mutation(() => GroupWorkPayload, {
    description: 'Accepts group work. The cohort’s trainers and organisers.',
  })
  async acceptGroupWork(
    @Arg('input', () => AcceptGroupWorkInput, { description: 'The mutation input.' })
    input: AcceptGroupWorkInput,
    @Ctx() ctx: Context,
  ): Promise<GroupWorkPayload> {
    const { value, userErrors } = await acceptGroupWork(ctx, input);
    return { submission: value, userErrors };
  }

  @FieldResolver(() => [GroupWorkSubmission], { description: 'Group work handed in, oldest first.' })
  submissions(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<GroupWorkSubmission[]> {
    return ctx.loaders.submissionsByEnrolment.load(enrolment.id);
  }

  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  async cohort(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Cohort> {
    return (await ctx.loaders.cohortById.load(enrolment.cohortId))!;
  }

  @FieldResolver(() => User, { description: 'Who is enrolled (you, or for trainers and organisers anyone).' })
  async user(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<User> {
    if (ctx.user?.id !== enrolment.userId && !(await teaches(ctx, enrolment.cohortId))) throw forbidden();
    return (await ctx.loaders.userById.load(enrolment.userId))!;
  }
}
