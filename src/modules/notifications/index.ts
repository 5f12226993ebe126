import type { AppModule } from '../../module';
import { migrations } from './migrations';
import { deliverNotices } from './notice.jobs';
import { NotificationOutboxEntry } from './notification.entity';

/**
 * Emails: an outbox written in the same transaction as the change it is
 * about, delivered by the worker over SMTP with retries. Modules queue
 * notices through `queueNotices` and say which pending ones are stale
 * through their manifest's `staleNotices`.
 */
export const notificationsModule: AppModule = {
  name: 'notifications',
  entities: [NotificationOutboxEntry],
  migrations,
  jobs: [deliverNotices],
};

export type { NotificationKind } from './notification.entity';
export {
  dropPendingNotices,
  letters,
  queueLetters,
  queueNotices,
  type Addressee,
  type QueuedNotice,
} from './notices';
