import { loadConfig } from '../config';
import { createAuthRuntime, resolveJwtSecret } from '../modules/auth/auth-runtime';
import { AuthSession } from '../modules/auth/session.entity';
import { hashToken, newRefreshToken } from '../modules/auth/tokens';
import { User, normaliseEmail } from '../modules/users/user.entity';
import { withDatabase } from './with-database';

/**
 * `npm run token -- <email>` prints a valid access token for an existing user
 * as its last line, for curl and GraphQL clients in development. It refuses
 * to run with NODE_ENV=production.
 */
const email = process.argv[2];
if (process.env.NODE_ENV === 'production') {
  console.error('npm run token is for development only and refuses to run with NODE_ENV=production.');
  process.exit(1);
}
if (!email) {
  console.error('usage: npm run token -- <email>');
  process.exit(2);
}

void withDatabase(async (dataSource) => {
  const config = loadConfig();
  const auth = createAuthRuntime(config, await resolveJwtSecret(config));
  const user = await dataSource.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  if (!user || user.disabledAt) throw new Error(`No active user with email ${email}.`);
  const session = await dataSource.getRepository(AuthSession).save({
    userId: user.id,
    refreshTokenHash: hashToken(newRefreshToken()),
    expiresAt: new Date(Date.now() + config.refreshTokenTtlSeconds * 1000),
    method: 'cli',
    ip: null,
  });
  const token = await auth.tokens.signAccessToken({ userId: user.id, sessionId: session.id });
  console.error(
    `Access token for ${user.name} <${user.email}>, valid for ${config.accessTokenTtlSeconds} s:`,
  );
  console.log(token);
});
