import { IsNull } from 'typeorm';
import { isAdmin, type Role } from '../../common/auth';
import {
  InputProblems,
  failWith,
  runMutation,
  type MutationOutcome,
  findForChange,
} from '../../common/mutation';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { pageByText, type Connection } from '../../common/pagination';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { AuthSession } from './session.entity';
import { Organisation } from '../organisations';
import { likePattern } from '../../common/text';
import { hashPassword, passwordProblem } from './password';
import { User, normaliseEmail } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { AccountErrorCode } from './user.errors';

/** True when the caller may see a user's private fields (email, roles): the user themself or an admin. */
export const maySeePrivate = (ctx: Context, user: User) => isAdmin(ctx.user) || ctx.user?.id === user.id;

/** The signed-in user, or null for the public. */
export function currentUser(ctx: Context): Promise<User | null> | null {
  return ctx.user ? ctx.loaders.userById.load(ctx.user.id) : null;
}

/** A page of users by name (admins). */
export async function listUsers(
  ctx: Context,
  args: { filter?: UserFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<User>> {
  const filter = args.filter ?? {};
  const qb = ctx.dataSource.getRepository(User).createQueryBuilder('u');
  if (filter.organisationId) {
    qb.andWhere('u.organisation_id = :org', {
      org: requireLocalUuid(filter.organisationId, 'Organisation', 'filter.organisationId'),
    });
  }
  if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
  if (filter.nameContains) {
    qb.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', {
      pattern: likePattern(filter.nameContains),
    });
  }
  return pageByText(qb, 'u', 'name', args);
}

async function checkOrganisation(ctx: Context, problems: InputProblems, globalId: string | undefined | null) {
  if (!globalId) return null;
  const id = localUuid(globalId, 'Organisation');
  if (!id || !(await ctx.dataSource.getRepository(Organisation).existsBy({ id }))) {
    problems.add(UserErrorCode.NOT_FOUND, 'organisationId', 'No such organisation.');
    return null;
  }
  return id;
}

/** Creates a local account (admins). */
export async function createUser(ctx: Context, input: CreateUserInput): Promise<MutationOutcome<User>> {
  const problems = new InputProblems();
  const organisationId = await checkOrganisation(ctx, problems, input.organisationId);
  const weak = passwordProblem(input.password);
  if (weak) problems.add(AccountErrorCode.WEAK_PASSWORD, 'password', weak);
  if (problems.list.length) return { value: null, userErrors: problems.list };
  const passwordHash = await hashPassword(input.password);
  return runMutation(ctx, 'createUser', async (em, audit) => {
    const email = normaliseEmail(input.email);
    if (await em.existsBy(User, { email }))
      failWith(UserErrorCode.DUPLICATE, 'email', 'A user with this email already exists.');
    const user = await em.save(
      em.create(User, {
        email,
        name: input.name,
        organisationId,
        roles: [...new Set(input.roles)],
        passwordHash,
      }),
    );
    audit.record('User', user.id, null, user);
    return user;
  });
}

/** Changes an account (admins); disabling it or setting a password ends its sessions. */
export async function updateUser(ctx: Context, input: UpdateUserInput): Promise<MutationOutcome<User>> {
  const problems = new InputProblems();
  const organisationId = await checkOrganisation(ctx, problems, input.organisationId);
  if (input.password) {
    const weak = passwordProblem(input.password);
    if (weak) problems.add(AccountErrorCode.WEAK_PASSWORD, 'password', weak);
  }
  if (problems.list.length) return { value: null, userErrors: problems.list };
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return runMutation(ctx, 'updateUser', async (em, audit) => {
    const user = await findForChange(em, User, input.id, { type: 'User', noun: 'user' });
    const before = { ...user };
    if (input.name != null) user.name = input.name;
    if (organisationId) user.organisationId = organisationId;
    if (input.roles) user.roles = [...new Set(input.roles)] as Role[];
    if (input.disabled === true && !user.disabledAt) user.disabledAt = new Date();
    if (input.disabled === false) user.disabledAt = null;
    if (passwordHash) user.passwordHash = passwordHash;
    const saved = await em.save(user);
    if (input.disabled === true || passwordHash) {
      await em.update(AuthSession, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    audit.record('User', user.id, before, saved);
    return saved;
  });
}
