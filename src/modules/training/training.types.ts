import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Cohort } from './cohort.entity';
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
