import { isAdmin, type AuthUser } from '../../common/auth';
import { forbidden, unauthenticated } from '../../errors';

/**
 * ELVL's own people (admins, and anyone of the ELVL organisation): they read
 * the individual expenditures and the budget spreadsheets the funder gets.
 */
export const isElvlStaff = (user: AuthUser | null): boolean =>
  Boolean(user && (isAdmin(user) || user.organisationCode === 'ELVL'));

export function requireElvlStaff(user: AuthUser | null): void {
  if (!user) throw unauthenticated();
  if (!isElvlStaff(user)) throw forbidden();
}
