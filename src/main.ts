import { activeTraceIds, telemetry } from './telemetry'; // first: it instruments what loads after it
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { migrate, openDataSource } from './data-source';
import { createLogger } from './logger';
import { limitHeapGrowth } from './common/heap-growth';
import { startBackingServices } from './runtime';
import { createSearchClient } from './search/client';
import { createSearchRuntime } from './search/search-runtime';
import { createMailer } from './mail/mailer';
import { createAuthRuntime, resolveJwtSecret } from './modules/auth';
import { settleSearchCounts } from './modules/knowledge-base';
import { bootModules, createWorker, isDatabaseEmpty, runSeeds } from './assembly';

/**
 * Boot: config → PostgreSQL and Meilisearch (embedded unless configured) →
 * migrations → seed an empty database → HTTP. SIGINT/SIGTERM drain requests
 * and stop every server this process started.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  limitHeapGrowth(config.heapGrowthPercent);
  const log = createLogger(config, { mixin: telemetry ? activeTraceIds : undefined });
  let services;
  try {
    services = await startBackingServices(config, log);
  } catch (error) {
    log.fatal({ err: error }, 'could not start PostgreSQL or Meilisearch');
    process.exit(1);
  }
  let dataSource: Awaited<ReturnType<typeof openDataSource>> | undefined;
  const shutdownSteps: (() => Promise<unknown>)[] = [];
  let stopping = false;

  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    const deadline = setTimeout(() => {
      log.error('shutdown timed out; forcing exit');
      process.exit(1);
    }, config.shutdownTimeoutMs + 20_000);
    for (const step of shutdownSteps.reverse()) {
      await step().catch((error) => log.error({ err: error }, 'shutdown step failed'));
    }
    await services.stop();
    await telemetry?.shutdown().catch((error) => log.warn({ err: error }, 'could not flush traces'));
    clearTimeout(deadline);
    log.info('stopped');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    dataSource = await openDataSource(services.databaseUrl);
    shutdownSteps.push(() => dataSource!.destroy());
    const applied = await migrate(dataSource);
    if (applied.length) log.info({ migrations: applied }, 'applied migrations');
    const seeded = config.seedOnBoot && (await isDatabaseEmpty(dataSource));
    if (seeded) {
      await runSeeds(dataSource, { demoUsers: config.nodeEnv !== 'production' });
      log.info('seeded the empty database');
    }
    const search = createSearchRuntime(createSearchClient(services.meiliHost, services.meiliKey), {
      prefix: config.meiliIndexPrefix,
      publicHost: config.meiliPublicUrl ?? services.meiliHost,
    });
    const auth = createAuthRuntime(config, await resolveJwtSecret(config));
    const mailer = createMailer({ ...config.mail, log: log.child({ component: 'mail' }) });
    shutdownSteps.push(async () => mailer.close());
    await bootModules({ dataSource, search, mailer, config, auth, log });
    if (config.worker.enabled) {
      const worker = createWorker({
        dataSource,
        search,
        mailer,
        config,
        auth,
        log: log.child({ component: 'worker' }),
      });
      if (seeded) {
        // On a first start, index the seed guides before serving, so the very first search finds them.
        // Search down is no reason not to serve the rest: the worker catches up once it is back.
        await worker.runUntilIdle(60_000).then(
          () => log.info('indexed the seed data'),
          (error: unknown) =>
            log.warn({ err: error }, 'could not index the seed data yet; the worker will retry'),
        );
      }
      worker.start();
      shutdownSteps.push(() => worker.stop());
    }

    const httpServer = http.createServer();
    const { handle, apollo } = await createApp({ config, dataSource, search, log, httpServer, auth });
    httpServer.on('request', handle);
    // Stops accepting, then lets in-flight requests finish (the drain plugin).
    // Run in reverse: after Apollo has drained the requests, their search counts finish before the pool closes.
    shutdownSteps.push(settleSearchCounts);
    shutdownSteps.push(() => apollo.stop());
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    log.info(readyFacts(config, port), readyMessage(config, port));
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      log.fatal(`Port ${config.port} is already in use on ${config.host}; set PORT to a free port.`);
    } else {
      log.fatal({ err: error }, 'failed to start');
    }
    await shutdown('startup failure', 1);
  }
}

/** What a person starting the API needs first: where it is, where the explorer is, how to get a token. */
function readyFacts(config: Config, port: number) {
  const base = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  return { url: `${base}/graphql`, explorer: config.explorer ? `${base}/explorer/` : undefined };
}

function readyMessage(config: Config, port: number): string {
  const { url, explorer } = readyFacts(config, port);
  const lines = [`GraphQL API ready at ${url}`];
  if (explorer) lines.push(`explorer (GraphiQL) at ${explorer}`);
  lines.push(
    config.nodeEnv === 'production'
      ? 'tokens come from sign-in (README: "Sign-in and access control")'
      : 'get a token: npm run token -- admin@elvl.ee (demo users: toimetaja@elvl.ee, korraldaja@elvl.ee, it@tartu.ee)',
  );
  return lines.join('; ');
}

void main();
