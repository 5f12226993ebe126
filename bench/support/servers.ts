import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { spawnTethered } from '../../src/common/child-processes';

/** A port nothing listens on now (the kernel's pick), so a server never waits on a taken one. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A server that cannot outlive the bench, even if the bench is killed: it runs
 * under the project's watchdog (the same tether as the embedded PostgreSQL).
 * Its log goes to our stderr.
 */
export function startServer(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const watchdog = spawnTethered(file, args, { ...options, stopSignal: 'SIGTERM', graceMs: 10_000 });
  watchdog.stdout!.resume();
  watchdog.stderr!.pipe(process.stderr);
  return watchdog;
}

/** The server under a watchdog (its only child). */
export function serverPid(watchdog: ChildProcess): number {
  const children = readFileSync(`/proc/${watchdog.pid}/task/${watchdog.pid}/children`, 'utf8').trim();
  const pid = Number(children.split(/\s+/)[0]);
  if (!pid) throw new Error('the server under the watchdog is not running');
  return pid;
}

/** Waits until `probe` says yes, polling every 250 ms. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready`);
}

/**
 * The API as the production image runs it (built, NODE_ENV=production,
 * without its in-process worker: API replicas run beside a separate worker,
 * whose polling would also count as the requests' statements),
 * under the watchdog, ready to answer. `profileDir` writes its V8 CPU profile
 * there when it stops; `env` adds or overrides variables.
 */
export async function startProductionApi(options: {
  databaseUrl: string;
  meili: { host: string; masterKey: string };
  jwtSecret: string;
  profileDir?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const profile = options.profileDir
    ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(options.profileDir)]
    : [];
  // Node or V8 flags to try (space-separated), e.g. `--max-semi-space-size=32`; production gives none.
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const api = startServer(process.execPath, [...flags, ...profile, 'dist/src/main.js'], {
    // Built into dist/bench/support: the checkout is three levels up.
    cwd: path.resolve(__dirname, '..', '..', '..'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      MEILI_HOST: options.meili.host,
      MEILI_MASTER_KEY: options.meili.masterKey,
      MEILI_INDEX_PREFIX: 'bench_',
      JWT_SECRET: options.jwtSecret,
      LOG_LEVEL: 'warn',
      WORKER_ENABLED: 'false',
      ...options.env,
    },
  });
  await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, 'the API');
  return { process: api, url: `http://127.0.0.1:${port}/graphql` };
}
