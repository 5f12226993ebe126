import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.join(__dirname, '..', '..');

/**
 * Compiles dist/ (as `npm start` would) once for test files that run the real
 * entry points, even when two of them start at the same time in parallel
 * workers: a directory lock serialises them, and the second finds the build fresh.
 */
export async function buildDist(): Promise<void> {
  const lock = path.join(os.tmpdir(), `elvl-build-${Buffer.from(root).toString('base64url')}.lock`);
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    execFileSync(process.execPath, ['src/cli/build-if-stale.mjs'], { cwd: root, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
