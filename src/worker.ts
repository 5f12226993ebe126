import { Client } from 'pg';
import type { Logger } from 'pino';
import type { Job, JobServices } from './module';

/** Items a run takes when its job sets no `batchSize`. */
const DEFAULT_BATCH_SIZE = 100;

export interface WorkerOptions {
  jobs: readonly Job[];
  services: JobServices;
  log: Logger;
  /** Pause after a run that found nothing to do, for jobs that set no `everyMs`. */
  intervalMs: number;
  /** Longest pause after failures (the back-off doubles up to it). */
  maxBackoffMs?: number;
}

interface JobState {
  job: Job;
  failures: number;
  /** Ends the current pause early (stop, or a notification on the job's channel). */
  wake?: () => void;
  /** Pausing after a failure: a notification does not cut the back-off short, only stop does. */
  backingOff: boolean;
  /** A notification that arrived while the job was running: skip the next pause. */
  notified: boolean;
  running?: Promise<unknown>;
  timer?: NodeJS.Timeout;
}

/**
 * The generic background loop: each job the modules register runs in a loop
 * of its own (again at once while it reports work done, otherwise after its
 * pause), wakes early when its NOTIFY channel fires, and backs off
 * exponentially while it fails. All coordination is through PostgreSQL rows,
 * so any number of workers (in API processes or `npm run worker`) can run
 * side by side.
 */
export class Worker {
  private readonly states: JobState[];
  private stopped = true;
  /** Aborted by stop(): a long run (reading attachments) gives up its current item instead of finishing the batch. */
  private stopping = new AbortController();
  private listener: Client | undefined;
  private listening: Promise<void> | undefined;

  constructor(private readonly options: WorkerOptions) {
    const names = new Set<string>();
    for (const job of options.jobs) {
      if (names.has(job.name)) throw new Error(`Two jobs are named "${job.name}"`);
      names.add(job.name);
    }
    this.states = options.jobs.map((job) => ({ job, failures: 0, notified: false, backingOff: false }));
  }

  /** Starts every job's loop, and listens for the channels jobs wake on. */
  start(): void {
    this.stopped = false;
    this.stopping = new AbortController();
    this.listening = this.listen();
    for (const state of this.states) state.running = this.loop(state);
  }

  /** Stops after the runs in progress; resolves when every loop has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    for (const state of this.states) {
      clearTimeout(state.timer);
      state.wake?.();
    }
    await Promise.all(this.states.map((s) => s.running));
    await this.listening;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Runs one job once, by name: tests run background work step by step with it. */
  async runJob(name: string): Promise<number> {
    const state = this.states.find((s) => s.job.name === name);
    if (!state) throw new Error(`No job named "${name}"`);
    return this.run(state.job);
  }

  private run(job: Job): Promise<number> {
    return job.run(this.options.services, {
      batchSize: job.batchSize ?? DEFAULT_BATCH_SIZE,
      signal: this.stopping.signal,
    });
  }

  /**
   * Runs every job, in order, until none has anything left to do or the time
   * is up: e.g. to index the seed data before the first request is served.
   */
  async runUntilIdle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let done = 0;
      for (const { job } of this.states) done += await this.run(job);
      if (done === 0 || Date.now() > deadline) return;
    }
  }

  private async loop(state: JobState): Promise<void> {
    const { log } = this.options;
    const idleMs = state.job.everyMs ?? this.options.intervalMs;
    const maxBackoffMs = this.options.maxBackoffMs ?? 60_000;
    while (!this.stopped) {
      let pauseMs = idleMs;
      state.backingOff = false;
      try {
        const done = await this.run(state.job);
        state.failures = 0;
        if (done > 0 || state.notified) pauseMs = 0;
      } catch (error) {
        state.failures += 1;
        state.backingOff = true;
        // Doubling from the job's own pause, capped, but never sooner than the job would run anyway.
        pauseMs = Math.min(
          Math.max(maxBackoffMs, idleMs),
          Math.max(idleMs, 1000) * 2 ** (state.failures - 1),
        );
        log.warn(
          { job: state.job.name, failures: state.failures, retryInMs: pauseMs, err: error },
          'job failed',
        );
      }
      state.notified = false;
      if (this.stopped) return;
      await new Promise<void>((resolve) => {
        state.wake = resolve;
        state.timer = setTimeout(resolve, pauseMs);
      });
      clearTimeout(state.timer);
      state.wake = undefined;
    }
  }

  /** One connection LISTENs on every channel a job wakes on; losing it only costs latency. */
  private async listen(): Promise<void> {
    const channels = [...new Set(this.states.flatMap((s) => (s.job.wakeOn ? [s.job.wakeOn] : [])))];
    const url = (this.options.services.dataSource.options as { url?: string }).url;
    if (!channels.length || !url) return;
    const client = new Client({ connectionString: url, application_name: 'elvl-worker-listen' });
    client.on('notification', ({ channel }) => {
      for (const state of this.states) {
        if (state.job.wakeOn !== channel || state.backingOff) continue;
        if (state.wake) state.wake();
        else state.notified = true;
      }
    });
    client.on('error', (error) =>
      this.options.log.warn({ err: error }, 'worker notifications lost; polling only'),
    );
    try {
      await client.connect();
      for (const channel of channels) await client.query(`LISTEN ${channel}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      this.options.log.warn({ err: error }, 'could not listen for worker notifications; polling only');
      await client.end().catch(() => undefined);
    }
  }
}
