import { activeTraceIds, telemetry } from '../telemetry'; // first: it instruments what loads after it
import 'reflect-metadata';
import { bootModules, createWorker } from '../assembly';
import { openDataSource } from '../data-source';
import { limitHeapGrowth } from '../common/heap-growth';
import { createLogger } from '../logger';
import { createMailer } from '../mail/mailer';
import { createAuthRuntime, resolveJwtSecret } from '../modules/auth';
import { createSearchClient } from '../search/client';
import { createSearchRuntime } from '../search/search-runtime';
import { configOrExit } from './with-database';

/**
 * `npm run worker`: the background jobs of every module on their own (search
 * sync, scheduled publishing, emails, file sweeping), for deployments that run
 * them apart from the API processes (set WORKER_ENABLED=false there). Needs
 * DATABASE_URL and MEILI_HOST, and the same JWT_SECRET as the API.
 */
async function main() {
  const config = configOrExit();
  if (!config.databaseUrl || !config.meiliHost) {
    console.error('npm run worker needs DATABASE_URL and MEILI_HOST (npm start runs a worker of its own).');
    process.exit(1);
  }
  limitHeapGrowth(config.heapGrowthPercent);
  const log = createLogger(config, { mixin: telemetry ? activeTraceIds : undefined });
  const dataSource = await openDataSource(config.databaseUrl);
  const search = createSearchRuntime(createSearchClient(config.meiliHost, config.meiliMasterKey), {
    prefix: config.meiliIndexPrefix,
    publicHost: config.meiliPublicUrl ?? config.meiliHost,
  });
  const mailer = createMailer({ ...config.mail, log });
  const auth = createAuthRuntime(config, await resolveJwtSecret(config));
  await bootModules({ dataSource, search, mailer, config, auth, log });
  const worker = createWorker({ dataSource, search, mailer, config, auth, log });
  worker.start();
  log.info('worker running');
  const stop = async () => {
    await worker.stop();
    mailer.close();
    await dataSource.destroy();
    await telemetry?.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
void main();
