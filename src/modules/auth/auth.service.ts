import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Role, type AuthUser } from '../../common/auth';
import { failWith, runMutation, type MutationOutcome } from '../../common/mutation';
import { hit, peek, reset } from '../../common/rate-limit';
import { userError, type UserError } from '../../common/user-error';
import type { Context } from '../../context';
import { AppError, ErrorCode } from '../../errors';
import { hashToken, newSecretToken } from '../../common/secret-token';
import { Organisation } from '../organisations';
import { AuthSession, hashPassword, normaliseEmail, User, verifyPassword } from '../users';
import type { AuthRuntime } from './auth-runtime';
import { SignInErrorCode } from './auth.errors';

export interface SignedIn {
  user: User;
  accessToken: string;
  refreshToken: string;
}

/** Compared against when the email is unknown, so a miss costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined;

async function openSession(ctx: Context, em: EntityManager, user: User, method: string): Promise<SignedIn> {
  const refreshToken = newSecretToken();
  const session = await em.save(
    em.create(AuthSession, {
      userId: user.id,
      refreshTokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + ctx.auth.tokens.refreshTtlSeconds * 1000),
      ip: ctx.ip,
      method,
    }),
  );
  await em.update(User, { id: user.id }, { lastSignInAt: new Date() });
  const accessToken = await ctx.auth.tokens.signAccessToken({ userId: user.id, sessionId: session.id });
  // The rest of this response (e.g. the payload's user { email }) is read as the person who just signed in.
  ctx.user = await authUserOf(em, user, session.id);
  return { user, accessToken, refreshToken };
}

async function authUserOf(em: EntityManager, user: User, sessionId: string): Promise<AuthUser> {
  const organisation = user.organisationId
    ? await em.findOneBy(Organisation, { id: user.organisationId })
    : null;
  return {
    id: user.id,
    roles: user.roles,
    organisationId: user.organisationId,
    organisationCode: organisation?.code ?? null,
    sessionId,
  };
}

const tooManyAttempts = (retryAfterSeconds: number): UserError =>
  userError(
    SignInErrorCode.TOO_MANY_ATTEMPTS,
    null,
    `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
  );

const INVALID_CREDENTIALS = () =>
  userError(SignInErrorCode.INVALID_CREDENTIALS, null, 'The email or password is incorrect.');

/**
 * Signs in with email and password. Every failure looks the same (unknown
 * email, wrong password, disabled account), and repeated failures per email
 * and per client address are refused for a while — counted whether or not the
 * account exists, so the answer never reveals that.
 */
export async function login(
  ctx: Context,
  input: { email: string; password: string },
): Promise<MutationOutcome<SignedIn>> {
  const { limits } = ctx.auth;
  const email = normaliseEmail(input.email);
  const em = ctx.dataSource.manager;
  const accountKey = `login:email:${email}`;
  const ipKey = `login:ip:${ctx.ip}`;

  const [account, address] = await Promise.all([
    hit(em, accountKey, limits.loginWindowSeconds),
    peek(em, ipKey, limits.loginWindowSeconds),
  ]);
  if (account.hits > limits.loginFailuresPerAccount) {
    return { value: null, userErrors: [tooManyAttempts(account.retryAfterSeconds)] };
  }
  if (address.hits >= limits.loginFailuresPerIp) {
    return { value: null, userErrors: [tooManyAttempts(address.retryAfterSeconds)] };
  }

  const user = await em.findOneBy(User, { email });
  const usable = user && !user.disabledAt && user.passwordHash;
  dummyHash ??= hashPassword('not a real password');
  const valid = await verifyPassword(input.password, usable ? user.passwordHash! : await dummyHash);
  if (!usable || !valid) {
    await hit(em, ipKey, limits.loginWindowSeconds);
    ctx.log.info({ ip: ctx.ip }, 'failed sign-in');
    return { value: null, userErrors: [INVALID_CREDENTIALS()] };
  }
  await reset(em, accountKey);
  return runMutation(
    ctx,
    'login',
    async (tx, audit) => {
      const signedIn = await openSession(ctx, tx, user, 'password');
      audit.record('User', user.id, null, null);
      return signedIn;
    },
    { actorId: () => user.id },
  );
}

/**
 * Exchanges a refresh token for a new access token and a new refresh token.
 * The old refresh token stops working; presenting it again revokes the session.
 */
export async function refresh(
  ctx: Context,
  input: { refreshToken: string },
): Promise<MutationOutcome<SignedIn>> {
  const presented = hashToken(input.refreshToken);
  const invalid = (): MutationOutcome<SignedIn> => ({
    value: null,
    userErrors: [
      userError(
        SignInErrorCode.INVALID_TOKEN,
        'refreshToken',
        'The refresh token is not valid; sign in again.',
      ),
    ],
  });
  // A rotated token came back: someone else holds a copy. End the session for both.
  const reused = await ctx.dataSource.manager.update(
    AuthSession,
    { previousRefreshTokenHash: presented, revokedAt: IsNull() },
    { revokedAt: new Date() },
  );
  if (reused.affected) {
    ctx.log.warn('refresh token reused; session revoked');
    return invalid();
  }
  const outcome = await runMutation(
    ctx,
    'refreshToken',
    async (em, audit) => {
      const session = await em.findOne(AuthSession, {
        where: { refreshTokenHash: presented },
        lock: { mode: 'pessimistic_write' },
      });
      const user = session && (await em.findOneBy(User, { id: session.userId }));
      if (!session || session.revokedAt || session.expiresAt <= new Date() || !user || user.disabledAt) {
        return failWith(
          SignInErrorCode.INVALID_TOKEN,
          'refreshToken',
          'The refresh token is not valid; sign in again.',
        );
      }
      const refreshToken = newSecretToken();
      await em.update(
        AuthSession,
        { id: session.id },
        {
          previousRefreshTokenHash: presented,
          refreshTokenHash: hashToken(refreshToken),
          lastUsedAt: new Date(),
        },
      );
      audit.record('AuthSession', session.id, null, null);
      const accessToken = await ctx.auth.tokens.signAccessToken({ userId: user.id, sessionId: session.id });
      ctx.user = await authUserOf(em, user, session.id);
      return { user, accessToken, refreshToken };
    },
    { actorId: (result) => result.user.id },
  );
  return outcome.value ? outcome : invalid();
}

