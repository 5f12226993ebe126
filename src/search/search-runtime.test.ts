import { MeilisearchApiError } from 'meilisearch';
import { ErrorCode } from '../errors';
import { createSearchClient } from './client';
import { createSearchRuntime } from './search-runtime';

/** The request path's breaker against the suite's real Meilisearch (started by the global setup). */
const runtimeAt = (host: string, requestTimeoutMs?: number) =>
  createSearchRuntime(createSearchClient(host, process.env.TEST_MEILI_KEY!), {
    prefix: 'runtime_test_',
    publicHost: host,
    requestTimeoutMs,
  });

const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe('search runtime', () => {
  it("answers Meilisearch's own 4xx with SEARCH_UNAVAILABLE, its answer as the cause, and keeps the breaker closed", async () => {
    const search = runtimeAt(process.env.TEST_MEILI_HOST!);
    // The client wraps what its transport throws; Meilisearch's answer must still be found inside.
    const missing = await search
      .request((signal, client) => client.index('runtime_test_missing').search('x', {}, { signal }))
      .catch((error: unknown) => error);
    expect(codeOf(missing)).toBe(ErrorCode.SEARCH_UNAVAILABLE);
    const answer = (missing as Error).cause;
    expect(answer).toBeInstanceOf(MeilisearchApiError);
    expect((answer as MeilisearchApiError).response?.status).toBe(404);
    expect((answer as MeilisearchApiError).cause).toMatchObject({ code: 'index_not_found' });
    // Not counted as an outage: the next call goes through.
    await expect(search.request((_signal, client) => client.health())).resolves.toEqual({
      status: 'available',
    });
  });

  it('fails a refused connection with SEARCH_UNAVAILABLE and then fails fast without calling out', async () => {
    // Nothing listens on port 9 (discard) on loopback here.
    const search = runtimeAt('http://127.0.0.1:9');
    const refused = await search.request((_signal, client) => client.health()).catch((e: unknown) => e);
    expect(codeOf(refused)).toBe(ErrorCode.SEARCH_UNAVAILABLE);
    expect(String((refused as Error).message)).not.toContain('127.0.0.1');
    const work = jest.fn(async () => 'called');
    await expect(search.request(work)).rejects.toMatchObject({
      extensions: { code: ErrorCode.SEARCH_UNAVAILABLE },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it('ends a call that ignores its signal at the deadline, as an outage', async () => {
    const search = runtimeAt(process.env.TEST_MEILI_HOST!, 50);
    const started = Date.now();
    const hung = await search.request(() => new Promise<never>(() => undefined)).catch((e: unknown) => e);
    expect(codeOf(hung)).toBe(ErrorCode.SEARCH_UNAVAILABLE);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("hands the call a client whose only deadline is the request's signal", async () => {
    const search = runtimeAt(process.env.TEST_MEILI_HOST!);
    // The background client keeps its own 10 s timeout (the worker, rebuilds); the request path's is the signal.
    expect(search.client.config.timeout).toBe(10_000);
    const used = await search.request(async (signal, client) => ({
      timeout: client.config.timeout,
      host: client.config.host,
      signal,
    }));
    expect(used.timeout).toBeUndefined();
    expect(used.host).toBe(search.client.config.host);
    expect(used.signal.aborted).toBe(false);
  });
});
