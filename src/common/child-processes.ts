import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A tiny watchdog between this process and a server it starts. It runs the
 * server as its own child and holds the read end of a pipe from us: when we
 * die for any reason — SIGKILL and OOM kills included — the pipe closes, and
 * the watchdog stops the server (its stop signal, SIGKILL after the grace
 * period) and exits. Signals we send the watchdog are passed on the same way.
 * Plain JavaScript run with `node -e`, so it needs no build step.
 */
const WATCHDOG = `
const { spawn } = require('node:child_process');
const tether = JSON.parse(process.env.ELVL_TETHER);
delete process.env.ELVL_TETHER;
process.title = 'elvl-tether ' + require('node:path').basename(tether.file);
const child = spawn(tether.file, tether.args, {
  cwd: tether.cwd, uid: tether.uid, gid: tether.gid, env: process.env, stdio: ['ignore', 'inherit', 'inherit'],
});
let stopping = false;
const stop = (signal) => {
  if (stopping || child.exitCode !== null || child.signalCode !== null) return;
  stopping = true;
  child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), tether.graceMs).unref();
};
process.stdin.on('end', () => stop(tether.stopSignal));
process.stdin.on('error', () => stop(tether.stopSignal));
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGHUP' ? tether.stopSignal : signal));
child.on('error', (error) => { console.error(String(error)); process.exit(127); });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
`;

export interface TetheredOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** Its own process group, so a terminal's Ctrl-C reaches only us, and we stop the server in order. */
  detached?: boolean;
  /** How the server shuts down cleanly (PostgreSQL: SIGINT, "fast"; Meilisearch: SIGTERM). */
  stopSignal: NodeJS.Signals;
  /** How long a clean shutdown may take before SIGKILL. */
  graceMs?: number;
}

const tethered = new Map<ChildProcess, NodeJS.Signals>();

/**
 * Starts a server that cannot outlive this process: the returned process is
 * its watchdog (its stdout and stderr are the server's; it exits with the
 * server's exit code). Stop it with stopChild.
 */
export function spawnTethered(file: string, args: string[], options: TetheredOptions): ChildProcess {
  const child = spawn(process.execPath, ['-e', WATCHDOG], {
    env: {
      ...(options.env ?? process.env),
      ELVL_TETHER: JSON.stringify({
        file,
        args,
        cwd: options.cwd,
        uid: options.uid,
        gid: options.gid,
        stopSignal: options.stopSignal,
        graceMs: options.graceMs ?? 15_000,
      }),
    },
    // stdin is the lifeline: we never write to it, and it closes when we exit.
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  tethered.set(child, options.stopSignal);
  child.once('exit', () => tethered.delete(child));
  return child;
}

/** Sends `signal` and waits for the child to exit, escalating to SIGKILL after `timeoutMs`. */
export async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals,
  timeoutMs = 20_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Whether a process exists (EPERM: it does, under another user, e.g. PostgreSQL's own account). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'owner.pid');

/** Records that this process runs the server on `dataDir`, so another process may share it while we live. */
export function claimDataDir(dataDir: string): void {
  writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

/**
 * Whether the server found running on `dataDir` belongs to a live process
 * (another `npm start`, or a CLI next to it) that will stop it; otherwise it
 * was left behind by a run that died before it could.
 */
export function hasLiveOwner(dataDir: string): boolean {
  if (!existsSync(ownerFile(dataDir))) return false;
  const pid = Number(readFileSync(ownerFile(dataDir), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
}

/** Processes whose working directory is `dir` and whose program is `name` (Linux /proc). */
export function processesIn(dir: string, name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (
        readlinkSync(`/proc/${entry}/cwd`) === dir &&
        path.basename(readlinkSync(`/proc/${entry}/exe`)) === name
      ) {
        pids.push(Number(entry));
      }
    } catch {
      // gone, or not ours to look at
    }
  }
  return pids;
}

/** Stops a process this run did not start: `signal`, then SIGKILL if it has not exited within `timeoutMs`. */
export async function stopStray(pid: number, signal: NodeJS.Signals, timeoutMs = 15_000): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // exited meanwhile
    }
  }
}

// If this process exits without stopping its servers (an uncaught error, process.exit), the pipes close and
// the watchdogs stop them; the signal here only makes it immediate.
process.once('exit', () => {
  for (const [child, signal] of tethered) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
});
