import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this project, given its path without
 * extension: the compiled `.js` when the application runs built, the `.ts`
 * source (compiled as it loads) when it runs from sources under Jest.
 */
export function startWorkerThread(
  modulePath: string,
  options: { resourceLimits?: ResourceLimits } = {},
): Worker {
  const compiled = `${modulePath}.js`;
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = `${modulePath}.ts`;
  const registerTs = path.join(__dirname, 'register-ts.cjs');
  return new Worker(`require(${JSON.stringify(registerTs)}); require(${JSON.stringify(source)});`, {
    ...options,
    eval: true,
  });
}
