import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * A process that keeps 300 000 objects and churns through short-lived ones
 * that live long enough to be promoted (as a request's objects are), with the
 * heap growth left to V8 and limited; its peak heap is what the setting is for.
 */
const churn = `
  const { limitHeapGrowth } = require(${JSON.stringify(path.join(__dirname, 'heap-growth.ts'))});
  limitHeapGrowth(Number(process.argv[1]));
  const kept = Array.from({ length: 300000 }, (_, i) => ({ i, s: 'x' + i }));
  const recent = new Array(50000);
  let peak = 0;
  for (let i = 0; i < 3000000; i++) {
    recent[i % recent.length] = { i, pair: [i, i + 1], s: 'y' + i };
    if (i % 10000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  process.stdout.write(String(peak + kept.length * 0));
`;

function peakHeapMb(percent: number): number {
  const output = execFileSync(
    process.execPath,
    ['-r', path.join(__dirname, 'register-ts.cjs'), '-e', churn, String(percent)],
    { encoding: 'utf8' },
  );
  return Number(output) / 1024 / 1024;
}

describe('limitHeapGrowth', () => {
  it('collects before the old generation grows far past what survived', () => {
    const adaptive = peakHeapMb(0);
    const limited = peakHeapMb(50);
    expect(limited).toBeLessThan(adaptive * 0.85);
  });
});
