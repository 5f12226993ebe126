import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
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
