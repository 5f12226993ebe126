import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { withTimeout } from './common/timeout';
import { isSearchHealthy } from './search/client';
import type { SearchRuntime } from './search/search-runtime';

/** Per request id: the GraphQL operation and the user, for the request's log line. */
export const requestFacts = new Map<string, { operation: string; userId: string | null }>();

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's Prometheus metrics, one registry per app: HTTP and GraphQL
 * latency, errors by code, the database pool, the outboxes (search index,
 * emails), Meilisearch, and Node's process metrics (prefixed elvl_).
 */
export function createMetrics(deps: { dataSource: DataSource; search: SearchRuntime }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'elvl_' });
  const http = new Histogram({
    name: 'elvl_http_request_duration_seconds',
    help: 'HTTP requests by route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: SECONDS,
    registers: [registry],
  });
  const operations = new Histogram({
    name: 'elvl_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name, type and outcome (ok or error).',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: SECONDS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'elvl_graphql_errors_total',
    help: 'GraphQL errors by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const pool = (
    deps.dataSource.driver as unknown as {
      master?: { totalCount: number; idleCount: number; waitingCount: number };
    }
  ).master;
  new Gauge({
    name: 'elvl_db_pool_connections',
    help: 'Database pool connections by state (in_use, idle, waiting clients).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  // Both outbox gauges come from one query per scrape.
  let outboxRead: Promise<{ kind: string; n: number; age: number }[]> | null = null;
  const outbox = () =>
    (outboxRead ??= deps.dataSource
      .query(
        `SELECT 'search' AS kind, count(*)::int AS n,
                coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS age
           FROM (SELECT created_at FROM search_outbox WHERE processed_at IS NULL
                 UNION ALL
                 SELECT created_at FROM search_sync_outbox WHERE processed_at IS NULL) AS pending
         UNION ALL
         SELECT 'email', count(*)::int,
                coalesce(extract(epoch FROM now() - min(due_at) FILTER (WHERE due_at <= now())), 0)::float
           FROM notification_outbox WHERE sent_at IS NULL AND dropped_at IS NULL
         UNION ALL
         SELECT 'attachment_text', count(*)::int,
                coalesce(extract(epoch FROM now() - min(next_attempt_at) FILTER (WHERE next_attempt_at <= now())), 0)::float
           FROM guide_attachment_texts WHERE status = 'PENDING'`,
      )
      .catch(() => [])
      .finally(() => setTimeout(() => (outboxRead = null), 0).unref()));
  new Gauge({
    name: 'elvl_outbox_backlog',
    help: 'Unprocessed outbox items by kind (search index updates of every index, emails, attachments waiting for their text to be read).',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      for (const row of await outbox()) this.set({ kind: row.kind }, row.n);
    },
  });
  new Gauge({
    name: 'elvl_outbox_oldest_age_seconds',
    help: 'Age of the oldest unprocessed (due) outbox item by kind; 0 when none.',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      for (const row of await outbox()) this.set({ kind: row.kind }, Math.max(0, row.age));
    },
  });
  new Gauge({
    name: 'elvl_attachment_text_failures',
    help: 'Attachments whose text could not be read, by reason (ENCRYPTED, NO_TEXT, CORRUPT, TIMEOUT, TOO_COMPLEX, FILE_MISSING); editors see each in GuideAttachment.textExtraction.',
    labelNames: ['failure'],
    registers: [registry],
    async collect() {
      const rows: { failure: string; n: number }[] = await deps.dataSource
        .query(
          `SELECT failure, count(*)::int AS n FROM guide_attachment_texts WHERE status = 'FAILED' GROUP BY failure`,
        )
        .catch(() => []);
      this.reset();
      for (const row of rows) this.set({ failure: row.failure }, row.n);
    },
  });
  new Gauge({
    name: 'elvl_search_reindex_runs',
    help: 'Search index rebuilds recorded as under way. Above 0 after a rebuild ended (it failed after the swap, or was killed): search checks every hit in PostgreSQL until a reindex succeeds.',
    registers: [registry],
    async collect() {
      const rows: { n: number }[] = await deps.dataSource
        .query('SELECT count(*)::int AS n FROM search_reindex_runs')
        .catch(() => []);
      if (rows[0]) this.set(rows[0].n);
    },
  });
  new Gauge({
    name: 'elvl_meilisearch_up',
    help: '1 while Meilisearch answers its health check, else 0.',
    registers: [registry],
    async collect() {
      const up = await withTimeout(isSearchHealthy(deps.search.client), 1000, false);
      this.set(up ? 1 : 0);
    },
  });

  /** Times every GraphQL operation and counts its errors by code; remembers its name for the log line. */
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors: list }) {
          for (const error of list)
            errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
        async willSendResponse({ operationName, operation, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const name = operationName ?? 'anonymous';
          operations.observe(
            {
              operation: name,
              type: operation?.operation ?? 'unknown',
              outcome: body?.errors?.length ? 'error' : 'ok',
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          requestFacts.set(contextValue.requestId, {
            operation: name,
            userId: contextValue.user?.id ?? null,
          });
        },
      };
    },
  };

  return {
    registry,
    plugin,
    observeHttp(method: string, route: string, status: number, seconds: number) {
      http.observe({ method, route, status: String(status) }, seconds);
    },
  };
}
