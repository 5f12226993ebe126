import { randomUUID } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { migrations as projectMigrations } from '../migrations';
import { AuditEntry } from './common/audit-entry.entity';
import { NodeIdResolver } from './common/node';
import { RateLimitCounter } from './common/rate-limit.entity';
import { declareUserErrorCodes } from './common/user-error';
import type { Config } from './config';
import { DEFAULT_SETTINGS, type AppSettings, type Context, type Loaders } from './context';
import { AppError } from './errors';
import type { AuthUser } from './common/auth';
import type { Mailer } from './mail/mailer';
import type { AppModule, Job, JobServices, RouteServices, SeedOptions } from './module';
import { appModules } from './modules';
import { authenticate, type AuthRuntime } from './modules/auth';
import { NodeResolver } from './node.resolver';
import { EnumLabelsResolver } from './common/labelled-enum';
import type { SearchRuntime } from './search/search-runtime';
import { Worker } from './worker';

/*
 * The app assembled from the one list of modules (src/modules/index.ts):
 * entities, resolvers, loaders, routes, jobs and seeds. Nothing here names a
 * module, except auth for the bearer-token check every route shares.
 */

for (const module of appModules) if (module.errorCodes) declareUserErrorCodes(module.errorCodes);

/** Tables of src/common that every module writes: the audit trail and rate-limit counters. */
const commonEntities = [AuditEntry, RateLimitCounter];

/** Every TypeORM entity; the data source and the migration generator read this list. */
export const entities = [...commonEntities, ...appModules.flatMap((m) => m.entities ?? [])];

/** The project-wide migrations, then the modules' own; TypeORM runs them in timestamp order. */
export const migrations = [...projectMigrations, ...appModules.flatMap((m) => m.migrations ?? [])];

type ResolverClass = NonNullable<AppModule['resolvers']>[number];

/** Every type-graphql resolver: `node`/`nodes`, the Node `id`, then each module's. */
export const resolvers: [ResolverClass, ...ResolverClass[]] = [
  NodeResolver,
  EnumLabelsResolver,
  NodeIdResolver,
  ...appModules.flatMap((m) => m.resolvers ?? []),
];

/** Every background job, in module order. */
export const jobs: readonly Job[] = appModules.flatMap((m) => m.jobs ?? []);

const loaderFactories = new WeakMap<DataSource, () => Loaders>();

/**
 * Per-request loaders, each module's made the first time the request touches
 * one of them: a request that reads only the plan builds no seminar loaders.
 */
function loadersFor(dataSource: DataSource): Loaders {
  let create = loaderFactories.get(dataSource);
  if (!create) {
    const makers = appModules.flatMap((m) => (m.loaders ? [m.loaders] : []));
    // Which module makes which loader, learned once (building a DataLoader runs no query).
    const owner = new Map<string, number>();
    makers.forEach((make, i) => {
      for (const key of Object.keys(make(dataSource))) {
        if (owner.has(key)) throw new Error(`Two modules declare the loader "${key}"`);
        owner.set(key, i);
      }
    });
    create = () => {
      const made: Record<string, unknown>[] = [];
      return new Proxy({} as Loaders, {
        get(_target, key) {
          const i = typeof key === 'string' ? owner.get(key) : undefined;
          if (i === undefined) return undefined;
          made[i] ??= makers[i](dataSource) as Record<string, unknown>;
          return made[i][key as string];
        },
      });
    };
    loaderFactories.set(dataSource, create);
  }
  return create();
}

export interface ContextOptions {
  dataSource: DataSource;
  auth: AuthRuntime;
  search: SearchRuntime;
  settings?: AppSettings;
  log: Logger;
  user?: AuthUser | null;
  ip?: string;
  requestId?: string;
}

/**
 * The Context of one request (or one job run), with fresh loaders. The
 * request's logger and the client's address are made when first read, from
 * getters on the prototype: Apollo copies a context's own properties for each
 * operation, which would run getters on the object itself.
 */
class RequestContext implements Context {
  readonly requestId: string;
  readonly user: AuthUser | null;
  readonly dataSource: DataSource;
  readonly auth: AuthRuntime;
  readonly search: SearchRuntime;
  readonly settings: AppSettings;
  readonly loaders: Loaders;
  private madeLog: Logger | undefined;
  private knownIp: string | undefined;

