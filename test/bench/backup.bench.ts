// Backup files of a county's ten years (100,000 ledger entries plus the registry) against
// their floors, in one Node process, interleaved runs, medians:
// - write: floor = the same rows as ONE JSON.stringify, zipped with JSZip at the same
//   compression level; app = buildBackup (value encoding, 10k-row parts, SHA-256 per part,
//   manifest);
// - read: floor = JSZip load + inflate + JSON.parse of that single-file zip; app = readBackup
//   (zip directory checks, capped inflate, SHA-256 check per part, decoding, zod
//   normalization of every row).
// Prints `name  floor  app  ratio` and the peak RSS seen while each ran.
import { test } from 'vitest';
import JSZip from 'jszip';
import { buildBackup } from '@shared/backup/write';
import { readBackup } from '@shared/backup/read';
import { makeV001Data } from '../fixtures/db/v001-data';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(fn: () => Promise<unknown>): Promise<{ ms: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  clearInterval(sampler);
  return { ms, peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

test('backup write and read of 100,000 ledger entries vs JSZip + JSON floors', async () => {
  const data = makeV001Data({ townships: 18, villagesPer: 15, enterprisesPer: 55, ledger: 100_000, audit: 20_000 });
  // Attachments are left out (their blobs are not what is measured), and so are the entries' references to them.
  const { attachments: _a, ...tables } = data;
  for (const entry of tables.ledger) entry.attachmentIds = [];
  const input = { tables, appVersion: 'bench', schemaVersion: 2, createdAt: new Date().toISOString(), reason: 'manual' as const };

  const floorZip = async () => {
    const zip = new JSZip();
    zip.file('all.json', JSON.stringify(tables));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  };
  const floorBytes = await floorZip();
  const appBytes = await buildBackup(input);
  const floorRead = async () => JSON.parse(await (await JSZip.loadAsync(floorBytes)).file('all.json')!.async('string'));
  const appRead = async () => {
    const r = await readBackup(appBytes, { schemaVersion: 2 });
    if (!r.ok) throw new Error(r.error);
  };

  const rows: Record<string, { floor: number[]; app: number[]; floorPeak: number; appPeak: number }> = {
    'backup-write-100k': { floor: [], app: [], floorPeak: 0, appPeak: 0 },
    'backup-read-100k': { floor: [], app: [], floorPeak: 0, appPeak: 0 },
  };
  const record = (name: string, side: 'floor' | 'app', m: { ms: number; peakMiB: number }) => {
    rows[name]![side].push(m.ms);
    const key = side === 'floor' ? 'floorPeak' : 'appPeak';
    rows[name]![key] = Math.max(rows[name]![key], m.peakMiB);
  };
  for (let i = 0; i < RUNS; i++) {
    record('backup-write-100k', 'floor', await measure(floorZip));
    record('backup-write-100k', 'app', await measure(() => buildBackup(input)));
    record('backup-read-100k', 'floor', await measure(floorRead));
    record('backup-read-100k', 'app', await measure(appRead));
  }
  const total = Object.values(tables).reduce((n, t) => n + t.length, 0);
  const lines = ['name  floor  app  ratio'];
  for (const [name, r] of Object.entries(rows)) {
    const f = median(r.floor);
    const a = median(r.app);
    lines.push(`${name}  ${f.toFixed(0)} ms  ${a.toFixed(0)} ms  ${(a / f).toFixed(2)}×  (peak RSS floor ${r.floorPeak.toFixed(0)} MiB, app ${r.appPeak.toFixed(0)} MiB)`);
  }
  lines.push(`(${total} records; file ${(appBytes.length / 2 ** 20).toFixed(1)} MiB, floor's single-file zip ${(floorBytes.length / 2 ** 20).toFixed(1)} MiB)`);
  console.log(lines.join('\n'));
}, 1_800_000);
