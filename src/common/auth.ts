import { registerLabelledEnum } from './labelled-enum';
import { type AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors';

/** What a signed-in person may do. No user at all means the public. */
export enum Role {
  /** ELVL staff: manage the action plan, users, roles and organisations. */
  ADMIN = 'ADMIN',
  /** Knowledge-base editors. */
  EDITOR = 'EDITOR',
  /** Organisers of seminars and training. */
  ORGANISER = 'ORGANISER',
  /**
   * Coordinators of the E-ITS mentor network (ELVL, with RIA): see and steer
   * every mentorship. Mentorships record a KOV's security gaps, so seminar and
   * training organisers do not see them.
   */
  COORDINATOR = 'COORDINATOR',
  /** Staff of a KOV or partner organisation. */
  MEMBER = 'MEMBER',
}
registerLabelledEnum(Role, {
  name: 'Role',
  description: 'A role a user holds.',
  values: {
    ADMIN: {
      et: 'Administraator',
      en: 'Administrator',
      description: 'ELVL staff: manage the action plan, users, roles and organisations.',
    },
    EDITOR: { et: 'Toimetaja', en: 'Editor', description: 'Knowledge-base editors.' },
    ORGANISER: { et: 'Korraldaja', en: 'Organiser', description: 'Organisers of seminars and training.' },
    COORDINATOR: {
      et: 'Koordinaator',
      en: 'Coordinator',
      description: 'Coordinators of the E-ITS mentor network: see and steer every mentorship.',
    },
    MEMBER: { et: 'Liige', en: 'Member', description: 'Staff of a KOV or partner organisation.' },
  },
});

/** The identity a request acts as. */
export interface AuthUser {
  id: string;
  roles: Role[];
  organisationId: string | null;
  /** Code of the user's organisation ("ELVL" for ELVL staff), if it has one. */
  organisationCode: string | null;
  /** The sign-in session the access token belongs to (null for identities made in tests). */
  sessionId: string | null;
}

export const isAdmin = (user: AuthUser | null) => Boolean(user?.roles.includes(Role.ADMIN));

/**
 * type-graphql's guard for `@Authorized(...)`. No user → UNAUTHENTICATED;
 * a user without any of the listed roles → FORBIDDEN. ADMIN passes every check.
 */
export const authChecker: AuthChecker<{ user: AuthUser | null }, Role> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  if (roles.length === 0 || user.roles.includes(Role.ADMIN)) return true;
  if (roles.some((role) => user.roles.includes(role))) return true;
  throw forbidden();
};
