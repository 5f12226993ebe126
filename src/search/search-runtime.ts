import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { searchUnavailable } from '../errors';

/** The search engine as requests and the worker use it. Which indexes exist is up to the modules. */
export interface SearchRuntime {
  client: Meilisearch;
  /** Prepended to every index name, so several deployments (or test files) can share one server. */
  prefix: string;
  /** Meilisearch URL handed to front-ends with a tenant token. */
  publicHost: string;
  /**
   * A search-only API key for signing tenant tokens, limited to the given
   * indexes (created on first use under one name per deployment, never the
   * master key; an existing key keeps the indexes it was created with).
   */
  tenantKey(indexUids: string[]): Promise<{ uid: string; key: string }>;
  /**
   * Runs one request-path call to Meilisearch behind a circuit breaker: it
   * gets `requestTimeoutMs` (0.8 s by default, so the answer comes within 1 s) through the signal; a timeout or
   * a refused connection fails with SEARCH_UNAVAILABLE (no internal host in
   * the message) and opens the breaker, so the calls after it fail at once
   * until a cool-down (1 s, doubling to 10 s) lets one try again.
   * Meilisearch's own answers (a 4xx) pass through unchanged.
   */
  request<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

export function createSearchRuntime(
  client: Meilisearch,
  options: { prefix: string; publicHost: string; requestTimeoutMs?: number },
): SearchRuntime {
  const breaker = { failures: 0, openUntil: 0 };
  const request = async <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    if (Date.now() < breaker.openUntil) throw searchUnavailable();
    try {
      const result = await work(AbortSignal.timeout(options.requestTimeoutMs ?? 800));
      breaker.failures = 0;
      return result;
    } catch (error) {
      const status = error instanceof MeilisearchApiError ? (error.response?.status ?? 0) : 0;
      if (status >= 400 && status < 500) throw error;
      breaker.failures += 1;
      breaker.openUntil = Date.now() + Math.min(1000 * 2 ** (breaker.failures - 1), 10_000);
      throw searchUnavailable();
    }
  };
  const keyName = `${options.prefix}elvl-tenant-search`;
  let cached: Promise<{ uid: string; key: string }> | undefined;
  const findOrCreate = async (indexUids: string[]) => {
    const { results } = await client.getKeys({ limit: 1000 });
    const existing = results.find((k) => k.name === keyName);
    const key =
      existing ??
      (await client.createKey({
        name: keyName,
        description: 'Signs tenant tokens for front-ends; search only, on the indexes named here only.',
        actions: ['search'],
        indexes: indexUids,
        expiresAt: null,
      }));
    return { uid: key.uid, key: key.key };
  };
  return {
    client,
    prefix: options.prefix,
    publicHost: options.publicHost,
    request,
    tenantKey: (indexUids) => {
      cached ??= findOrCreate(indexUids).catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}
