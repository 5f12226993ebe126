import { retryLater } from '../../common/retry';
import type { Job, PendingNotice } from '../../module';

const NOTICE_OUTBOX = { table: 'notification_outbox', dueColumn: 'due_at' };

/**
 * Sends due emails, a batch at a time (FOR UPDATE SKIP LOCKED, so workers
 * share the load). First the modules say which are stale — a reminder for a
 * time that moved, a place no longer held —; those are dropped instead. The
 * changes that make them stale drop them in their own transaction too; this
 * check catches any that slipped past.
 */
export const deliverNotices: Job = {
  name: 'deliverNotices',
  batchSize: 50,
  async run({ dataSource, mailer, config, log, staleNotices }, { batchSize }) {
    return dataSource.transaction(async (em) => {
      const rows: (PendingNotice & {
        recipient: string;
        subject: string;
        text: string;
        ics: string | null;
      })[] = await em.query(
        `SELECT id, kind, subject_type AS "subjectType", subject_id AS "subjectId", party_id AS "partyId",
                  for_starts_at AS "forStartsAt", recipient, subject, text, ics
             FROM notification_outbox
            WHERE sent_at IS NULL AND dropped_at IS NULL AND due_at <= now()
            ORDER BY due_at, id
            LIMIT $1
            FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      const stale = new Set(await staleNotices(em, rows));
      let settled = 0;
      for (const row of rows) {
        if (stale.has(row.id)) {
          await em.query('UPDATE notification_outbox SET dropped_at = now() WHERE id = $1', [row.id]);
          settled += 1;
          continue;
        }
        try {
          await mailer.send({ to: row.recipient, subject: row.subject, text: row.text, ics: row.ics });
          await em.query('UPDATE notification_outbox SET sent_at = now() WHERE id = $1', [row.id]);
          settled += 1;
        } catch (error) {
          await retryLater(em, NOTICE_OUTBOX, [row.id], error, config.worker.maxRetryDelaySeconds);
          log.warn({ notification: row.id, err: error }, 'email failed; will retry');
        }
      }
      return settled;
    });
  },
};
