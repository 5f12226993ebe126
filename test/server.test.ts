import http from 'node:http';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from './support/database';
import { freePort } from './support/ports';
import { startTestServer } from './support/server';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const serve = (meiliHost: string) => startTestServer(db.dataSource, { meiliHost });

describe('HTTP server', () => {
  it('answers /healthz and /readyz, and serves GraphQL', async () => {
    const server = await serve(process.env.TEST_MEILI_HOST!);
    try {
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: 'up', meilisearch: 'up' } });
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actionPlans { title } }' }),
      });
      const body = (await response.json()) as { data: { actionPlans: { title: string }[] } };
      expect(body.data.actionPlans[0].title).toMatch(/digipöörde/);
      expect(response.headers.get('x-request-id')).toBeTruthy();
    } finally {
      await server.stop();
    }
  });

  it('stays ready while Meilisearch is unreachable, reports search degraded, and fails searches fast', async () => {
    const server = await serve(`http://127.0.0.1:${await freePort()}`);
    try {
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'degraded',
        checks: { postgres: 'up', meilisearch: 'down' },
      });
      const deep = await fetch(`${server.base}/healthz?deep`);
      expect(await deep.json()).toMatchObject({ status: 'degraded' });
      const started = Date.now();
      const search = await server.graphql('{ search(input: { query: "andmekaitse" }) { totalHits } }');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(search.body.errors[0].extensions.code).toBe('SEARCH_UNAVAILABLE');
      expect(JSON.stringify(search.body)).not.toContain('127.0.0.1');
      // Everything else keeps working.
      const plan = await server.graphql('{ actionPlans { versionNumber } }');
      expect(plan.body).toEqual({ data: { actionPlans: [{ versionNumber: 1 }] } });
    } finally {
      await server.stop();
    }
  });

  it('answers SEARCH_UNAVAILABLE when Meilisearch refuses (no index yet), and logs the refusal for operators', async () => {
    const lines: string[] = [];
    // A fresh prefix: none of its indexes exist, as when Meilisearch comes back empty before the worker's sync.
    const server = await startTestServer(db.dataSource, {
      log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
    });
    try {
      for (let i = 0; i < 2; i++) {
        const search = await server.graphql('{ search(input: { query: "andmekaitse" }) { totalHits } }');
        expect(search.body.errors[0].extensions.code).toBe('SEARCH_UNAVAILABLE');
        expect(JSON.stringify(search.body)).not.toMatch(/index_not_found|127\.0\.0\.1/);
      }
      const refusals = lines
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === 'Meilisearch refused a request');
      // Both searches reached Meilisearch: a refusal does not open the breaker as an outage does.
      expect(refusals).toHaveLength(2);
      expect(refusals[0].err.message).toMatch(/Index `srv\w+_\w+` not found/);
      expect(await (await fetch(`${server.base}/readyz`)).json()).toMatchObject({ status: 'ready' });
    } finally {
      await server.stop();
    }
  });

  it('refuses a GET mutation-like request without CSRF-safe headers and oversized bodies', async () => {
    const server = await serve(process.env.TEST_MEILI_HOST!);
    try {
      const csrf = await fetch(
        `${server.base}/graphql?query=${encodeURIComponent('{ actionPlans { title } }')}`,
      );
      expect(csrf.status).toBe(400);
      const huge = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ actionPlans { title } } # ${'x'.repeat(1_100_000)}` }),
      });
      expect(huge.status).toBe(413);
    } finally {
      await server.stop();
    }
  });
});

describe('HTTP caching', () => {
  it('marks public reference data public with a max-age, anything personal no-store, and answers 304 to a repeated GET', async () => {
    const server = await serve(process.env.TEST_MEILI_HOST!);
    try {
      const counties = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ counties { name } organisations(first: 3) { edges { node { name county { name } } } } }',
        }),
      });
      expect(counties.status).toBe(200);
      expect(counties.headers.get('cache-control')).toBe('max-age=300, public');
      const plan = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ actionPlans { title activities { number budgetLines { amountNet { amount } } } } }',
        }),
      });
      expect(plan.headers.get('cache-control')).toBe('max-age=300, public');
      const me = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(me.headers.get('cache-control')).toBe('no-store');

      const url = `${server.base}/graphql?query=${encodeURIComponent('{ counties { name } }')}`;
      const first = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      // node:http, not fetch: fetch marks a conditional request "Cache-Control: no-cache", which forbids a 304.
      const again = await new Promise<number>((resolve, reject) =>
        http
          .get(url, { headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag! } }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          })
          .on('error', reject),
      );
      expect(again).toBe(304);
    } finally {
      await server.stop();
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus text with GraphQL latency by operation, errors by code, pool, outbox and Meilisearch', async () => {
    const server = await serve(process.env.TEST_MEILI_HOST!);
    try {
      await server.graphql('query CountiesForMetrics { counties { name } }');
      await server.graphql('query BrokenForMetrics { nope }');
      const response = await fetch(`${server.base}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
        // Values as Prometheus parses them (Go's ParseFloat: NaN and Inf in any case; prom-client writes "Nan").
        expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? (-?[0-9.e+-]+|[Nn][Aa][Nn]|[+-]?Inf)$/);
      }
      expect(text).toMatch(
        /elvl_graphql_operation_duration_seconds_count\{operation="CountiesForMetrics",type="query",outcome="ok"\} 1/,
      );
      expect(text).toMatch(/elvl_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
      expect(text).toMatch(/elvl_db_pool_connections\{state="in_use"\} \d+/);
      expect(text).toMatch(/elvl_outbox_backlog\{kind="search"\} \d+/);
      expect(text).toMatch(/elvl_outbox_backlog\{kind="attachment_text"\} \d+/);
      expect(text).toMatch(/elvl_search_reindex_runs 0/);
      expect(text).toMatch(/elvl_outbox_oldest_age_seconds\{kind="email"\} [\d.]+/);
      expect(text).toMatch(/elvl_meilisearch_up 1/);
      expect(text).toMatch(/elvl_process_cpu_seconds_total/);
      expect(text).toMatch(
        /elvl_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
      );
    } finally {
      await server.stop();
    }
  });
});
