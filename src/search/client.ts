import { Meilisearch } from 'meilisearch';
import { meilisearchHttpClient } from './http-client';

/** Meilisearch client for the configured (or embedded) server. */
export function createSearchClient(host: string, apiKey: string | null): Meilisearch {
  return new Meilisearch({
    host,
    apiKey: apiKey ?? undefined,
    timeout: 10_000,
    httpClient: meilisearchHttpClient,
  });
}

/** True while Meilisearch answers its health check. */
export async function isSearchHealthy(client: Meilisearch): Promise<boolean> {
  try {
    const { status } = await client.health();
    return status === 'available';
  } catch {
    return false;
  }
}
