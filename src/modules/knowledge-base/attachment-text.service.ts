import fs from 'node:fs/promises';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { blobPath } from './blob-store';
import {
  AttachmentTextFailure,
  AttachmentTextStatus,
  ATTACHMENT_TEXT_CHANNEL,
} from './attachment-text.entity';
import { enqueueGuideSync } from './search-outbox.entity';
import { type ExtractionOutcome, TextExtractor } from './text-extractor';
import { bearsText } from './text-types';

/**
 * Text extraction for search: queued with the upload (in its transaction),
 * done by the worker in a thread of its own, stored in PostgreSQL, and handed
 * to the search index through the guide's outbox entry.
 */

/** A library's message as stored and shown to editors: no NUL (PostgreSQL text refuses it), at most 500 characters. */
const cleanDetail = (detail: string) => detail.replaceAll('\u0000', ' ').slice(0, 500);

/** Attempts that never finished (the process died) before the file is given up on. */
const MAX_ATTEMPTS = 3;

/**
 * Queues the attachment's text to be (re)extracted; call in the transaction
 * that stores or replaces the file. A type without text gets NOT_SUPPORTED at
 * once, and its file name goes to the index.
 */
export async function queueTextExtraction(
  em: EntityManager,
  attachment: { id: string; guideId: string; contentType: string },
): Promise<void> {
  const status = bearsText(attachment.contentType)
    ? AttachmentTextStatus.PENDING
    : AttachmentTextStatus.NOT_SUPPORTED;
  await em.query(
    `INSERT INTO guide_attachment_texts (attachment_id, status, finished_at)
     VALUES ($1, $2::varchar, CASE WHEN $2::varchar = 'PENDING' THEN NULL ELSE now() END)
     ON CONFLICT (attachment_id) DO UPDATE SET
       status = EXCLUDED.status, failure = NULL, failure_detail = NULL, text = NULL, characters = 0,
       truncated = false, attempts = 0, next_attempt_at = now(), lease_id = NULL,
       finished_at = EXCLUDED.finished_at, updated_at = now()`,
    [attachment.id, status],
  );
  if (status === AttachmentTextStatus.PENDING)
    await em.query(`SELECT pg_notify('${ATTACHMENT_TEXT_CHANNEL}', '')`);
  else await enqueueGuideSync(em, attachment.guideId);
}

interface Claim {
  attachmentId: string;
  guideId: string;
  sha256: string;
  contentType: string;
  attempts: number;
  leaseId: string;
}

/**
 * Takes the next due attachment and leases it for longer than an attempt can
 * take; committed at once, so no transaction stays open while a file is read
 * and removing the attachment meanwhile never waits. A lease that runs out
 * (the process died) makes the attachment due again.
 */
async function claimNext(dataSource: DataSource, leaseSeconds: number): Promise<Claim | undefined> {
  const [rows] = await dataSource.query(
    // The attachment row is locked too, so a file replaced meanwhile is read as it is now, not as it was.
    `WITH next AS (
       SELECT t.attachment_id, a.guide_id, a.sha256, a.content_type
         FROM guide_attachment_texts t JOIN guide_attachments a ON a.id = t.attachment_id
        WHERE t.status = 'PENDING' AND t.next_attempt_at <= now()
        ORDER BY t.next_attempt_at LIMIT 1
        FOR UPDATE OF t SKIP LOCKED FOR SHARE OF a)
     UPDATE guide_attachment_texts t
        SET attempts = t.attempts + 1, lease_id = gen_random_uuid(),
            next_attempt_at = now() + make_interval(secs => $1), updated_at = now()
       FROM next
      WHERE t.attachment_id = next.attachment_id
     RETURNING t.attachment_id AS "attachmentId", next.guide_id AS "guideId", next.sha256,
               next.content_type AS "contentType", t.attempts, t.lease_id AS "leaseId"`,
    [leaseSeconds],
  );
  return (rows as Claim[])[0];
}

type Settled =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; failure: AttachmentTextFailure; detail: string }
  /** Try again after a pause (the file could not be read this time). */
  | { retryInSeconds: number; detail: string };

