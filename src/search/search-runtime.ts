import type { Meilisearch } from 'meilisearch';

/** The search engine as requests and the worker use it. Which indexes exist is up to the modules. */
export interface SearchRuntime {
  client: Meilisearch;
  /** Prepended to every index name, so several deployments (or test files) can share one server. */
  prefix: string;
  /** Meilisearch URL handed to front-ends with a tenant token. */
  publicHost: string;
  /** A search-only API key for signing tenant tokens (created on first use, never the master key). */
  tenantKey(): Promise<{ uid: string; key: string }>;
}

export function createSearchRuntime(
  client: Meilisearch,
  options: { prefix: string; publicHost: string },
): SearchRuntime {
  const keyName = `${options.prefix}elvl-tenant-search`;
  let cached: Promise<{ uid: string; key: string }> | undefined;
  const findOrCreate = async () => {
    const { results } = await client.getKeys({ limit: 1000 });
    const existing = results.find((k) => k.name === keyName);
    const key =
      existing ??
      (await client.createKey({
        name: keyName,
        description: "Signs tenant tokens for front-ends; search only, this deployment's indexes only.",
        actions: ['search'],
        indexes: [`${options.prefix}*`],
        expiresAt: null,
      }));
    return { uid: key.uid, key: key.key };
  };
  return {
    client,
    prefix: options.prefix,
    publicHost: options.publicHost,
    tenantKey: () => {
      cached ??= findOrCreate().catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
  };
}
