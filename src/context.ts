import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './common/auth';
import type { Config } from './config';
import type { SearchRuntime } from './search/search-runtime';

/** Configuration values services need per request (links, timings). */
export type AppSettings = Pick<Config, 'publicWebUrl' | 'apiPublicUrl' | 'reminderLeadMinutes'>;

export const DEFAULT_SETTINGS: AppSettings = {
  publicWebUrl: 'http://localhost:3000',
  apiPublicUrl: 'http://localhost:4000',
  reminderLeadMinutes: 24 * 60,
};

/**
 * Per-request DataLoaders. Empty here on purpose: each module declares its own
 * in its `<thing>.loaders.ts`,
 *
 *   declare module '../../context' { interface Loaders extends SeminarLoaders {} }
 *
 * and src/assembly.ts creates a module's loaders the first time a request
 * touches one of them. So this file depends on no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Everything a resolver or service needs about the current request. A module
 * that adds per-process services (the auth module's token signer) declares
 * them on this interface the same way.
 */
export interface Context {
  requestId: string;
  /** The signed-in user, or null for the public (and for the worker acting as the system). */
  user: AuthUser | null;
  /** The client's address (behind a proxy only when TRUST_PROXY says so). */
  ip: string;
  dataSource: DataSource;
  search: SearchRuntime;
  settings: AppSettings;
  /** Per-request DataLoaders: batching and caching live only as long as the request. */
  loaders: Loaders;
  /** This request's logger: every line carries its requestId. */
  log: Logger;
  /** The process's logger, for work that outlives the request (its lines carry no requestId). */
  processLog: Logger;
}
