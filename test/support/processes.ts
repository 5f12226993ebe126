import { execFileSync } from 'node:child_process';

/** Every process below `pid` (children, their children, …). */
export function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=']).toString();
  const children = new Map<number, number[]>();
  for (const line of out.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const result: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (result.push(c), walk(c)));
  walk(pid);
  return result;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

/** Processes whose command line mentions `text` (e.g. a data directory). */
export function processesMentioning(text: string): { pid: number; ppid: number; command: string }[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [, pid, ppid, command] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!;
      return { pid: Number(pid), ppid: Number(ppid), command };
    })
    .filter((p) => p.command.includes(text) && p.pid !== process.pid && !p.command.startsWith('ps '));
}
