import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';

/**
 * "This guide changed; bring the search index in line." Written in the same
 * transaction as the change, so no change can be committed without it, and
 * consumed by the worker, which reads the guide's current state at that time.
 */
@Entity('search_outbox')
@Index('IDX_search_outbox_pending', ['nextAttemptAt'], { where: '"processed_at" IS NULL' })
export class SearchOutboxEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** No foreign key: the entry must outlive a deleted guide, to remove its document. */
  @Index()
  @Column({ type: 'uuid' })
  guideId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /**
   * When the worker saw Meilisearch apply the change (clock_timestamp(), not the transaction's start):
   * search trusts the index for a guide only once this is a while past (search-freshness.ts).
   */
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}

/**
 * A rebuild of the search index under way (`npm run reindex`): while one is
 * recorded, search checks every hit against the database, because the swap
 * puts in documents that may predate changes the worker had applied to the old
 * index. A rebuild that was killed leaves its row: search stays correct, only
 * slower, until the next rebuild finishes and removes it.
 */
@Entity('search_reindex_runs')
export class SearchReindexRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;
}

/** Records that a guide's search document must be refreshed; call inside the change's transaction. */
export async function enqueueGuideSync(em: EntityManager, guideId: string): Promise<void> {
  await em.insert(SearchOutboxEntry, { guideId });
  // Delivered on commit: wakes listening workers at once instead of at their next poll.
  await em.query(`SELECT pg_notify('${SEARCH_OUTBOX_CHANNEL}', '')`);
}

/**
 * An advisory lock each sync batch holds shared until it commits, so a reindex
 * can wait (taking it exclusively) until every change applied to the old index
 * is stamped where its requeue can see it.
 */
export const SEARCH_SYNC_LOCK = 7_346_002;

/** The PostgreSQL NOTIFY channel for new outbox entries. */
export const SEARCH_OUTBOX_CHANNEL = 'search_outbox';
