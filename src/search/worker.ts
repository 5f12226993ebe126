import type { Logger } from 'pino';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { buildGuideDocuments, ensureGuideIndex } from './guide-index';
import { OUTBOX_CHANNEL, SearchOutboxEntry } from './outbox.entity';
import type { SearchRuntime } from './search-runtime';
import { completed } from './tasks';
import type { Mailer } from '../notifications/mailer';
import { sweepBlobs } from '../modules/knowledge-base/blob-store';

export interface WorkerOptions {
  dataSource: DataSource;
  search: SearchRuntime;
  log: Logger;
  /** Pause between rounds when there was nothing to do. */
  intervalMs: number;
  /** Outbox entries taken per round. */
  batchSize?: number;
  /** Longest wait between retries of a failing entry. */
  maxRetryDelaySeconds?: number;
  /** Delivers queued emails; without it the notification outbox is left alone. */
  mailer?: Mailer;
  /** Where attachment files live; unreferenced ones are swept about once an hour. */
  attachmentsDir?: string;
}

/**
 * Background work coordinated through PostgreSQL, so any number of workers
 * (in API processes or `npm run worker`) can run side by side:
 * - publishes guides whose scheduled time has come;
 * - brings the search index in line with the outbox, a batch at a time,
 *   waiting for each Meilisearch task and retrying failures with backoff.
 *
 * Each round claims outbox rows with FOR UPDATE SKIP LOCKED and each guide with
 * a transaction-scoped advisory lock, and always sends the guide's state as it
 * is in the database at that moment. Any later change leaves its own outbox row
 * behind that lock, so an older state can never land after a newer one.
 */
