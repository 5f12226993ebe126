import { Meilisearch, MeilisearchApiError } from 'meilisearch';
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
   * indexes (created on first use under one name per deployment and set of
   * indexes, never the master key).
   */
  tenantKey(indexUids: string[]): Promise<{ uid: string; key: string }>;
  /**
   * Runs one request-path call to Meilisearch behind a circuit breaker: it
   * gets `requestTimeoutMs` (0.8 s by default, so the answer comes within 1 s) through the signal; a timeout or
   * a refused connection fails with SEARCH_UNAVAILABLE (no internal host in
   * the message) and opens the breaker, so the calls after it fail at once
   * until a cool-down (1 s, doubling to 10 s) lets one try again.
   * Meilisearch's own refusals (a 4xx: an index not there yet, a key it no
   * longer accepts) also fail with SEARCH_UNAVAILABLE, carrying Meilisearch's
   * answer as `cause` for the error log, but do not open the breaker: the
   * server is up.
   *
   * `work` gets a client of its own for the call: one without the client's
   * per-request timer, whose deadline is the signal's (the timer and its
   * abort listeners cost more CPU than anything else the client does per search);
   * a call that ignores the signal still fails at the deadline.
   */
  request<T>(work: (signal: AbortSignal, client: Meilisearch) => Promise<T>): Promise<T>;
}

export function createSearchRuntime(
  client: Meilisearch,
  options: { prefix: string; publicHost: string; requestTimeoutMs?: number },
): SearchRuntime {
  const breaker = { failures: 0, openUntil: 0 };
  const requestClient = new Meilisearch({ ...client.config, timeout: undefined });
  const request = async <T>(work: (signal: AbortSignal, client: Meilisearch) => Promise<T>): Promise<T> => {
    if (Date.now() < breaker.openUntil) throw searchUnavailable();
    try {
      const signal = AbortSignal.timeout(options.requestTimeoutMs ?? 800);
      const result = await withinDeadline(work(signal, requestClient), signal);
      breaker.failures = 0;
      return result;
    } catch (error) {
      const answer = meilisearchAnswer(error);
      const status = answer?.response?.status ?? 0;
      if (answer && status >= 400 && status < 500) throw searchUnavailable(answer);
      breaker.failures += 1;
      breaker.openUntil = Date.now() + Math.min(1000 * 2 ** (breaker.failures - 1), 10_000);
      throw searchUnavailable();
    }
  };
  const keyName = `${options.prefix}elvl-tenant-search`;
  const cached = new Map<string, Promise<{ uid: string; key: string }>>();
  const findOrCreate = async (indexUids: string[]) => {
    const { results } = await client.getKeys({ limit: 1000 });
    // A key's indexes cannot change: a deployment that searches more indexes gets a new key beside the old one,
    // whose tokens keep working until they expire.
    const wanted = [...indexUids].sort().join(' ');
    const existing = results.find((k) => k.name === keyName && [...k.indexes].sort().join(' ') === wanted);
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
      const name = [...indexUids].sort().join(' ');
      let key = cached.get(name);
      if (!key) {
        key = findOrCreate(indexUids).catch((error) => {
          cached.delete(name);
          throw error;
        });
        cached.set(name, key);
      }
      return key;
    },
  };
}

/**
 * Meilisearch's own error answer in what a client call threw: the client wraps
 * whatever its HTTP transport throws, our MeilisearchApiError included, in a
 * MeilisearchRequestError (its `cause`).
 */
function meilisearchAnswer(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof MeilisearchApiError ? cause : undefined;
}

/** The work's outcome, or the signal's reason once it aborts: a call that ignores the signal still ends on time. */
function withinDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
