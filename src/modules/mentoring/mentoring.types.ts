import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../common/pagination';
import { UserError } from '../../common/user-error';
import { MentorProfile, Mentorship } from './mentoring.entity';
import { MentorshipStatus } from './mentoring.enums';

export const MentorProfileConnection = connectionTypes(
  MentorProfile,
  'MentorProfile',
  'A page of mentors, newest first.',
);

@ObjectType({ description: 'Result of a change to a mentor profile.' })
export class MentorProfilePayload {
  @Field(() => MentorProfile, { nullable: true, description: 'The profile, null when refused.' })
  mentorProfile: MentorProfile | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of a change to a mentorship.' })
export class MentorshipPayload {
  @Field(() => Mentorship, { nullable: true, description: 'The mentorship, null when refused.' })
  mentorship: Mentorship | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Mentorships in one status.' })
export class MentorshipStatusCount {
  @Field(() => MentorshipStatus, { description: 'The status.' })
  status: MentorshipStatus;

  @Field(() => Int, { description: 'How many.' })
  count: number;
}

@ObjectType({ description: 'What the mentor network achieved. Organisers and admins.' })
export class MentoringReport {
  @Field(() => Int, { description: 'Mentor profiles.' })
  mentors: number;

  @Field(() => [MentorshipStatusCount], { description: 'Mentorships by status.' })
  byStatus: MentorshipStatusCount[];

  @Field(() => Int, { description: 'Distinct KOVs with an accepted or completed mentorship.' })
  kovsSupported: number;
}
