import DataLoader from 'dataloader';

/**
 * A DataLoader for one object per key. `fetch` runs one query for all keys;
 * results come back in key order, null where nothing matched.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const value of await fetch(keys)) byKey.set(keyOf(value), value);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A DataLoader for a list of objects per key (a one-to-many relation), in the order `fetch` returns them. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const value of await fetch(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
