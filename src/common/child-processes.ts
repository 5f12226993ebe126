import type { ChildProcess } from 'node:child_process';

/**
 * Child servers (PostgreSQL, Meilisearch) this process started. If the process
 * dies without a graceful shutdown (an uncaught error, process.exit), the
 * 'exit' hook still signals them, so no server outlives its parent.
 */
const children = new Set<ChildProcess>();
let hooked = false;

export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const c of children) {
        if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      }
    });
  }
}

/** Sends `signal` and waits for the child to exit, escalating to SIGKILL after `timeoutMs`. */
export async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals,
  timeoutMs = 15_000,
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
