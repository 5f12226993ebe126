import { Role, type AuthUser } from '../../common/auth';
import { GuideStatus, Visibility } from './guide.enums';

/** ELVL staff read INTERNAL material: members of ELVL, and the knowledge base's editors and admins. */
export const isElvlStaff = (user: AuthUser | null): boolean =>
  Boolean(
    user &&
    (user.organisationCode === 'ELVL' || user.roles.includes(Role.ADMIN) || user.roles.includes(Role.EDITOR)),
  );

/** Editors (and admins) write guides and see every status. */
export const mayEditGuides = (user: AuthUser | null): boolean =>
  Boolean(user && (user.roles.includes(Role.EDITOR) || user.roles.includes(Role.ADMIN)));

/**
 * The visibilities a caller may read: the public sees PUBLIC; signed-in staff
 * of any organisation also MEMBERS; ELVL staff also INTERNAL. Always derived
 * from the caller's identity, never from the request.
 */
export function readableVisibilities(user: AuthUser | null): Visibility[] {
  if (isElvlStaff(user)) return [Visibility.PUBLIC, Visibility.MEMBERS, Visibility.INTERNAL];
  if (user?.organisationId) return [Visibility.PUBLIC, Visibility.MEMBERS];
  return [Visibility.PUBLIC];
}

/** Whether the caller may read this guide: editors any; everyone else only published and visible to them. */
export function mayReadGuide(
  user: AuthUser | null,
  guide: { status: GuideStatus; visibility: Visibility },
): boolean {
  if (mayEditGuides(user)) return true;
  return guide.status === GuideStatus.PUBLISHED && readableVisibilities(user).includes(guide.visibility);
}
