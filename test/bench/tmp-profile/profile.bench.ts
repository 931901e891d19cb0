// TEMPORARY (not committed): CPU profile of the 50k persons list open and of keystrokes.
import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { openApp } from '../../e2e/support/app';
import { base, generatePersons, putRecords } from '../../e2e/registry/seed';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

function summarize(p: Profile, label: string) {
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    selfBy.set(key(byId.get(id)!), (selfBy.get(key(byId.get(id)!)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(9)} ms  ${k}`).join('\n');
  console.log(`== ${label}: ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms\n-- self\n${top(selfBy, 35)}\n-- total\n${top(totalBy, 45)}`);
}

test('profile', async () => {
  const app = await openApp();
  const { page } = app;
  page.setDefaultTimeout(600_000);
  try {
    const villageIds = Array.from({ length: 20 }, (_, i) => `v-${i}`);
    await putRecords(page, 'townships', [{ ...base('t-1'), name: '河田镇', kind: '镇', order: 1 }]);
    await putRecords(page, 'villages', villageIds.map((id, i) => ({ ...base(id), townshipId: 't-1', name: `第${i + 1}村`, industries: [], partyOrg: {} })));
    const persons = generatePersons(50_000, villageIds);
    for (let i = 0; i < 50_000; i += 10_000) await putRecords(page, 'persons', persons.slice(i, i + 10_000));
    await page.goto(`${app.baseURL}#/`);
    await page.getByText('村企联建', { exact: true }).first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (let run = 0; run < 2; run++) {
      await cdp.send('Profiler.start');
      const start = Date.now();
      await page.goto(`${app.baseURL}#/registry/persons`);
      await page.reload();
      await page.getByText('共 50000 条').waitFor();
      const ms = Date.now() - start;
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      if (run === 1) { summarize(profile, `open ${ms} ms`); writeFileSync('/tmp/lists-open.cpuprofile', JSON.stringify(profile)); }
      else console.log(`open run0 ${ms} ms`);
    }
    const seq = ['w', 'wa', 'wan', 'wang', '', 'l', 'li', 'lim', '', 'z', 'zh', 'zha', 'zhan', 'zhang', '', 'c', 'ch', 'che', 'chen', ''];
    await cdp.send('Profiler.start');
    const times = await page.evaluate(async (seq) => {
      const input = document.querySelector('input[aria-label="查找"]') as HTMLInputElement;
      const count = document.querySelector('[data-testid="list-count"]') as HTMLElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out: number[] = [];
      for (const q of seq) {
        await frame();
        const start = performance.now();
        setValue.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (count.dataset.query !== q) await new Promise((r) => requestAnimationFrame(r));
        await frame();
        out.push(Math.round(performance.now() - start));
      }
      return out;
    }, seq);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log('keystrokes', JSON.stringify(times));
    summarize(profile, 'keystrokes');
    writeFileSync('/tmp/lists-keys.cpuprofile', JSON.stringify(profile));
  } finally {
    await app.close();
  }
});
