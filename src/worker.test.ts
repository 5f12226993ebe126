import pino from 'pino';
import type { Job, JobServices } from './module';
import { Worker } from './worker';

// No database URL: the worker listens for no notifications, and the jobs here touch nothing.
const services = { dataSource: { options: {} } } as unknown as JobServices;
const log = pino({ level: 'silent' });

/** A job that answers from a script: a number of items done, or 'fail'; then 0 forever. */
function scripted(name: string, script: (number | 'fail')[], everyMs?: number) {
  const runs: number[] = [];
  const job: Job = {
    name,
    everyMs,
    async run() {
      runs.push(Date.now());
      const next = script.shift() ?? 0;
      if (next === 'fail') throw new Error('down');
      return next;
    },
  };
  return { job, runs };
}

beforeEach(() => jest.useFakeTimers({ now: 0 }));
afterEach(() => jest.useRealTimers());

describe('Worker', () => {
  it('runs a job again at once while it reports work, then pauses for its interval', async () => {
    const busy = scripted('busy', [5, 5, 5]);
    const worker = new Worker({ jobs: [busy.job], services, log, intervalMs: 1000 });
    worker.start();
    await jest.advanceTimersByTimeAsync(10);
    // Three runs with work and the one that found none follow each other without a pause.
    expect(busy.runs).toHaveLength(4);
    expect(busy.runs[3]).toBeLessThan(10);
    await jest.advanceTimersByTimeAsync(2000);
    expect(busy.runs.slice(4)).toEqual([busy.runs[3] + 1000, busy.runs[3] + 2000]);
    await worker.stop();
  });

  it('backs a failing job off, doubling up to the cap, and resets after a success', async () => {
    const flaky = scripted('flaky', ['fail', 'fail', 'fail', 'fail', 0]);
    const worker = new Worker({ jobs: [flaky.job], services, log, intervalMs: 1000, maxBackoffMs: 4000 });
    worker.start();
    await jest.advanceTimersByTimeAsync(16_000);
    // Failures at 0, 1000, 3000, 7000 (pauses 1, 2, 4, 4 s), success at 11 000, then the normal 1 s pause.
    expect(flaky.runs.slice(0, 7)).toEqual([0, 1000, 3000, 7000, 11_000, 12_000, 13_000]);
    await worker.stop();
  });

  it('never retries a failing job sooner than its own pause', async () => {
    const hourly = scripted('hourly', ['fail', 'fail'], 3600_000);
    const worker = new Worker({ jobs: [hourly.job], services, log, intervalMs: 1000, maxBackoffMs: 60_000 });
    worker.start();
    await jest.advanceTimersByTimeAsync(3 * 3600_000);
    // The cap is the longer of the back-off limit and the job's hour: failures at 0 and 1 h, success at 2 h.
    expect(hourly.runs).toEqual([0, 3600_000, 2 * 3600_000, 3 * 3600_000]);
    await worker.stop();
  });

  it('stops during a pause without waiting for it to end', async () => {
    const idle = scripted('idle', [], 3600_000);
    const worker = new Worker({ jobs: [idle.job], services, log, intervalMs: 1000 });
    worker.start();
    await jest.advanceTimersByTimeAsync(10);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    await stopping;
    expect(stopped).toBe(true);
    expect(idle.runs).toEqual([0]);
  });

  it('refuses two jobs of one name, and runs a job by name', async () => {
    const a = scripted('same', [3]);
    expect(() => new Worker({ jobs: [a.job, a.job], services, log, intervalMs: 10 })).toThrow(/Two jobs/);
    const worker = new Worker({ jobs: [a.job], services, log, intervalMs: 10 });
    expect(await worker.runJob('same')).toBe(3);
    await expect(worker.runJob('other')).rejects.toThrow(/No job/);
  });
});
