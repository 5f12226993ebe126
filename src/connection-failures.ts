import { performance } from 'node:perf_hooks';

/**
 * When a pooled PostgreSQL connection last failed (a restart, a network cut),
 * as seen by the listener every pooled connection keeps (data-source.ts).
 * It tells a transaction that lost its connection from a bug: TypeORM
 * answers both with "query runner already released".
 */
let lastFailure = Number.NEGATIVE_INFINITY;

export function noteConnectionFailure(): void {
  lastFailure = performance.now();
}

/** Whether a pooled connection failed within the last `withinMs` (a minute by default). */
export function connectionFailedRecently(withinMs = 60_000): boolean {
  return performance.now() - lastFailure < withinMs;
}
