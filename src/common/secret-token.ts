import { createHash, randomBytes } from 'node:crypto';

/** A new random bearer secret (refresh tokens, calendar feed URLs): 256 bits, URL-safe. */
export const newSecretToken = () => randomBytes(32).toString('base64url');

/** Bearer secrets are stored only as their SHA-256, so a database leak reveals none of them. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
