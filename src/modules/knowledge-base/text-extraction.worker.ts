import { parentPort } from 'node:worker_threads';
import { extractDocumentText, ExtractionFailure, type ExtractionFailureReason } from './text-extraction';

/** The worker thread's side of text-extractor.ts: one request at a time, one answer per request. */
export interface ExtractionRequest {
  bytes: Uint8Array;
  contentType: string;
  maxChars: number;
}
export type ExtractionAnswer =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: ExtractionFailureReason; detail: string };

parentPort?.on('message', async ({ bytes, contentType, maxChars }: ExtractionRequest) => {
  let answer: ExtractionAnswer;
  try {
    answer = { ok: true, ...(await extractDocumentText(bytes, contentType, maxChars)) };
  } catch (error) {
    answer =
      error instanceof ExtractionFailure
        ? { ok: false, reason: error.reason, detail: error.message }
        : { ok: false, reason: 'CORRUPT', detail: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