/** Ends the caller's session: its access and refresh tokens stop working at once. */
export async function logout(ctx: Context): Promise<MutationOutcome<string | null>> {
  const sessionId = ctx.user?.sessionId ?? null;
  return runMutation(ctx, 'logout', async (em, audit) => {
    if (sessionId) {
      await em.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      audit.record('AuthSession', sessionId, { revokedAt: null }, { revokedAt: new Date().toISOString() });
    }
    return sessionId;
  });
}

/**
 * Signs in with an ID token from the configured OpenID Connect provider. A
 * person seen for the first time is provisioned: into the organisation the
 * configured claim names (EHAK code or organisation code) as a MEMBER, or with
 * no organisation and no role until an admin decides.
 */
export async function loginWithIdToken(
  ctx: Context,
  input: { idToken: string },
): Promise<MutationOutcome<SignedIn>> {
  const { oidc, limits } = ctx.auth;
  if (!oidc) throw new AppError(ErrorCode.BAD_USER_INPUT, 'No external identity provider is configured.');
  const ipKey = `login:ip:${ctx.ip}`;
  const address = await peek(ctx.dataSource.manager, ipKey, limits.loginWindowSeconds);
  if (address.hits >= limits.loginFailuresPerIp)
    return { value: null, userErrors: [tooManyAttempts(address.retryAfterSeconds)] };
  const identity = await oidc.verify(input.idToken);
  if (!identity) {
    await hit(ctx.dataSource.manager, ipKey, limits.loginWindowSeconds);
    return {
      value: null,
      userErrors: [
        userError(SignInErrorCode.INVALID_TOKEN, 'idToken', 'The identity token could not be verified.'),
      ],
    };
  }
  let userId: string | null = null;
  return runMutation(
    ctx,
    'loginWithIdToken',
    async (em, audit) => {
      let user = await em.findOneBy(User, {
        externalIssuer: identity.issuer,
        externalSubject: identity.subject,
      });
      if (!user) {
        const organisation = identity.organisation
          ? await em.findOne(Organisation, {
              where: [{ ehakCode: identity.organisation }, { code: identity.organisation }],
            })
          : null;
        const email = identity.email ? normaliseEmail(identity.email) : null;
        // Never link to an existing local account by email: the provider's email may be unverified.
        const emailFree = email && !(await em.existsBy(User, { email }));
        user = await em.save(
          em.create(User, {
            name: identity.name,
            email: emailFree ? email : null,
            organisationId: organisation?.id ?? null,
            roles: organisation ? [Role.MEMBER] : [],
            externalIssuer: identity.issuer,
            externalSubject: identity.subject,
          }),
        );
        audit.record('User', user.id, null, user);
      }
      if (user.disabledAt)
        return failWith(SignInErrorCode.INVALID_CREDENTIALS, null, 'The account is disabled.');
      userId = user.id;
      return openSession(ctx, em, user, 'oidc');
    },
    { actorId: () => userId },
  );
}

/**
 * Resolves the bearer token of a request to the user it acts as. No header:
 * the public. A token that is invalid, expired, signed out or of a disabled
 * user is refused outright rather than treated as the public.
 */
export async function authenticate(
  dataSource: DataSource,
  auth: AuthRuntime,
  authorization: string | undefined,
): Promise<AuthUser | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const claims = match ? await auth.tokens.verifyAccessToken(match[1]) : null;
  if (!claims)
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is invalid or expired.', {
      http: { status: 401 },
    });
  const [row] = await dataSource.query(
    `SELECT u.id, u.roles::text[] AS roles, u.organisation_id AS "organisationId", o.code AS "organisationCode"
       FROM auth_sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [claims.sessionId, claims.userId],
  );
  if (!row)
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'The session has ended; sign in again.', {
      http: { status: 401 },
    });
  return {
    id: row.id,
    roles: row.roles,
    organisationId: row.organisationId,
    organisationCode: row.organisationCode,
    sessionId: claims.sessionId,
  };
}

/**
 * A session and access token for an existing, active user, made without a
 * password (`npm run token`, development only: the CLI refuses production).
 */
export async function developmentAccessToken(
  dataSource: DataSource,
  auth: AuthRuntime,
  email: string,
): Promise<{ user: User; accessToken: string }> {
  const user = await dataSource.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  if (!user || user.disabledAt) throw new Error(`No active user with email ${email}.`);
  const session = await dataSource.getRepository(AuthSession).save({
    userId: user.id,
    refreshTokenHash: hashToken(newSecretToken()),
    expiresAt: new Date(Date.now() + auth.tokens.refreshTtlSeconds * 1000),
    method: 'cli',
    ip: null,
  });
  return { user, accessToken: await auth.tokens.signAccessToken({ userId: user.id, sessionId: session.id }) };
}
