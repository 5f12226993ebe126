import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../common/loaders';
import { MentorProfile, Mentorship, MentorshipGoal, MentorshipMentee } from './mentoring.entity';

export function mentoringLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    mentorProfileById: byIdLoader(dataSource, MentorProfile),
    mentorshipById: byIdLoader(dataSource, Mentorship),
    mentorshipMentees: groupedLoader<string, MentorshipMentee>(
      (ids) => repo(MentorshipMentee).findBy({ mentorshipId: In([...ids]) }),
      (m) => m.mentorshipId,
    ),
    mentorshipGoals: groupedLoader<string, MentorshipGoal>(
      (ids) =>
        repo(MentorshipGoal).find({ where: { mentorshipId: In([...ids]) }, order: { position: 'ASC' } }),
      (g) => g.mentorshipId,
    ),
  };
}

export type MentoringLoaders = ReturnType<typeof mentoringLoaders>;

declare module '../../context' {
  interface Loaders extends MentoringLoaders {}
}
