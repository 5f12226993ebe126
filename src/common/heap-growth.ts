import v8 from 'node:v8';

/**
 * Sets how far V8 lets the old generation grow past what survived its last
 * full collection before it collects again (`HEAP_GROWTH_PERCENT`).
 *
 * Why: left to itself V8 grows it up to fourfold while collecting is cheap.
 * Each request's objects that are still in flight when the young generation is
 * swept are promoted and die there, so under steady traffic the API's heap
 * climbed from ~40 MB live to ~170 MB before each full collection, and its RSS
 * to 280 MB on `{ __typename }` alone (`npm run bench:api`). At 50 % the peak
 * is ~170 MB for about one more full collection a second, most of it done
 * concurrently. 0 keeps V8's adaptive factor. The flag is read at every full
 * collection, so setting it at boot takes effect at once.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
