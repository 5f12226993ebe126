import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config';
import { OidcVerifier } from './oidc';
import { TokenService } from './tokens';

/** Everything sign-in needs, built once at boot and shared by all requests. */
export interface AuthRuntime {
  tokens: TokenService;
  oidc: OidcVerifier | null;
  limits: Config['limits'];
  /** Keys the hash that keeps anonymous feedback unique per person without naming them. */
  feedbackSecret: string;
}

/**
 * JWT_SECRET when set; otherwise (development only, the config refuses it in
 * production) a random secret kept in DATA_DIR so tokens survive restarts and
 * `npm run token` signs with the same key as the server.
 */
export async function resolveJwtSecret(config: Pick<Config, 'jwtSecret' | 'dataDir'>): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  await fs.mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function createAuthRuntime(config: Config, jwtSecret: string): AuthRuntime {
  return {
    tokens: new TokenService(jwtSecret, config.accessTokenTtlSeconds, config.refreshTokenTtlSeconds),
    oidc: config.oidc ? new OidcVerifier(config.oidc) : null,
    limits: config.limits,
    feedbackSecret: `feedback:${jwtSecret}`,
  };
}

declare module '../../context' {
  interface Context {
    /** Sign-in machinery (token signing, OIDC, limits), built once at boot and shared by all requests. */
    auth: AuthRuntime;
  }
}