async function attempt(
  claim: Claim,
  config: Config,
  extractor: TextExtractor,
  signal: AbortSignal,
): Promise<Settled> {
  if (claim.attempts > MAX_ATTEMPTS)
    return {
      ok: false,
      failure: AttachmentTextFailure.TOO_COMPLEX,
      detail: `${MAX_ATTEMPTS} attempts did not finish.`,
    };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(blobPath(config.attachments.dir, claim.sha256));
  } catch (error) {
    // The error's code, not its message: that names the server's paths.
    const detail = `The stored file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`;
    if (claim.attempts >= MAX_ATTEMPTS)
      return { ok: false, failure: AttachmentTextFailure.FILE_MISSING, detail };
    return { retryInSeconds: 30 * 2 ** claim.attempts, detail };
  }
  const outcome: ExtractionOutcome = await extractor.extract(bytes, claim.contentType, signal);
  return outcome.ok
    ? outcome
    : { ok: false, failure: AttachmentTextFailure[outcome.reason], detail: outcome.detail };
}

/** Stores the outcome if the lease is still this attempt's, and queues the guide's search document. */
async function settle(dataSource: DataSource, claim: Claim, settled: Settled): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    if ('retryInSeconds' in settled) {
      await em.query(
        `UPDATE guide_attachment_texts SET lease_id = NULL, failure_detail = $3,
                next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
          WHERE attachment_id = $1 AND lease_id = $4`,
        [claim.attachmentId, settled.retryInSeconds, cleanDetail(settled.detail), claim.leaseId],
      );
      return false;
    }
    const [, updated] = await em.query(
      `UPDATE guide_attachment_texts
          SET status = $2, failure = $3, failure_detail = $4, text = $5, characters = $6, truncated = $7,
              lease_id = NULL, finished_at = now(), next_attempt_at = now(), updated_at = now()
        WHERE attachment_id = $1 AND lease_id = $8
          AND EXISTS (SELECT 1 FROM guide_attachments WHERE id = $1 AND sha256 = $9)`,
      settled.ok
        ? [
            claim.attachmentId,
            'EXTRACTED',
            null,
            null,
            settled.text,
            settled.text.length,
            settled.truncated,
            claim.leaseId,
            claim.sha256,
          ]
        : [
            claim.attachmentId,
            'FAILED',
            settled.failure,
            cleanDetail(settled.detail),
            null,
            0,
            false,
            claim.leaseId,
            claim.sha256,
          ],
    );
    if (!updated) return false;
    await enqueueGuideSync(em, claim.guideId);
    return true;
  });
}

/**
 * Extracts up to `batchSize` due attachments, one at a time in one worker
 * thread (closed when the batch ends). Returns how many were settled.
 */
export async function extractDueTexts(
  { dataSource, config, log }: { dataSource: DataSource; config: Config; log: Logger },
  { batchSize, signal }: { batchSize: number; signal: AbortSignal },
): Promise<number> {
  const extractor = new TextExtractor(config.attachments.text);
  // Past the longest an attempt can take: its timeout, plus reading the file and starting a thread.
  const leaseSeconds = Math.ceil(config.attachments.text.timeoutMs / 1000) * 2 + 60;
  let settledCount = 0;
  try {
    for (let i = 0; i < batchSize && !signal.aborted; i += 1) {
      const claim = await claimNext(dataSource, leaseSeconds);
      if (!claim) break;
      let settled: Settled;
      try {
        settled = await attempt(claim, config, extractor, signal);
      } catch (error) {
        if (!signal.aborted) throw error;
        // Stopping: the file is due again at once, and this attempt does not count.
        await dataSource.query(
          `UPDATE guide_attachment_texts SET lease_id = NULL, attempts = attempts - 1, next_attempt_at = now()
            WHERE attachment_id = $1 AND lease_id = $2`,
          [claim.attachmentId, claim.leaseId],
        );
        break;
      }
      if (await settle(dataSource, claim, settled)) {
        settledCount += 1;
        if ('failure' in settled)
          log.warn(
            { attachment: claim.attachmentId, failure: settled.failure, detail: settled.detail },
            'no text from attachment',
          );
      }
    }
  } finally {
    await extractor.close();
  }
  return settledCount;
}