export class Worker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private settingsApplied = false;
  private listener: Client | undefined;
  private wakeUp: (() => void) | undefined;
  /** A notification that came while a round was running: the next wait is skipped. */
  private notified = false;
  private lastSweep = 0;

  constructor(private readonly options: WorkerOptions) {}

  /**
   * Runs rounds until stopped: right away when a change is committed (LISTEN on
   * the outbox channel), otherwise every `intervalMs` (for scheduled publishing
   * and retries, and as a fallback if the notification connection drops).
   */
  start(): void {
    this.stopped = false;
    void this.listen();
    const loop = async () => {
      if (this.stopped) return;
      let busy = false;
      this.running = this.runOnce()
        .then((done) => {
          busy = done.published + done.synced + done.mailed > 0;
        })
        .catch((error) => this.options.log.error({ err: error }, 'worker round failed'));
      await this.running;
      if (this.stopped) return;
      if (busy || this.notified) {
        this.notified = false;
        this.timer = setTimeout(loop, 0);
        return;
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.options.intervalMs);
      });
      this.wakeUp = undefined;
      clearTimeout(this.timer);
      void loop();
    };
    this.timer = setTimeout(loop, 0);
  }

  private async listen(): Promise<void> {
    const url = (this.options.dataSource.options as { url?: string }).url;
    if (!url) return;
    const client = new Client({ connectionString: url, application_name: 'elvl-worker-listen' });
    client.on('notification', () => {
      if (this.wakeUp) this.wakeUp();
      else this.notified = true;
    });
    // A lost connection only costs latency: the polling loop goes on.
    client.on('error', (error) =>
      this.options.log.warn({ err: error }, 'outbox notifications lost; polling only'),
    );
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      this.options.log.warn({ err: error }, 'could not listen for outbox notifications; polling only');
      await client.end().catch(() => undefined);
    }
  }

  /** Stops after the round in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wakeUp?.();
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** One round: scheduled publishing, one search outbox batch, due emails. */
  async runOnce(): Promise<{ published: number; synced: number; mailed: number }> {
    const published = await this.publishDueGuides();
    const synced = await this.syncBatch();
    const mailed = this.options.mailer ? await this.deliverNotifications(this.options.mailer) : 0;
    if (this.options.attachmentsDir && Date.now() - this.lastSweep > 3600_000) {
      this.lastSweep = Date.now();
      const removed = await sweepBlobs(this.options.dataSource.manager, this.options.attachmentsDir);
      if (removed) this.options.log.info({ removed }, 'removed unreferenced attachment files');
    }
    return { published, synced, mailed };
  }

  /**
   * Sends due emails. A reminder is dropped instead when the event has moved
   * since it was planned, was cancelled, or the person no longer has a seat.
   */
  async deliverNotifications(mailer: Mailer, batchSize = 50): Promise<number> {
    const maxDelay = this.options.maxRetryDelaySeconds ?? 60;
    return this.options.dataSource.transaction(async (em) => {
      const rows: {
        id: string;
        kind: string;
        recipient: string;
        subject: string;
        text: string;
        ics: string | null;
        stale: boolean;
      }[] = await em.query(
        `SELECT n.id, n.kind, n.recipient, n.subject, n.text, n.ics,
                (n.kind = 'REMINDER' AND (e.starts_at IS DISTINCT FROM n.for_starts_at OR e.status <> 'PUBLISHED'
                   OR r.status IS DISTINCT FROM 'CONFIRMED')) AS stale
           FROM notification_outbox n
           LEFT JOIN events e ON e.id = n.event_id
           LEFT JOIN registrations r ON r.id = n.registration_id
          WHERE n.sent_at IS NULL AND n.dropped_at IS NULL AND n.due_at <= now()
          ORDER BY n.due_at, n.id
          LIMIT $1
          FOR UPDATE OF n SKIP LOCKED`,
        [batchSize],
      );
      let settled = 0;
      for (const row of rows) {
        if (row.stale) {
          await em.query('UPDATE notification_outbox SET dropped_at = now() WHERE id = $1', [row.id]);
          settled += 1;
          continue;
        }
        try {
          await mailer.send({ to: row.recipient, subject: row.subject, text: row.text, ics: row.ics });
          await em.query('UPDATE notification_outbox SET sent_at = now() WHERE id = $1', [row.id]);
          settled += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await em.query(
            `UPDATE notification_outbox SET attempts = attempts + 1, last_error = $2,
                    due_at = now() + make_interval(secs => least($3::int, power(2, attempts)::int))
              WHERE id = $1`,
            [row.id, message.slice(0, 1000), maxDelay],
          );
          this.options.log.warn({ notification: row.id, error: message }, 'email failed; will retry');
        }
      }
      return settled;
    });
  }

  /** Publishes every guide whose scheduled time has passed, with its outbox and audit rows. */
  async publishDueGuides(): Promise<number> {
    return this.options.dataSource.transaction(async (em) => {
      // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      const rows: { id: string }[] = await em.query(
        `WITH published AS (
         UPDATE guides g
            SET status = 'PUBLISHED', published_at = now(), scheduled_publish_at = NULL,
                version = g.version + 1, updated_at = now()
          WHERE g.id IN (SELECT id FROM guides
                          WHERE scheduled_publish_at <= now() AND status IN ('DRAFT', 'IN_REVIEW')
                          FOR UPDATE SKIP LOCKED)
          RETURNING g.id)
         SELECT id FROM published`,
      );
      if (rows.length === 0) return 0;
      await em.insert(
        SearchOutboxEntry,
        rows.map((r) => ({ guideId: r.id })),
      );
      await em.getRepository(AuditEntry).insert(
        rows.map((r) => ({
          action: 'scheduledPublish',
          actorId: null,
          targetType: 'Guide',
          targetId: r.id,
          before: { status: 'scheduled' },
          after: { status: 'PUBLISHED' },
          requestId: null,
        })) as never,
      );
      this.options.log.info({ guides: rows.length }, 'published scheduled guides');
      return rows.length;
    });
  }

  /** Sends one batch of pending changes to Meilisearch; returns how many outbox rows were settled. */
  async syncBatch(): Promise<number> {
    const { dataSource, search, log } = this.options;
    const batchSize = this.options.batchSize ?? 200;
    return dataSource.transaction(async (em) => {
      const rows: { id: string; guide_id: string; attempts: number }[] = await em.query(
        `SELECT id, guide_id, attempts FROM search_outbox
          WHERE processed_at IS NULL AND next_attempt_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const guideIds = await this.lockGuides(em, [...new Set(rows.map((r) => r.guide_id))]);
      const claimed = rows.filter((r) => guideIds.includes(r.guide_id));
      if (claimed.length === 0) return 0;
      const ids = claimed.map((r) => r.id);
      try {
        if (!this.settingsApplied) {
          await ensureGuideIndex(search.client, search.indexUid);
          this.settingsApplied = true;
        }
        const { upsert, remove } = await buildGuideDocuments(em, guideIds);
        const index = search.client.index(search.indexUid);
        if (upsert.length) await completed(search.client, index.addDocuments(upsert));
        if (remove.length) await completed(search.client, index.deleteDocuments(remove));
        await em.query('UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1)', [ids]);
        return claimed.length;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const maxDelay = this.options.maxRetryDelaySeconds ?? 60;
        await em.query(
          `UPDATE search_outbox
              SET attempts = attempts + 1, last_error = $2,
                  next_attempt_at = now() + make_interval(secs => least($3::int, power(2, attempts)::int))
            WHERE id = ANY($1)`,
          [ids, message.slice(0, 1000), maxDelay],
        );
        log.warn({ entries: ids.length, error: message }, 'search sync failed; will retry');
        return 0;
      }
    });
  }

  /** Takes a transaction-scoped advisory lock per guide; guides another worker holds are left for later. */
  private async lockGuides(em: EntityManager, guideIds: string[]): Promise<string[]> {
    const rows: { guide_id: string }[] = await em.query(
      `SELECT g AS guide_id FROM unnest($1::uuid[]) AS g WHERE pg_try_advisory_xact_lock(hashtextextended(g::text, 7))`,
      [guideIds],
    );
    return rows.map((r) => r.guide_id);
  }
}
