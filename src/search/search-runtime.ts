import type { Meilisearch } from 'meilisearch';

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
}

export function createSearchRuntime(
  client: Meilisearch,
  options: { prefix: string; publicHost: string },
): SearchRuntime {
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
    tenantKey: (indexUids) => {
      cached ??= findOrCreate(indexUids).catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}
