import type { EntityManager } from 'typeorm';
import { isAdmin, type AuthUser } from '../../common/auth';
import { EventOrganiser } from './event.entity';

/** Admins organise every event; an organiser only the events they are listed on. */
export async function organises(em: EntityManager, user: AuthUser | null, eventId: string): Promise<boolean> {
  if (!user) return false;
  if (isAdmin(user)) return true;
  return em.existsBy(EventOrganiser, { eventId, userId: user.id });
}
