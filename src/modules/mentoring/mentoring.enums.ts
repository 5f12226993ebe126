import { registerEnumType } from 'type-graphql';

export enum MentorshipStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MentorshipStatus, {
  name: 'MentorshipStatus',
  description:
    'PENDING until the mentor decides (ACCEPTED or DECLINED); an accepted one ends COMPLETED or CANCELLED.',
});

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(GoalStatus, { name: 'GoalStatus', description: 'How far a mentorship goal has come.' });