  constructor(private readonly options: ContextOptions & { ipOf?: () => string }) {
    this.requestId = options.requestId ?? randomUUID();
    this.user = options.user ?? null;
    this.dataSource = options.dataSource;
    this.auth = options.auth;
    this.search = options.search;
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.loaders = loadersFor(options.dataSource);
    this.knownIp = options.ip;
  }

  get log(): Logger {
    return (this.madeLog ??= this.options.log.child({ requestId: this.requestId }));
  }

  get processLog(): Logger {
    return this.options.log;
  }

  get ip(): string {
    return (this.knownIp ??= this.options.ipOf?.() ?? 'unknown');
  }
}

export function createContext(options: ContextOptions & { ipOf?: () => string }): Context {
  return new RequestContext(options);
}

/** What every context is made of, besides the request. */
export interface ContextDeps {
  dataSource: DataSource;
  search: SearchRuntime;
  log: Logger;
  config: Config;
  auth: AuthRuntime;
}

/** The context of an HTTP request (GraphQL or a module's route), acting as `user`. */
export function contextForRequest(
  deps: ContextDeps,
  req: Request,
  res: Response,
  user: AuthUser | null,
): Context {
  return createContext({
    ...deps,
    settings: deps.config,
    user,
    ipOf: () => req.ip ?? 'unknown',
    requestId: res.locals.requestId as string,
  });
}

/** Mounts every module's HTTP routes, sharing one bearer-token check and one context factory. */
export function mountModuleRoutes(app: Express, deps: ContextDeps): void {
  const { dataSource, search, log, config, auth } = deps;
  const services: RouteServices = {
    dataSource,
    search,
    log,
    config,
    async identify(req: Request, res: Response) {
      try {
        return { user: await authenticate(dataSource, auth, req.header('authorization')) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: error.message } });
        return undefined;
      }
    },
    contextFor: (req, res, user) => contextForRequest(deps, req, res, user),
    async personalCalendar(userId) {
      const entries = await Promise.all(
        appModules.map((m) => m.personalCalendar?.(dataSource.manager, userId, config) ?? []),
      );
      return entries.flat().sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    },
  };
  for (const module of appModules) if (module.routes) app.use(module.routes(services));
}

/**
 * Runs every module's seed in module order, in one transaction: reference
 * data, the action plan, guides, seminars, and (options.demoUsers) demo people.
 * Idempotent: what exists is left as it is.
 */
export async function runSeeds(dataSource: DataSource, options: SeedOptions): Promise<void> {
  await dataSource.transaction(async (em) => {
    for (const module of appModules) await module.seed?.(em, options);
  });
}

/** True when no module's table has a row yet (a first boot). */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const tables = appModules
    .flatMap((m) => m.entities ?? [])
    .map((entity) => dataSource.getMetadata(entity).tableName);
  const [{ any }] = await dataSource.query(
    `SELECT ${tables.map((t) => `EXISTS (SELECT 1 FROM "${t}")`).join(' OR ')} AS any`,
  );
  return !any;
}

/** What jobs and boot hooks use; they act as the system through the same services as requests. */
function jobServices(deps: ContextDeps & { mailer: Mailer }): JobServices {
  const { dataSource, search, mailer, config, log } = deps;
  return {
    dataSource,
    search,
    mailer,
    config,
    log,
    systemContext: () => createContext({ ...deps, settings: config, requestId: `system-${randomUUID()}` }),
    async staleNotices(em, notices) {
      const stale: string[] = [];
      // One after another: they share the delivering transaction's connection.
      for (const module of appModules)
        if (notices.length && module.staleNotices) stale.push(...(await module.staleNotices(em, notices)));
      return stale;
    },
  };
}

/** The worker with every module's jobs. */
export function createWorker(deps: ContextDeps & { mailer: Mailer }): Worker {
  return new Worker({
    jobs,
    log: deps.log,
    intervalMs: deps.config.worker.intervalMs,
    maxBackoffMs: deps.config.worker.maxRetryDelaySeconds * 1000,
    services: jobServices(deps),
  });
}

/**
 * Runs every module's boot hook (search index settings, …) at process start.
 * A hook that fails is logged and the process goes on: what it readies is
 * outside PostgreSQL, and the module's jobs catch up once it is back.
 */
export async function bootModules(deps: ContextDeps & { mailer: Mailer }): Promise<void> {
  const services = jobServices(deps);
  await Promise.all(
    appModules.map(async (module) => {
      try {
        await module.boot?.(services);
      } catch (error) {
        deps.log.warn({ module: module.name, err: error }, 'module not ready yet; its jobs will catch up');
      }
    }),
  );
}
