import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GoalStatus } from './mentoring.enums';

@InputType({ description: 'Your mentor profile: what you can help with and how much.' })
export class MentorProfileInput {
  @Field(() => [String], {
    description: 'E-ITS topic codes from the `topics` query ("e-its/ORP", "e-its/ORP.4").',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  expertise: string[];

  @Field(() => [String], { nullable: true, description: 'Languages (ISO 639-1), default ["et"].' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true })
  languages?: string[];

  @Field(() => Int, { description: 'Mentorships you take at once (1 to 20).' })
  @Min(1)
  @Max(20)
  capacity: number;

  @Field(() => Boolean, { nullable: true, description: 'Taking new requests (default true).' })
  @IsOptional()
  available?: boolean;

  @Field(() => String, { nullable: true, description: 'About your experience.' })
  @IsOptional()
  @MaxLength(5000)
  bio?: string;
}

@InputType({ description: 'Narrows the mentor list; all given conditions must hold.' })
export class MentorProfileFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Mentors of any of these E-ITS topics (a group matches its modules too).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  topics?: string[];

  @Field(() => ID, { nullable: true, description: 'Mentors from KOVs of this county.' })
  @IsOptional()
  countyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only mentors taking requests now.' })
  @IsOptional()
  availableOnly?: boolean;
}

@InputType({ description: 'A goal of a mentorship request.' })
export class MentorshipGoalInput {
  @Field(() => String, { nullable: true, description: 'E-ITS topic code it is about.' })
  @IsOptional()
  topic?: string;

  @Field({ description: 'The goal.' })
  @MinLength(1)
  @MaxLength(1000)
  description: string;
}

@InputType({ description: 'Asks a mentor to help your KOV.' })
export class RequestMentorshipInput {
  @Field(() => ID, { description: 'The mentor profile.' })
  mentorProfileId: string;

  @Field(() => [MentorshipGoalInput], { description: 'What the KOV wants to reach.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  goals: MentorshipGoalInput[];

  @Field(() => [ID], { nullable: true, description: 'Colleagues of your KOV to include.' })
  @IsOptional()
  @ArrayMaxSize(10)
  colleagueIds?: string[];

  @Field(() => String, { nullable: true, description: 'A message to the mentor.' })
  @IsOptional()
  @MaxLength(5000)
  message?: string;
}

@InputType({ description: 'Names a mentorship.' })
export class MentorshipIdInput {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId: string;
}

@InputType({ description: 'Changes a goal of a mentorship (the pair).' })
export class UpdateMentorshipGoalInput {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId: string;

  @Field(() => Int, { description: 'The goal’s position (from 1).' })
  @Min(1)
  @Max(20)
  position: number;

  @Field(() => GoalStatus, { description: 'Its status now.' })
  status: GoalStatus;

  @Field(() => String, { nullable: true, description: 'Notes (replace the old ones).' })
  @IsOptional()
  @MaxLength(5000)
  notes?: string;
}

@InputType({ description: 'Logs a meeting of the pair.' })
export class LogMentorshipMeetingInput {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId: string;

  @Field({ description: 'The day (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  heldOn: string;

  @Field(() => Int, { description: 'Minutes (1 to 1440).' })
  @Min(1)
  @Max(1440)
  durationMinutes: number;

  @Field({ description: 'What was discussed.' })
  @MinLength(1)
  @MaxLength(5000)
  topics: string;
}
