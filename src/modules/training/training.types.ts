import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Certificate } from './certificate.entity';
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
