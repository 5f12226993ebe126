import type { Request, Response, Router } from 'express';
import type { Logger } from 'pino';
import type { DataSource, EntityManager, MigrationInterface } from 'typeorm';
import type { AuthUser } from './common/auth';
import type { Config } from './config';
import type { AppSettings, Context } from './context';
import type { CalendarEvent } from './common/ical';
import type { Mailer } from './mail/mailer';
import type { SearchRuntime } from './search/search-runtime';

/**
 * What a domain module gives the app: its `index.ts` exports one of these, and
 * `src/modules/index.ts` lists them. The schema, the data source, the
 * per-request loaders, `node`/`nodes`, the HTTP routes, the worker and the
 * seeds are all assembled from that list (see src/assembly.ts).
 */
export interface AppModule {
  /** Folder name under src/modules. */
  name: string;
  /** TypeORM entities whose tables the module owns. */
  entities?: readonly (new () => object)[];
  /**
   * Migrations for those tables made since the module got its own folder
   * (`npm run migration:generate -- <Name> <module>` writes them to
   * `<module>/migrations/`); the tables of the first releases are created by
   * the project-wide ones in migrations/. TypeORM runs all of them in timestamp order.
   */
  migrations?: readonly (new () => MigrationInterface)[];
  /** type-graphql resolver classes. */
  resolvers?: readonly (new (...args: never[]) => object)[];
  /**
   * Per-request DataLoaders, keyed by name. Created lazily the first time a
   * request touches one of them; the module adds their types to the `Loaders`
   * interface of context.ts by declaration merging, in its loaders file.
   */
  loaders?: (dataSource: DataSource) => object;
  /**
   * How `node(id:)` fetches each of the module's Node types by local id,
   * applying the same visibility rules as the type's own query (null when the
   * caller may not see it). Every type implementing Node must have one.
   */
  nodes?: Readonly<Record<string, NodeFetcher>>;
  /**
   * The person's own entries in their personal calendar feed (seminars they
   * registered for, training sessions of their cohorts), in the feed the
   * seminars module serves at /calendar/personal/<token>.ics.
   */
  personalCalendar?: (em: EntityManager, userId: string, settings: AppSettings) => Promise<CalendarEvent[]>;
  /** Plain HTTP routes (files, feeds, exports). */
  routes?: (services: RouteServices) => Router;
  /**
   * The module's own reasons for refusing a mutation input, code → what it
   * means, added to the GraphQL enum UserErrorCode beside the common ones.
   */
  errorCodes?: Readonly<Record<string, string>>;
  /**
   * Readies what the module needs outside PostgreSQL when a process starts
   * (the knowledge base applies its search index settings). A failure is
   * logged, not fatal; the module's jobs must catch up without it.
   */
  boot?: (services: JobServices) => Promise<void>;
  /**
   * Which of the given pending notices about the module's subjects are stale
   * (a reminder for a time that moved, a place no longer held): the worker
   * drops them instead of sending them.
   */
  staleNotices?: (em: EntityManager, notices: PendingNotice[]) => Promise<string[]>;
  /** Background work, run by the generic worker loop. */
  jobs?: readonly Job[];
  /** Loads the module's seed data; idempotent. Runs in module order, in one transaction. */
  seed?: (em: EntityManager, options: SeedOptions) => Promise<void>;
}

export type NodeFetcher = (ctx: Context, localId: string) => Promise<object | null>;

/** What a module's HTTP routes may use. */
export interface RouteServices {
  dataSource: DataSource;
  search: SearchRuntime;
  log: Logger;
  config: Config;
  /**
   * The caller, by the same rules as GraphQL: no token is the public; a bad or
   * ended token gets a 401 answered here and `undefined` back, so the route
   * just returns.
   */
  identify(req: Request, res: Response): Promise<{ user: AuthUser | null } | undefined>;
  /** A request context like GraphQL's, for routes that call services. */
  contextFor(req: Request, res: Response, user: AuthUser | null): Context;
  /** Every module's entries for a person's calendar, by start time. */
  personalCalendar(userId: string): Promise<CalendarEvent[]>;
}

/** What a background job may use. */
export interface JobServices {
  dataSource: DataSource;
  search: SearchRuntime;
  mailer: Mailer;
  config: Config;
  log: Logger;
  /**
   * A context acting as the system itself (no user), so a job changes data
   * through the same services and audit trail as a person does.
   */
  systemContext(): Context;
  /** Every module's answer to which pending notices are stale (see AppModule.staleNotices). */
  staleNotices(em: EntityManager, notices: PendingNotice[]): Promise<string[]>;
}

/** A queued email as the modules see it when asked whether it is stale. */
export interface PendingNotice {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  partyId: string | null;
  forStartsAt: Date | null;
}

/**
 * One kind of background work. The worker runs each job in its own loop:
 * again at once while it reports work done, otherwise after `everyMs` (or
 * sooner when `wakeOn` is notified); a run that throws is retried with
 * exponential back-off. Jobs coordinate through PostgreSQL rows (`FOR UPDATE
 * SKIP LOCKED`), so any number of workers can run side by side.
 */
export interface Job {
  name: string;
  /** Pause after a run that found nothing to do; default WORKER_INTERVAL_MS. */
  everyMs?: number;
  /** A PostgreSQL NOTIFY channel that wakes the job before its pause ends. */
  wakeOn?: string;
  /** Items one run takes at most (outbox rows, guides, emails). */
  batchSize?: number;
  /**
   * Does one batch of at most `batchSize` items; returns how many it settled.
   * `signal` aborts when the worker stops: a job whose items take long stops
   * between (or during) them and leaves the rest for the next process.
   */
  run(services: JobServices, batch: { batchSize: number; signal: AbortSignal }): Promise<number>;
}

export interface SeedOptions {
  /** Demo people and their sample activity (registrations, feedback): never in production. */
  demoUsers: boolean;
}
