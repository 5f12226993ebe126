import type { EntityManager } from 'typeorm';
import { isAdmin, type AuthUser } from '../../common/auth';
import type { Context } from '../../context';
import { EventOrganiser } from './event.entity';

/** Admins organise every event; an organiser only the events they are listed on. */
export async function organises(em: EntityManager, user: AuthUser | null, eventId: string): Promise<boolean> {
  if (!user) return false;
  if (isAdmin(user)) return true;
  return em.existsBy(EventOrganiser, { eventId, userId: user.id });
}

/**
 * The same question inside a request, through the per-request organisers
 * loader: listing many events asks the database once, not once per event.
 */
export async function organisesInRequest(ctx: Context, eventId: string): Promise<boolean> {
  if (!ctx.user) return false;
  if (isAdmin(ctx.user)) return true;
  return (await ctx.loaders.eventOrganisers.load(eventId)).some((o) => o.userId === ctx.user!.id);
}
