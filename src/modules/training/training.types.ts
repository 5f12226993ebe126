import { Field, Float, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Certificate } from './certificate.entity';
import { GroupWorkSubmission } from './submission.entity';
import { Cohort } from './cohort.entity';
import { CertificateStatus } from './training.enums';
import { Enrolment } from './enrolment.entity';
import { TrainingProgramme } from './programme.entity';

@ObjectType({ description: 'Result of a change to a training programme.' })
export class TrainingProgrammePayload {
  @Field(() => TrainingProgramme, { nullable: true, description: 'The programme, null when refused.' })
  programme: TrainingProgramme | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of a change to a cohort.' })
export class CohortPayload {
  @Field(() => Cohort, { nullable: true, description: 'The cohort, null when refused.' })
  cohort: Cohort | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of enrolling or cancelling.' })
export class EnrolmentPayload {
  @Field(() => Enrolment, { nullable: true, description: 'The enrolment, null when refused.' })
  enrolment: Enrolment | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of recording attendance.' })
export class RecordTrainingAttendancePayload {
  @Field(() => Int, { description: 'How many enrolments were recorded.' })
  recorded: number;

  @Field(() => [UserError], {
    description: 'Why the input was refused (nothing recorded); empty on success.',
  })
  userErrors: UserError[];
}

@ObjectType({
  description: 'What anyone may learn from a verification code: whether it is valid, and what it certifies.',
})
export class CertificateVerification {
  @Field(() => CertificateStatus, { description: 'VALID, REVOKED or UNKNOWN.' })
  status: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'The holder’s name; null when unknown.' })
  holderName: string | null;

  @Field(() => String, { nullable: true, description: 'The programme; null when unknown.' })
  programmeTitle: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued; null when unknown.' })
  issuedAt: Date | null;
}

@ObjectType({ description: 'Result of revoking a certificate.' })
export class CertificatePayload {
  @Field(() => Certificate, { nullable: true, description: 'The certificate, null when refused.' })
  certificate: Certificate | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'One cohort in a training report.' })
export class CohortReport {
  cohortId: string;

  @Field(() => Int, { description: 'People holding a place.' })
  enrolled: number;

  @Field(() => Int, { description: 'People on the waiting list.' })
  waitlisted: number;

  @Field(() => Int, { description: 'People who completed.' })
  completed: number;

  @Field(() => Int, { description: 'People evaluated as not completed.' })
  notCompleted: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed of those evaluated, per cent; null before completion.',
  })
  completionRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Present marks of the places times the sessions held, per cent; null before the first session.',
  })
  attendanceRate: number | null;
}

@ObjectType({ description: 'KOVs reached in one year.' })
export class YearReach {
  @Field(() => Int, { description: 'Year of the cohort’s last session (Tallinn time).' })
  year: number;

  @Field(() => Int, { description: 'Distinct KOVs with at least one person completed.' })
  kovsReached: number;

  @Field(() => Int, { description: 'People who completed.' })
  completed: number;
}

@ObjectType({ description: 'KOVs reached in one county.' })
export class CountyReach {
  countyId: string;

  @Field(() => Int, { description: 'Distinct KOVs of the county with at least one person completed.' })
  kovsReached: number;

  @Field(() => Int, { description: 'People from the county’s KOVs who completed.' })
  completed: number;
}

@ObjectType({
  description: 'What a programme achieved: for ELVL’s report to the funder. Organisers and admins.',
})
export class TrainingReport {
  programmeId: string;

  @Field(() => Int, { description: 'People holding a place, over all cohorts.' })
  enrolledCount: number;

  @Field(() => Int, { description: 'People waiting, over all cohorts.' })
  waitlistedCount: number;

  @Field(() => Int, { description: 'People who completed.' })
  completedCount: number;

  @Field(() => Float, { nullable: true, description: 'Completed of those evaluated, per cent.' })
  completionRate: number | null;

  @Field(() => Int, { description: 'Distinct KOVs with at least one person completed.' })
  kovsReached: number;

  @Field(() => Int, { description: 'All KOVs (79).' })
  kovsTotal: number;

  @Field(() => [YearReach], { description: 'KOVs reached per year.' })
  byYear: YearReach[];

  @Field(() => [CountyReach], { description: 'KOVs reached per county.' })
  byCounty: CountyReach[];

  @Field(() => [CohortReport], { description: 'Each cohort (drafts left out).' })
  cohorts: CohortReport[];
}

@ObjectType({ description: 'Result of giving feedback.' })
export class TrainingFeedbackPayload {
  @Field({ description: 'Whether it was saved.' })
  saved: boolean;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of handing in or accepting group work.' })
export class GroupWorkPayload {
  @Field(() => GroupWorkSubmission, { nullable: true, description: 'The submission, null when refused.' })
  submission: GroupWorkSubmission | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
