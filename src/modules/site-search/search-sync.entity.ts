import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This event, programme or mentor changed; bring its index in line." Written
 * by database triggers (see the migration) in the transaction of the change,
 * whichever code made it, and consumed by the worker, which reads the
 * subject's current state at that time. Guides have their own outbox.
 */
@Entity('search_sync_outbox')
@Index('IDX_search_sync_outbox_pending', ['nextAttemptAt'], { where: '"processed_at" IS NULL' })
export class SearchSyncEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The search source's hit type: EVENT, TRAINING, MENTOR. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  /** No foreign key: the entry must outlive a deleted subject, to remove its document. */
  @Column({ type: 'uuid' })
  subjectId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}

/** The PostgreSQL NOTIFY channel the triggers signal on. */
export const SEARCH_SYNC_CHANNEL = 'search_sync_outbox';

/** Held shared by each sync batch until it commits; a rebuild takes it exclusively (see search-sync.ts). */
export const SOURCE_SYNC_LOCK = 7_346_012;
