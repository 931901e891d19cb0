// What a user feels when opening the app and its lists (PERFORMANCE.md), at normal speed and
// with Chromium's CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), the old office PC:
//  - the scripts loaded before the first screen is painted (every .js the page requested
//    before the screen's text was painted: the entry, its preloads and any dynamic import on
//    the way, from the page's resource timing), for the first-start screen of a fresh profile
//    and for the 工作台 of a daily open over the sample county; and every chunk of the build
//    (goal ≤ 1.2 MB before the first screen);
//  - first open of a fresh profile to the first-start screen (goal ≤ 1.5 s; 4× ≤ 3 s);
//  - the daily open (a reload), empty (goal ≤ 0.7 s; 4× ≤ 3 s);
//  - each list page of the sample county (727 enterprises) opened from the menu (goal
//    ≤ 300 ms; 4× ≤ 1 s), from the click to the first row painted.
// Times run from navigation start (or the click) to the element painted: a MutationObserver
// injected before the page's own scripts notes performance.now() when the text first appears
// and a requestAnimationFrame later (painted). It reads textContent, not innerText (which would
// force a layout on every mutation and slow the page it measures). Prints `name  goal  app  ratio` lines.
// CQ_BENCH_LISTS=list-pairings,list-enterprises measures only those list pages (CQ_BENCH_STARTUP_ONLY none).
import { test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../e2e/support/app';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`;
const line = (name: string, goal: number, app: number) => console.log(`${name.padEnd(40)}  goal ${goal.toFixed(0).padStart(5)} ms  app ${app.toFixed(0).padStart(6)} ms  ${(app / goal).toFixed(2)}×`);

/** Notes in window.__seen[text] the time a text first shows up in the page, painted. */
const WATCHER = `(() => {
  window.__seen = {};
  window.__watch = (texts) => { window.__want = texts; };
  const check = () => {
    for (const t of window.__want || []) {
      if (window.__seen[t] === undefined && document.body && document.body.textContent.includes(t)) {
        window.__seen[t] = -1;
        requestAnimationFrame(() => { window.__seen[t] = performance.now(); });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function seenAt(page: Page, text: string): Promise<number> {
  await page.waitForFunction((t) => ((window as unknown as { __seen: Record<string, number> }).__seen[t] ?? -1) > 0, text, { timeout: 120_000 });
  return page.evaluate((t) => (window as unknown as { __seen: Record<string, number> }).__seen[t]!, text);
}

/** From navigation start to `text` painted, on a page freshly loaded at `route`. */
async function openTime(page: Page, url: string, text: string, reload: boolean): Promise<number> {
  await page.evaluate((t) => ((window as unknown as { __want?: string[] }).__want = [t]), text).catch(() => undefined);
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate((t) => ((window as unknown as { __want: string[] }).__want = [t]), text);
  return seenAt(page, text);
}

function bundleReport(dist: string): void {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(join(assets, f)).size }))
    .sort((a, b) => b.size - a.size);
  console.log(`bundle: ${chunks.length} chunks, ${kb(chunks.reduce((s, c) => s + c.size, 0))} in all`);
  for (const c of chunks.slice(0, 15)) console.log(`  ${kb(c.size).padStart(8)}  ${c.f}${first.includes(`assets/${c.f}`) ? '  (index.html)' : ''}`);
}

/**
 * The scripts the page requested before `text` was painted (resource timing, so dynamic
 * imports on the way count too; sizes from the built files, uncompressed, so a script served
 * from the cache on a reload counts the same).
 */
async function scriptsBefore(page: Page, dist: string, text: string): Promise<{ bytes: number; files: string[] }> {
  const names = await page.evaluate((t) => {
    const at = (window as unknown as { __seen: Record<string, number> }).__seen[t]!;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  }, text);
  const files = [...new Set(names.map((n) => n.slice(n.indexOf('/assets/') + 1)))];
  return { bytes: files.reduce((s, f) => s + statSync(join(dist, f)).size, 0), files };
}

function scriptsLine(name: string, s: { bytes: number; files: string[] }): void {
  console.log(`${name.padEnd(40)}  goal 1200 kB  app ${kb(s.bytes).padStart(8)}  ${(s.bytes / 1_200_000).toFixed(2)}×  (${s.files.length} files)`);
  if (process.env.CQ_BENCH_FILES) console.log(s.files.join('\n'));
}

async function measure(rate: number, runs: number, dist: string): Promise<void> {
  const suffix = rate === 1 ? '' : `-cpu${rate}x`;
  const slow = rate === 1 ? 1 : 2;
  // First open: a new profile each time (nothing cached, no database).
  const firstOpen: number[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await freshSession(rate);
    try {
      firstOpen.push(await openTime(app.page, `${app.baseURL}#/`, '载入示例数据', false));
      if (rate === 1 && i === 0) scriptsLine('first-screen-scripts-first-start', await scriptsBefore(app.page, dist, '载入示例数据'));
    } finally {
      await app.close();
    }
  }
  line(`first-open-fresh-profile${suffix}`, 1500 * slow, median(firstOpen));

  const app = await freshSession(rate);
  try {
    const { page } = app;
    await openTime(page, `${app.baseURL}#/`, '载入示例数据', false);
    const reloads: number[] = [];
    for (let i = 0; i < runs; i++) reloads.push(await openTime(page, '', '载入示例数据', true));
    line(`daily-open-empty${suffix}`, rate === 1 ? 700 : 3000, median(reloads));

    // The sample county, then each list page from the menu.
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await page.getByTestId('sample-data-tag').waitFor({ timeout: 300_000 });
    // The daily open of the 工作台 over the sample county: its counts painted.
    const homeOpens: number[] = [];
    for (let i = 0; i < runs; i++) homeOpens.push(await openTime(page, '', '非公有制企业', true));
    if (rate === 1) scriptsLine('first-screen-scripts-home', await scriptsBefore(page, dist, '非公有制企业'));
    line(`daily-open-home-sample${suffix}`, rate === 1 ? 700 : 3000, median(homeOpens));
    if (process.env.CQ_BENCH_STARTUP_ONLY) return;
    const lists: [string, string, string][] = [
      ['list-townships', '/registry/townships', '共 19 条'],
      ['list-villages', '/registry/villages', '共 290 条'],
      ['list-enterprises', '/registry/enterprises', '共 727 条'],
      ['list-persons', '/registry/persons', '共 438 条'],
      ['list-pairings', '/pairings', '共 125 对'],
      // 对账: the county's totals row is drawn once the year's tallies and ledger totals are compared.
      ['list-reconcile', '/statistics/reconcile', '全县合计'],
    ];
    // CQ_BENCH_LISTS=list-pairings,list-enterprises measures only those lists.
    const only = process.env.CQ_BENCH_LISTS?.split(',');
    for (const [name, route, text] of lists) {
      if (only && !only.includes(name)) continue;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Reloaded at 工作台 before each visit: the page keeps a list's records a few seconds after
        // it is left (ui/records/live-records.ts), and a visit served from them is not a first visit.
        await page.goto(`${app.baseURL}#/`);
        await page.reload();
        await page.getByTestId('sample-data-tag').waitFor({ timeout: 120_000 });
        // The 工作台 drawn with its figures, as a user sees it before clicking on.
        await page.getByText('非公有制企业').first().waitFor({ timeout: 120_000 });
        await page.evaluate((t) => {
          const w = window as unknown as { __seen: Record<string, number>; __want: string[]; __start: number };
          delete w.__seen[t];
          w.__want = [t];
          w.__start = performance.now();
        }, text);
        await page.evaluate((r) => (location.hash = r), route);
        const at = await seenAt(page, text);
        times.push(at - (await page.evaluate(() => (window as unknown as { __start: number }).__start)));
      }
      line(`${name}-sample${suffix}`, rate === 1 ? 300 : 1000, median(times));
    }
  } finally {
    await app.close();
  }
}

async function freshSession(rate: number): Promise<AppSession> {
  // A whole browser started on a fresh profile, as a user's first open is.
  const app = await openApp({ startAt: 'about:blank', persistent: true });
  await app.page.addInitScript(WATCHER);
  if (rate !== 1) await throttle(app.page, rate);
  return app;
}

test('first screen, daily open and list pages, at normal speed and with the CPU slowed 4×', async () => {
  const dist = inject('distDir');
  bundleReport(dist);
  console.log('name  goal  app  ratio');
  await measure(1, 5, dist);
  if (!process.env.CQ_BENCH_NO_SLOW) await measure(4, 3, dist);
});
