import type { AppModule } from '../../module';
import { signInErrorDescriptions } from './auth.errors';
import { AuthResolver } from './auth.resolver';

/** Sign-in: passwords, OIDC ID tokens, access and refresh tokens, sign-out. */
export const authModule: AppModule = {
  name: 'auth',
  resolvers: [AuthResolver],
  errorCodes: signInErrorDescriptions,
};

export { createAuthRuntime, resolveJwtSecret, type AuthRuntime } from './auth-runtime';
export { authenticate, developmentAccessToken } from './auth.service';
