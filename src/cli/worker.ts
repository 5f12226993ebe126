import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { openDataSource } from '../db/data-source';
import { createLogger } from '../logger';
import { createSearchClient } from '../search/client';
import { createSearchRuntime } from '../search/search-runtime';
import { Worker } from '../search/worker';
import { createMailer } from '../notifications/mailer';

/**
 * `npm run worker`: the background worker on its own (search sync, scheduled
 * publishing), for deployments that run it apart from the API processes
 * (set WORKER_ENABLED=false there). Needs DATABASE_URL and MEILI_HOST.
 */
async function main() {
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
  if (!config.databaseUrl || !config.meiliHost) {
    console.error('npm run worker needs DATABASE_URL and MEILI_HOST (npm start runs a worker of its own).');
    process.exit(1);
  }
  const log = createLogger(config);
  const dataSource = await openDataSource(config.databaseUrl);
  const search = createSearchRuntime(createSearchClient(config.meiliHost, config.meiliMasterKey), {
    prefix: config.meiliIndexPrefix,
    publicHost: config.meiliPublicUrl ?? config.meiliHost,
  });
  const worker = new Worker({
    dataSource,
    search,
    log,
    intervalMs: config.worker.intervalMs,
    maxRetryDelaySeconds: config.worker.maxRetryDelaySeconds,
    attachmentsDir: config.attachments.dir,
    mailer: createMailer({ ...config.mail, log }),
  });
  worker.start();
  log.info('worker running');
  const stop = async () => {
    await worker.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
void main();
