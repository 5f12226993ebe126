import 'reflect-metadata';
import { createAuthRuntime, developmentAccessToken, resolveJwtSecret } from '../modules/auth';
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

void withDatabase(async ({ dataSource, config }) => {
  const auth = createAuthRuntime(config, await resolveJwtSecret(config));
  const { user, accessToken } = await developmentAccessToken(dataSource, auth, email);
  console.error(
    `Access token for ${user.name} <${user.email}>, valid for ${config.accessTokenTtlSeconds} s:`,
  );
  console.log(accessToken);
});
