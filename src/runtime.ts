import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { startEmbeddedMeilisearch } from './search/embedded-meilisearch';

/** Where the backing servers are, and how to stop those this process started. */
export interface BackingServices {
  databaseUrl: string;
  meiliHost: string;
  meiliKey: string | null;
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL / MEILI_HOST when set; otherwise starts real PostgreSQL
 * and Meilisearch servers with their data under DATA_DIR. Both start in parallel.
 */
export async function startBackingServices(
  config: Config,
  log: Logger,
  options: { search?: boolean } = {},
): Promise<BackingServices> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    await Promise.allSettled(stops.map((stop) => stop()));
  };
  try {
    const [databaseUrl, meili] = await Promise.all([
      config.databaseUrl
        ? Promise.resolve(config.databaseUrl)
        : startEmbeddedPostgres({
            dataDir: path.join(config.dataDir, 'postgres'),
            port: config.embeddedPostgresPort,
            ownProcessGroup: true,
            log: (line) => log.debug({ component: 'postgres' }, line),
            notice: (message) => log.info({ component: 'postgres' }, message),
          }).then(async (pg) => {
            stops.push(pg.stop);
            log.info({ port: config.embeddedPostgresPort }, 'embedded PostgreSQL ready');
            await ensureDatabase(pg.url(), 'elvl');
            return pg.url('elvl');
          }),
      options.search === false
        ? Promise.resolve({ host: config.meiliHost ?? '', masterKey: null })
        : config.meiliHost
          ? Promise.resolve({ host: config.meiliHost, masterKey: config.meiliMasterKey })
          : startEmbeddedMeilisearch({
              dataDir: path.join(config.dataDir, 'meilisearch'),
              port: config.embeddedMeiliPort,
              ownProcessGroup: true,
              log: (line) => log.debug({ component: 'meilisearch' }, line),
              notice: (message) => log.info({ component: 'meilisearch' }, message),
              warn: (message) => log.warn({ component: 'meilisearch' }, message),
              supervise: true,
            }).then((meili) => {
              stops.push(meili.stop);
              log.info({ port: config.embeddedMeiliPort }, 'embedded Meilisearch ready');
              return meili;
            }),
    ]);
    return { databaseUrl, meiliHost: meili.host, meiliKey: meili.masterKey, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Creates the application database on a fresh embedded cluster. */
async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
