import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { rowsWhereIn } from './sql-rows';

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

/** One entity per `id`, all keys of a batch in one prepared statement (hydrated as TypeORM would). */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<T>,
): DataLoader<string, T | null> {
  return keyedLoader<string, T>(
    (ids) => rowsWhereIn(dataSource, target, 'id', ids),
    (row) => row.id,
  );
}
