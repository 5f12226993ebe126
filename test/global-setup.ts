import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate, openDataSource } from '../src/data-source';
import { startEmbeddedMeilisearch } from '../src/search/embedded-meilisearch';
import { runSeeds } from '../src/assembly';
import { freePort } from './support/ports';

export const TEMPLATE_DATABASE = 'elvl_template';

/**
 * Starts one real PostgreSQL and one real Meilisearch for the whole run, on
 * random ports with data in a temporary directory, and prepares a migrated,
 * seeded template database. Each test file clones the template into its own
 * database (see support/database.ts), so files run in parallel and in any order.
 */
export default async function globalSetup(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-test-'));
  await fs.chmod(root, 0o755);
  const [pgPort, meiliPort] = await Promise.all([freePort(), freePort()]);
  const [postgres, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(root, 'postgres'), port: pgPort, durable: false }),
    startEmbeddedMeilisearch({ dataDir: path.join(root, 'meilisearch'), port: meiliPort }),
  ]);
  (globalThis as Record<string, unknown>).__ELVL_TEST__ = { postgres, meili, root };

  const admin = new Client({ connectionString: postgres.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const dataSource = await openDataSource(postgres.url(TEMPLATE_DATABASE));
  await migrate(dataSource);
  await runSeeds(dataSource, { demoUsers: true });
  await dataSource.destroy();

  process.env.TEST_PG_ADMIN_URL = postgres.url();
  process.env.TEST_PG_TEMPLATE = TEMPLATE_DATABASE;
  process.env.TEST_MEILI_HOST = meili.host;
  process.env.TEST_MEILI_KEY = meili.masterKey;
  process.env.TEST_TMP_ROOT = root;
  // Nothing a test starts may touch a developer's .data/ (the worker sweeps unreferenced attachment files).
  process.env.ATTACHMENTS_DIR = path.join(root, 'attachments');
  process.env.JWT_SECRET = randomBytes(32).toString('base64url');
}
