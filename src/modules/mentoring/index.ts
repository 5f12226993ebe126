import type { AppModule } from '../../module';
import {
  MentorProfile,
  Mentorship,
  MentorshipGoal,
  MentorshipMeeting,
  MentorshipMentee,
} from './mentoring.entity';
import { mentoringErrorDescriptions } from './mentoring.errors';
import { mentoringLoaders } from './mentoring.loaders';
import { MentorProfileResolver, MentorshipResolver } from './mentoring.resolver';
import { seedMentoring } from './mentoring.seed';
import { findMentorProfileById, findMentorshipById } from './mentoring.service';
import { migrations } from './migrations';

/**
 * The E-ITS mentor network (the plan's activity 4): KOVs that have
 * implemented E-ITS help other KOVs do it. RIA's webinars stay seminar events.
 */
export const mentoringModule: AppModule = {
  name: 'mentoring',
  entities: [MentorProfile, Mentorship, MentorshipMentee, MentorshipGoal, MentorshipMeeting],
  migrations,
  resolvers: [MentorProfileResolver, MentorshipResolver],
  loaders: mentoringLoaders,
  nodes: { MentorProfile: findMentorProfileById, Mentorship: findMentorshipById },
  errorCodes: mentoringErrorDescriptions,
  seed: seedMentoring,
};
export { mentorshipsCompleted } from './measures';
export { mentorSearchSource } from './mentor-search';
export { MentorProfile } from './mentoring.entity';
export { findMentorProfileById } from './mentoring.service';
