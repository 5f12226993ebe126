import type { EntityManager } from 'typeorm';
import type { SeedOptions } from '../../module';
import { User } from '../users';
import { MentorProfile } from './mentoring.entity';

/** With the demo people: Tallinn's IT specialist mentors E-ITS organisation and concept modules. */
export async function seedMentoring(em: EntityManager, options: SeedOptions): Promise<void> {
  if (!options.demoUsers) return;
  const mentor = await em.findOneBy(User, { email: 'it@tallinn.ee' });
  if (!mentor || (await em.existsBy(MentorProfile, { userId: mentor.id }))) return;
  await em.insert(MentorProfile, {
    userId: mentor.id,
    organisationId: mentor.organisationId,
    expertiseCodes: ['e-its/ORP', 'e-its/CON'],
    languages: ['et', 'en'],
    capacity: 2,
    available: true,
    bio: 'Tallinna linnas juhtisin E-ITSi rakendamist 2023–2025: riskianalüüs, ORP-moodulite meetmed ja audit.',
  });
}
