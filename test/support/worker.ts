import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createWorker } from '../../src/assembly';
import { loadConfig } from '../../src/config';
import { createMailer, type Mailer } from '../../src/mail/mailer';
import type { SearchRuntime } from '../../src/search/search-runtime';
import { silentLog, testAuthRuntime } from './graphql';

/**
 * The app's worker (every module's jobs) over a test database, with short
 * pauses and retries; emails go to `mailer` (by default only to the log).
 */
export function testWorker(
  dataSource: DataSource,
  search: SearchRuntime,
  options: { mailer?: Mailer; env?: Record<string, string> } = {},
) {
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    WORKER_INTERVAL_MS: '50',
    SEARCH_RETRY_MAX_SECONDS: '1',
    // The attachment sweep deletes files no row of this database refers to: give it a folder of its own.
    ATTACHMENTS_DIR: `${process.env.TEST_TMP_ROOT}/worker-attachments-${randomBytes(4).toString('hex')}`,
    ...options.env,
  };
  const config = loadConfig(env);
  return createWorker({
    dataSource,
    search,
    config,
    auth: testAuthRuntime(),
    log: silentLog,
    mailer: options.mailer ?? createMailer({ smtpUrl: null, from: config.mail.from, log: silentLog }),
  });
}
