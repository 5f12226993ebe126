import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { openDataSource } from '../db/data-source';
import { createLogger } from '../logger';
import { startBackingServices } from '../runtime';

/**
 * Runs a command-line task against the configured database (DATABASE_URL) or
 * the embedded one under .data/, which is stopped again afterwards unless a
 * running `npm start` owns it.
 */
export async function withDatabase(task: (dataSource: DataSource) => Promise<void>): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const services = await startBackingServices(config, log, { search: false });
  let failed = false;
  try {
    const dataSource = await openDataSource(services.databaseUrl);
    try {
      await task(dataSource);
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
