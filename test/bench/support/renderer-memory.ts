// Peak memory of a Chromium's renderer processes (the page and its Web Workers), sampled from
// /proc: the processes descending from the browser started with a given profile directory.
import { readdirSync, readFileSync } from 'node:fs';

function processes(): { pid: number; ppid: number; cmd: string; rssKiB: number }[] {
  const out: { pid: number; ppid: number; cmd: string; rssKiB: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      out.push({ pid: Number(entry), ppid, cmd, rssKiB: rss ? Number(rss[1]) : 0 });
    } catch {
      // The process ended while being read.
    }
  }
  return out;
}

/** Total RSS (MiB) of the renderer processes of the Chromium using `profileDir`. */
export function rendererRssMiB(profileDir: string): number {
  const all = processes();
  const root = all.find((p) => p.cmd.includes(`--user-data-dir=${profileDir}`) && !p.cmd.includes('--type='));
  if (!root) return 0;
  const children = new Map<number, number[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const byPid = new Map(all.map((p) => [p.pid, p]));
  let total = 0;
  const stack = [root.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    for (const child of children.get(pid) ?? []) {
      stack.push(child);
      const p = byPid.get(child)!;
      if (p.cmd.includes('--type=renderer')) total += p.rssKiB;
    }
  }
  return total / 1024;
}

/** Samples while `work` runs; returns its result and the peak above the level before it. */
export async function withPeakMemory<T>(profileDir: string, work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  const base = rendererRssMiB(profileDir);
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, rendererRssMiB(profileDir))), 150);
  try {
    const result = await work();
    peak = Math.max(peak, rendererRssMiB(profileDir));
    return { result, peakMiB: peak - base };
  } finally {
    clearInterval(timer);
  }
}
