// Restore of a 100,000-entry backup in Chromium, through the UI, against the floor of raw
// IndexedDB writing the same records (read back from the restored store) into a scratch
// database with the same object stores and indexes, in one transaction.
// - restore-100k-empty: the first restore (empty store: no safety backup needed);
// - restore-100k-over-100k: later restores, which first back up the 100k records already
//   there (build + write to OPFS), then replace them — the floor clears and rewrites.
// Also the time from opening the page to the app's first screen with that data (the startup
// gate counts the tables and reads the marker). Prints `name  floor  app  ratio`.
import { test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBackup } from '@shared/backup/write';
import { makeV001Data } from '../fixtures/db/v001-data';
import { openApp } from '../e2e/support/app';
import { chooseFile } from '../e2e/backup/support';

/** Ledger size; CQ_BENCH_LEDGER makes a quicker run possible while trying things out. */
const LEDGER = Number(process.env.CQ_BENCH_LEDGER ?? 100_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Copies the app database's records into a scratch database of the same shape; returns ms. */
function rawFloor(page: Page, clearFirst: boolean): Promise<number> {
  return page.evaluate(async (clear) => {
    const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
        if (upgrade) r.onupgradeneeded = () => upgrade(r.result);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const app = await open('cunqi-lianjian');
    const names = [...app.objectStoreNames];
    const shapes = (() => {
      const tx = app.transaction(names, 'readonly');
      return names.map((n) => {
        const s = tx.objectStore(n);
        return { n, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes: [...s.indexNames].map((i) => ({ i, keyPath: s.index(i).keyPath, multiEntry: s.index(i).multiEntry, unique: s.index(i).unique })) };
      });
    })();
    const rows = await new Promise<Record<string, unknown[]>>((resolve) => {
      const tx = app.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const n of names) tx.objectStore(n).getAll().onsuccess = (e) => (out[n] = (e.target as IDBRequest).result as unknown[]);
      tx.oncomplete = () => resolve(out);
    });
    app.close();
    const scratch = await open('bench-floor', (db) => {
      for (const s of shapes) {
        const store = db.createObjectStore(s.n, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const ix of s.indexes) store.createIndex(ix.i, ix.keyPath, { multiEntry: ix.multiEntry, unique: ix.unique });
      }
    });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = scratch.transaction(names, 'readwrite', { durability: 'strict' });
      for (const n of names) {
        const store = tx.objectStore(n);
        if (clear) store.clear();
        for (const r of rows[n]!) store.put(r);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - start;
    scratch.close();
    return ms;
  }, clearFirst);
}

async function restoreThroughUi(page: Page, file: { name: string; bytes: Buffer }): Promise<{ verify: number; restore: number }> {
  let start = performance.now();
  await chooseFile(page, '从备份文件恢复…', file);
  const preview = page.getByRole('dialog', { name: '从备份恢复' });
  await preview.waitFor({ timeout: 300_000 });
  const verify = performance.now() - start;
  start = performance.now();
  await preview.getByRole('button', { name: '恢复' }).click();
  await page.getByText(`已从「${file.name}」恢复数据`).first().waitFor({ timeout: 600_000 });
  return { verify, restore: performance.now() - start };
}

test(`restore of ${LEDGER} ledger entries in Chromium vs raw IndexedDB writes`, async () => {
  const data = makeV001Data({ townships: 18, villagesPer: 15, enterprisesPer: 55, ledger: LEDGER, audit: 2_000 });
  const bytes = await buildBackup({ tables: data, appVersion: 'bench', schemaVersion: 2, createdAt: new Date().toISOString(), reason: 'manual' });
  const file = { name: '十年数据.cqbak', bytes: Buffer.from(bytes) };
  const app = await openApp();
  try {
    const { page } = app;
    await app.goto('/backup');
    const first = await restoreThroughUi(page, file);
    console.log(`first restore: verify ${first.verify.toFixed(0)} ms, restore ${first.restore.toFixed(0)} ms`);
    const firstFloor = await rawFloor(page, false);
    const over: number[] = [];
    const overFloor: number[] = [];
    const verify: number[] = [first.verify];
    for (let i = 0; i < 2; i++) {
      const run = await restoreThroughUi(page, file);
      console.log(`restore over data: verify ${run.verify.toFixed(0)} ms, restore ${run.restore.toFixed(0)} ms`);
      over.push(run.restore);
      verify.push(run.verify);
      overFloor.push(await rawFloor(page, true));
    }
    const startup: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await page.reload();
      await page.getByRole('menuitem', { name: /信息库/ }).waitFor({ timeout: 120_000 });
      startup.push(performance.now() - start);
    }
    const line = (name: string, f: number, a: number) => `${name}  ${f.toFixed(0)} ms  ${a.toFixed(0)} ms  ${(a / f).toFixed(2)}×`;
    console.log(
      [
        'name  floor  app  ratio',
        line(`restore-${LEDGER / 1000}k-empty`, firstFloor, first.restore),
        line(`restore-${LEDGER / 1000}k-over-${LEDGER / 1000}k`, median(overFloor), median(over)),
        `verify-${LEDGER / 1000}k-file (choose → preview)  —  ${median(verify).toFixed(0)} ms`,
        `reload-to-first-screen-${LEDGER / 1000}k  —  ${median(startup).toFixed(0)} ms`,
        `(file ${(bytes.length / 2 ** 20).toFixed(1)} MiB, ${Object.values(data).reduce((n, t) => n + t.length, 0)} records)`,
      ].join('\n'),
    );
  } finally {
    await app.close();
  }
}, 1_800_000);
