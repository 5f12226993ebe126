import { execFileSync } from 'node:child_process';
import { root } from './build';
import { freePort } from './ports';
import { waitFor } from './processes';

/**
 * The environment for running the compiled API (dist/src/main.js) on the
 * embedded default with its data in `dataDir`, on free loopback ports.
 */
export async function embeddedApiEnv(
  dataDir: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<NodeJS.ProcessEnv> {
  const [port, pgPort, meiliPort] = await Promise.all([freePort(), freePort(), freePort()]);
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    EMBEDDED_MEILI_PORT: String(meiliPort),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** Waits until the API at `base` is ready (200 on /readyz). */
export const untilReady = (base: string, timeoutMs = 90_000) =>
  waitFor(async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : null), timeoutMs);

/** An access token from `npm run token -- <email>` (the compiled CLI) for the API of `env`. */
export function cliToken(env: NodeJS.ProcessEnv, email: string): string {
  return execFileSync(process.execPath, ['dist/src/cli/token.js', email], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;
}

/** POSTs a GraphQL operation to the API at `base`, as the public or with a bearer token. */
export async function postGraphql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<any> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
