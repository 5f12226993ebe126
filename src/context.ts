import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AuthUser } from './common/auth';
import { createLoaders, type Loaders } from './loaders';
import type { AuthRuntime } from './modules/auth/auth-runtime';
import type { SearchRuntime } from './search/search-runtime';
import type { Config } from './config';

/** Configuration values services need per request (links, timings). */
export type AppSettings = Pick<Config, 'publicWebUrl' | 'apiPublicUrl' | 'reminderLeadMinutes'>;

export const DEFAULT_SETTINGS: AppSettings = {
  publicWebUrl: 'http://localhost:3000',
  apiPublicUrl: 'http://localhost:4000',
  reminderLeadMinutes: 24 * 60,
};

/** Everything a resolver or service needs about the current request. */
export interface Context {
  requestId: string;
  /** The signed-in user, or null for the public. */
  user: AuthUser | null;
  /** The client's address (behind a proxy only when TRUST_PROXY says so). */
  ip: string;
  dataSource: DataSource;
  auth: AuthRuntime;
  search: SearchRuntime;
  settings: AppSettings;
  /** Per-request DataLoaders: batching and caching live only as long as the request. */
  loaders: Loaders;
  log: Logger;
}

export function createContext(options: {
  dataSource: DataSource;
  auth: AuthRuntime;
  search: SearchRuntime;
  settings?: AppSettings;
  log: Logger;
  user?: AuthUser | null;
  ip?: string;
  requestId?: string;
}): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    requestId,
    user: options.user ?? null,
    ip: options.ip ?? 'unknown',
    dataSource: options.dataSource,
    auth: options.auth,
    search: options.search,
    settings: options.settings ?? DEFAULT_SETTINGS,
    loaders: createLoaders(options.dataSource),
    log: options.log.child({ requestId }),
  };
}
