import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../../common/worker-thread';
import type { ExtractionAnswer, ExtractionRequest } from './text-extraction.worker';

export type ExtractionOutcome =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'ENCRYPTED' | 'NO_TEXT' | 'CORRUPT' | 'TIMEOUT' | 'TOO_COMPLEX'; detail: string };

export interface TextExtractorOptions {
  maxChars: number;
  timeoutMs: number;
  /** Heap a worker thread may use; a file that needs more fails as TOO_COMPLEX. */
  maxMemoryMb: number;
}

/**
 * Extracts documents' text in a worker thread of its own, one file at a time:
 * a file that takes too long or too much memory ends that thread, not the
 * process (which may be serving requests too), and the next file gets a
 * fresh one. Close it when done; an idle thread never keeps the process alive.
 */
export class TextExtractor {
  private worker: Worker | undefined;

  constructor(private readonly options: TextExtractorOptions) {}

  /** Reads one file's text; rejects with the signal's reason if it aborts first (the thread is then ended). */
  extract(bytes: Uint8Array, contentType: string, signal?: AbortSignal): Promise<ExtractionOutcome> {
    signal?.throwIfAborted();
    const worker = this.thread();
    return new Promise<ExtractionOutcome>((resolve, reject) => {
      const settle = (outcome: ExtractionOutcome | { aborted: unknown }, retire: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        if (retire) this.retire(worker);
        if ('aborted' in outcome) reject(outcome.aborted);
        else resolve(outcome);
      };
      const onAbort = () => settle({ aborted: signal!.reason }, true);
      signal?.addEventListener('abort', onAbort, { once: true });
      const onMessage = (answer: ExtractionAnswer) => settle(answer, false);
      const onError = (error: Error & { code?: string }) =>
        settle(
          {
            ok: false,
            reason: 'TOO_COMPLEX',
            detail:
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `Reading it needed more than ${this.options.maxMemoryMb} MB.`
                : error.message,
          },
          true,
        );
      const onExit = (code: number) =>
        settle({ ok: false, reason: 'TOO_COMPLEX', detail: `The reader stopped (exit code ${code}).` }, true);
      const timer = setTimeout(
        () =>
          settle(
            { ok: false, reason: 'TIMEOUT', detail: `Not done after ${this.options.timeoutMs / 1000} s.` },
            true,
          ),
        this.options.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      // A copy, transferred: the caller's buffer stays usable and nothing is copied twice.
      const copy = new Uint8Array(bytes);
      const request: ExtractionRequest = { bytes: copy, contentType, maxChars: this.options.maxChars };
      worker.postMessage(request, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private thread(): Worker {
    if (!this.worker) {
      this.worker = startWorkerThread(path.join(__dirname, 'text-extraction.worker'), {
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb },
      });
      // Errors are handled per request; one between requests (none expected) must not crash the process.
      this.worker.on('error', () => undefined);
      this.worker.unref();
    }
    return this.worker;
  }

  private retire(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
