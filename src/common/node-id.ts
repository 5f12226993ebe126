import { badInput } from '../errors';

/**
 * Global object IDs: base64url("<Type>:<local id>"). Opaque to clients, and
 * they say which type they point at, so `node(id:)` can resolve any object.
 */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; localId: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { type: decoded.slice(0, colon), localId: decoded.slice(colon + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID (a local id PostgreSQL would accept). */
export const isUuid = (text: string) => UUID.test(text);

/** The local UUID behind a global ID of `type`, or null if the ID is of another type or malformed. */
export function localUuid(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type || !UUID.test(parsed.localId)) return null;
  return parsed.localId;
}

/** Like localUuid but rejects a malformed ID with BAD_USER_INPUT (for query arguments). */
export function requireLocalUuid(globalId: string, type: string, argument: string): string {
  const id = localUuid(globalId, type);
  if (!id) throw badInput(`"${argument}" is not a valid ${type} ID.`, argument);
  return id;
}
