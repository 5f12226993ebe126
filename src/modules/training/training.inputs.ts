import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CohortKind } from './training.enums';

@InputType({ description: 'A module of a new programme.' })
export class TrainingModuleInput {
  @Field({ description: 'Title in Estonian.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string;

  @Field(() => [String], { nullable: true, description: 'What a participant can do afterwards.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(500, { each: true })
  learningOutcomes?: string[];

  @Field(() => Float, { description: 'Length in hours (0.5 to 100).' })
  @Min(0.5)
  @Max(100)
  durationHours: number;

  @Field(() => Boolean, { nullable: true, description: 'Needed for completion (default true).' })
  @IsOptional()
  required?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Completion needs accepted group work for it (default false).',
  })
  @IsOptional()
  requiresGroupWork?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Knowledge-base guides as materials.' })
  @IsOptional()
  @ArrayMaxSize(50)
  materialGuideIds?: string[];
}

@InputType({ description: 'A new training programme, as a draft. Organisers and admins.' })
export class CreateTrainingProgrammeInput {
  @Field({ description: 'Title in Estonian.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string;

  @Field(() => String, { nullable: true, description: 'Description in Markdown.' })
  @IsOptional()
  @MaxLength(50_000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The action-plan activity it carries out.' })
  @IsOptional()
  activityId?: string;

  @Field(() => [String], { nullable: true, description: 'Topic codes from the `topics` query.' })
  @IsOptional()
  @ArrayMaxSize(20)
  topics?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Share of sessions to attend for completion, in per cent (default 80).',
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;

  @Field(() => Boolean, { nullable: true, description: 'Completion also needs feedback (default false).' })
  @IsOptional()
  requiresFeedback?: boolean;

  @Field(() => [TrainingModuleInput], { description: 'The modules, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  modules: TrainingModuleInput[];
}

@InputType({ description: 'Names a programme.' })
export class TrainingProgrammeIdInput {
  @Field(() => ID, { description: 'The programme.' })
  id: string;
}

@InputType({ description: 'A session of a new cohort.' })
export class TrainingSessionInput {
  @Field({ description: 'Start.' })
  startsAt: Date;

  @Field({ description: 'End.' })
  endsAt: Date;

  @Field(() => [Int], { description: 'Positions (from 1) of the programme modules it covers.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  modules: number[];

  @Field(() => String, { nullable: true, description: 'Venue address, if held in person.' })
  @IsOptional()
  @MaxLength(500)
  venueAddress?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Online meeting link, shown to enrolled people and trainers.',
  })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string;
}

@InputType({ description: 'A new cohort of a programme, as a draft. Organisers and admins.' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'The programme.' })
  programmeId: string;

  @Field({ description: 'Name, e.g. "Lõuna-Eesti grupp 2025".' })
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @Field(() => CohortKind, { description: 'Pilot or regional group.' })
  kind: CohortKind;

  @Field(() => Int, { description: 'Places (1 to 10 000).' })
  @Min(1)
  @Max(10_000)
  capacity: number;

  @Field(() => Boolean, { nullable: true, description: 'Waiting list beyond capacity (default true).' })
  @IsOptional()
  waitlistEnabled?: boolean;

  @Field(() => ID, { nullable: true, description: 'The county a regional group is for.' })
  @IsOptional()
  countyId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only people of these organisations may enrol (default: anyone from an organisation).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  organisationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Trainers (default: you).' })
  @IsOptional()
  @ArrayMaxSize(20)
  trainerIds?: string[];

  @Field(() => Date, { nullable: true, description: 'Enrolment opens (default: when the cohort opens).' })
  @IsOptional()
  enrolmentOpensAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Enrolment closes (default: the first session).' })
  @IsOptional()
  enrolmentClosesAt?: Date;

  @Field(() => [TrainingSessionInput], { description: 'The sessions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sessions: TrainingSessionInput[];
}

@InputType({ description: 'Names a cohort.' })
export class CohortIdInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;
}

@InputType({ description: 'The cohort to evaluate for completion.' })
export class CompleteCohortInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;
}

@InputType({
  description: 'Enrols you, or (organisers and the cohort’s trainers) someone else, outside the window too.',
})
export class EnrolInCohortInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;

  @Field(() => ID, { nullable: true, description: 'Someone else to enrol (organisers and trainers only).' })
  @IsOptional()
  userId?: string;
}

@InputType({ description: 'Cancels an enrolment.' })
export class CancelEnrolmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId: string;
}

@InputType({ description: 'Marks people present or absent at a session, one or many at once.' })
export class RecordTrainingAttendanceInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => [ID], { description: 'Enrolments in the session’s cohort.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  enrolmentIds: string[];

  @Field({ description: 'Present (true) or absent (false).' })
  present: boolean;
}

@InputType({ description: 'Revokes a certificate (organisers and admins); it then verifies as REVOKED.' })
export class RevokeCertificateInput {
  @Field(() => ID, { description: 'The certificate.' })
  certificateId: string;

  @Field({ description: 'Why, for the audit log and the holder.' })
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'Your satisfaction with a cohort you have a place in, once it has begun; once.' })
export class SubmitTrainingFeedbackInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;

  @Field(() => Int, { description: 'Satisfaction from 1 (poor) to 10 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(10)
  rating: number;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  @IsOptional()
  @MaxLength(5000)
  comment?: string;

  @Field({ description: 'Leave your name off the answer (it still counts once).' })
  anonymous: boolean;
}

@InputType({ description: 'Changes to a programme; omitted fields stay as they are. Organisers and admins.' })
export class UpdateTrainingProgrammeInput {
  @Field(() => ID, { description: 'The programme.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Title in Estonian.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string;

  @Field(() => String, { nullable: true, description: 'Description in Markdown.' })
  @IsOptional()
  @MaxLength(50_000)
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Topic codes (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(20)
  topics?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Share of sessions to attend for completion, in per cent.',
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;

  @Field(() => Boolean, { nullable: true, description: 'Completion also needs feedback.' })
  @IsOptional()
  requiresFeedback?: boolean;
}

@InputType({ description: 'Changes to one module of a programme; omitted fields stay as they are.' })
export class UpdateTrainingModuleInput {
  @Field(() => ID, { description: 'The programme.' })
  programmeId: string;

  @Field(() => Int, { description: 'The module’s position (from 1).' })
  @Min(1)
  @Max(30)
  position: number;

  @Field(() => String, { nullable: true, description: 'Title in Estonian.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => [String], { nullable: true, description: 'Learning outcomes (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(500, { each: true })
  learningOutcomes?: string[];

  @Field(() => Float, { nullable: true, description: 'Length in hours (0.5 to 100).' })
  @IsOptional()
  @Min(0.5)
  @Max(100)
  durationHours?: number;

  @Field(() => Boolean, { nullable: true, description: 'Needed for completion.' })
  @IsOptional()
  required?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Completion needs accepted group work for it.' })
  @IsOptional()
  requiresGroupWork?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Guides as materials (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(50)
  materialGuideIds?: string[];
}

@InputType({
  description: 'Changes to a cohort; omitted fields stay as they are. Its trainers and organisers.',
})
export class UpdateCohortInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Places (more promote the waiting list; fewer never remove anyone who has a place).',
  })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  capacity?: number;

  @Field(() => Boolean, { nullable: true, description: 'Waiting list beyond capacity.' })
  @IsOptional()
  waitlistEnabled?: boolean;

  @Field(() => Date, { nullable: true, description: 'Enrolment opens.' })
  @IsOptional()
  enrolmentOpensAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Enrolment closes.' })
  @IsOptional()
  enrolmentClosesAt?: Date;

  @Field(() => [ID], { nullable: true, description: 'Trainers (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(20)
  trainerIds?: string[];
}

@InputType({ description: 'A new session of a cohort. Its trainers and organisers.' })
export class AddTrainingSessionInput extends TrainingSessionInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;
}

@InputType({
  description: 'Changes to a session; omitted fields stay as they are. Its trainers and organisers.',
})
export class UpdateTrainingSessionInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => Date, { nullable: true, description: 'Start.' })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'End.' })
  @IsOptional()
  endsAt?: Date;

  @Field(() => [Int], {
    nullable: true,
    description: 'Positions of the modules it covers (replace the old ones).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  modules?: number[];

  @Field(() => String, { nullable: true, description: 'Venue address.' })
  @IsOptional()
  @MaxLength(500)
  venueAddress?: string;

  @Field(() => String, { nullable: true, description: 'Online meeting link.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string;
}

@InputType({ description: 'Removes a session that has no attendance recorded. Its trainers and organisers.' })
export class RemoveTrainingSessionInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;
}

@InputType({ description: 'Hands in (or again, replacing) your group work for a module of your cohort.' })
export class SubmitGroupWorkInput {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId: string;

  @Field(() => Int, { description: 'The module’s position (from 1).' })
  @Min(1)
  @Max(30)
  module: number;

  @Field({ description: 'What was done, or a link to it.' })
  @MinLength(1)
  @MaxLength(5000)
  description: string;
}

@InputType({ description: 'Accepts a participant’s group work. The cohort’s trainers and organisers.' })
export class AcceptGroupWorkInput {
  @Field(() => ID, { description: 'The submission (GroupWorkSubmission.id).' })
  submissionId: string;
}
