import type { Meilisearch, Settings } from 'meilisearch';
import { completed } from './tasks';

/** Creates the index if needed and applies the settings, waiting until Meilisearch has applied them. */
export async function ensureIndex(client: Meilisearch, uid: string, settings: Settings): Promise<void> {
  try {
    await client.getIndex(uid);
  } catch {
    await completed(client, client.createIndex(uid, { primaryKey: 'id' }));
  }
  await completed(client, client.index(uid).updateSettings(settings));
}

/** Indexes whose settings this process has applied, per client: settings go out once, not with every batch. */
const applied = new WeakMap<Meilisearch, Set<string>>();

/**
 * ensureIndex once per process and index: at boot, or at the first sync if
 * Meilisearch was down then (a failure is tried again next time).
 */
export async function ensureIndexOnce(client: Meilisearch, uid: string, settings: Settings): Promise<void> {
  const done = applied.get(client) ?? new Set<string>();
  applied.set(client, done);
  if (done.has(uid)) return;
  await ensureIndex(client, uid, settings);
  done.add(uid);
}
