import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { SearchRuntime } from '../../search/search-runtime';
import { completed } from '../../search/tasks';
import { Guide } from './guide.entity';
import { GuideStatus } from './guide.enums';
import { buildGuideDocuments, ensureGuideIndex, guideIndexUid } from './guide-index';

const BATCH = 500;

/**
 * Builds a fresh index from PostgreSQL beside the live one and swaps them in
 * one atomic Meilisearch operation, so search answers throughout. Changes made
 * while the rebuild runs are queued again afterwards, so none is lost to the swap.
 */
export async function reindexGuides(
  dataSource: DataSource,
  search: SearchRuntime,
  log: Logger,
): Promise<{ documents: number; indexUid: string }> {
  const { client } = search;
  const indexUid = guideIndexUid(search);
  const rebuildUid = `${indexUid}_rebuild_${Date.now()}`;
  const [{ last }] = await dataSource.query('SELECT coalesce(max(id), 0) AS last FROM search_outbox');
  await ensureGuideIndex(client, indexUid);
  await ensureGuideIndex(client, rebuildUid);
  let documents = 0;
  try {
    const ids = (
      await dataSource
        .getRepository(Guide)
        .find({ select: { id: true }, where: { status: GuideStatus.PUBLISHED }, order: { id: 'ASC' } })
    ).map((g) => g.id);
    for (let i = 0; i < ids.length; i += BATCH) {
      const { upsert } = await buildGuideDocuments(dataSource.manager, ids.slice(i, i + BATCH));
      await completed(client, client.index(rebuildUid).addDocuments(upsert), { timeoutMs: 300_000 });
      documents += upsert.length;
      log.info({ documents }, 'reindex progress');
    }
    await completed(client, client.swapIndexes([{ indexes: [indexUid, rebuildUid], rename: false }]));
  } finally {
    // After a swap this holds the old documents; after a failure, the half-built ones.
    await completed(client, client.deleteIndex(rebuildUid)).catch(() => undefined);
  }
  await dataSource.query(
    `INSERT INTO search_outbox (guide_id) SELECT DISTINCT guide_id FROM search_outbox WHERE id > $1`,
    [last],
  );
  return { documents, indexUid };
}
