import { retryLater } from '../../common/retry';
import type { Job } from '../../module';

const NOTICE_OUTBOX = { table: 'notification_outbox', dueColumn: 'due_at' };

/**
 * Sends due emails. A reminder is dropped instead when the event has moved
 * since it was planned, was cancelled, or the person no longer has a seat:
 * the changes that make it stale drop it in their own transaction, and this
 * check catches any that slipped past them.
 */
export const deliverNotices: Job = {
  name: 'deliverNotices',
  batchSize: 50,
  async run({ dataSource, mailer, config, log }, { batchSize }) {
    return dataSource.transaction(async (em) => {
      const rows: {
        id: string;
        recipient: string;
        subject: string;
        text: string;
        ics: string | null;
        stale: boolean;
      }[] = await em.query(
        `SELECT n.id, n.recipient, n.subject, n.text, n.ics,
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
          await retryLater(em, NOTICE_OUTBOX, [row.id], error, config.worker.maxRetryDelaySeconds);
          log.warn({ notification: row.id, err: error }, 'email failed; will retry');
        }
      }
      return settled;
    });
  },
};
