import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AuthUser } from './common/auth';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver or service needs about the current request. */
export interface Context {
  requestId: string;
  /** The signed-in user, or null for the public. */
  user: AuthUser | null;
  dataSource: DataSource;
  /** Per-request DataLoaders: batching and caching live only as long as the request. */
  loaders: Loaders;
  log: Logger;
}

export function createContext(options: {
  dataSource: DataSource;
  log: Logger;
  user?: AuthUser | null;
  requestId?: string;
}): Context {
  const requestId = options.requestId ?? randomUUID();
  return {
    requestId,
    user: options.user ?? null,
    dataSource: options.dataSource,
    loaders: createLoaders(options.dataSource),
    log: options.log.child({ requestId }),
  };
}
