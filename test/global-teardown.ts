import fs from 'node:fs/promises';
import type { EmbeddedPostgres } from '../src/db/embedded-postgres';
import type { EmbeddedMeilisearch } from '../src/search/embedded-meilisearch';

/** Stops the servers global-setup started and removes their data. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__ELVL_TEST__ as
    { postgres: EmbeddedPostgres; meili: EmbeddedMeilisearch; root: string } | undefined;
  if (!state) return;
  await Promise.allSettled([state.postgres.stop(), state.meili.stop()]);
  await fs.rm(state.root, { recursive: true, force: true });
}
