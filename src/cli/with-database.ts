import 'reflect-metadata';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type Config } from '../config';
import { openDataSource } from '../data-source';
import { createLogger } from '../logger';
import { startBackingServices } from '../runtime';
import { createSearchClient } from '../search/client';
import { createSearchRuntime, type SearchRuntime } from '../search/search-runtime';

export interface CommandServices {
  dataSource: DataSource;
  config: Config;
  log: Logger;
}

/** Reads the configuration or exits with the message naming every bad variable. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Runs a command-line task against the configured database (DATABASE_URL)
 * or the embedded one under .data/, which are stopped again
 * afterwards unless a running `npm start` owns them. Exits 1 with the
 * error's message on failure.
 */
export function withDatabase(task: (services: CommandServices) => Promise<void>): Promise<void> {
  return runCommand(false, task);
}

/** Like withDatabase, with Meilisearch too (embedded unless MEILI_HOST is set). */
export function withDatabaseAndSearch(
  task: (services: CommandServices & { search: SearchRuntime }) => Promise<void>,
): Promise<void> {
  return runCommand(true, (services) => task(services as CommandServices & { search: SearchRuntime }));
}

async function runCommand(
  withSearch: boolean,
  task: (services: CommandServices & { search?: SearchRuntime }) => Promise<void>,
): Promise<void> {
  const config = configOrExit();
  // Short commands print their own result; the long one (reindex, with search) logs its progress.
  const quiet = !withSearch && config.logLevel === 'info';
  const log = createLogger({ logLevel: quiet ? 'warn' : config.logLevel });
  let failed = false;
  const services = await startBackingServices(config, log, { search: withSearch }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  try {
    const dataSource = await openDataSource(services.databaseUrl);
    try {
      const search = withSearch
        ? createSearchRuntime(createSearchClient(services.meiliHost, services.meiliKey), {
            prefix: config.meiliIndexPrefix,
            publicHost: services.meiliHost,
          })
        : undefined;
      await task({ dataSource, config, log, search });
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await services.stop();
  }
  process.exit(failed ? 1 : 0);
}
