// The ledger's in-memory work against its floors, in one process, medians of interleaved runs:
//  - export 10k / 100k entries to .xlsx (one sheet per type) vs ExcelJS's streaming
//    WorkbookWriter writing the same cells (goal ≤ 1.3×, memory ≤ 1.5×);
//  - totals per type over 100k entries by the catalog's rules (the ledger page) vs a plain-JS
//    group-by of the same numbers (goal ≤ 2×).
// Prints `name  floor  app  ratio` lines.
import { test } from 'vitest';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { totalsByType } from '@shared/model/ledger-totals';
import type { LedgerEntry } from '@shared/model/types';
import { buildLedgerWorkbook, ledgerTypeTable } from '@shared/reports/ledger-xlsx';

const TYPES = ['labour', 'training', 'funds', 'industry', 'dispute', 'security', 'exchange', 'welfare'];

function entries(n: number): LedgerEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const figures: LedgerEntry['figures'] = {};
    for (const f of LEDGER_TYPES.find((t) => t.key === type)!.fields) {
      figures[f.key] = f.kind === 'int' || f.kind === 'decimal' ? (i % 97) + 1 : f.kind === 'enum' ? f.options![i % f.options!.length] : f.kind === 'bool' ? i % 2 === 0 : `第${i}号基地`;
    }
    return {
      id: `e${i}`,
      createdAt: '',
      updatedAt: '',
      deleted: 0,
      pairingId: `p${i % 125}`,
      townshipId: `t${i % 19}`,
      type,
      date: `2008-${String((i % 12) + 1).padStart(2, '0')}-15`,
      precision: 'day',
      year: 2008,
      figures,
      personIds: [],
      attachmentIds: [],
      description: i % 3 ? '组织村民到企业务工，开展岗前培训' : undefined,
    };
  });
}

const names = { pairingCode: (e: LedgerEntry) => `LJ2008-${e.pairingId}`, enterpriseName: () => '福建盼盼食品有限公司', villageName: () => '红星村', townshipName: () => '河田镇', personName: () => '张三' };

/** The floor: ExcelJS's streaming writer with the same cells, one sheet per type. */
async function streamSameCells(list: LedgerEntry[]): Promise<number> {
  const sink = new PassThrough();
  let size = 0;
  sink.on('data', (c: Buffer) => (size += c.length));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  for (const type of LEDGER_TYPES) {
    const rows = list.filter((e) => e.type === type.key);
    if (!rows.length) continue;
    const table = ledgerTypeTable(type, rows, names, '');
    const ws = wb.addWorksheet(type.name);
    ws.addRow([table.title]).commit();
    ws.addRow(table.columns.map((c) => c.header)).commit();
    for (const r of table.rows) ws.addRow(r.map((v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v) : (v ?? null)))).commit();
    ws.commit();
  }
  await wb.commit();
  return size;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = () => process.memoryUsage().rss / 2 ** 20;

async function compare(name: string, runs: number, floor: () => unknown, app: () => unknown, note: () => string = () => '') {
  await floor();
  await app();
  const f: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < runs; i++) {
    f.push(await time(floor));
    a.push(await time(app));
  }
  const fm = median(f);
  const am = median(a);
  console.log(`${name}  ${fm.toFixed(1)} ms  ${am.toFixed(1)} ms  ${(am / fm).toFixed(2)}×${note()}`);
}

test('ledger: export and totals against their floors', async () => {
  console.log('name  floor  app  ratio');
  for (const n of [10_000, 100_000]) {
    const list = entries(n);
    let size = 0;
    await compare(`ledger-export-${n / 1000}k`, n > 10_000 ? 3 : 5, () => streamSameCells(list), () => {
      const r = buildLedgerWorkbook(LEDGER_TYPES, list, names, '');
      if (r.ok) size = r.value.byteLength;
    }, () => ` (file ${(size / 2 ** 20).toFixed(1)} MiB, rss after ${mib().toFixed(0)} MiB)`);
  }
  const list = entries(100_000);
  await compare(
    'ledger-totals-100k',
    9,
    () => {
      const sums = new Map<string, Record<string, number>>();
      for (const e of list) {
        const s = sums.get(e.type) ?? {};
        for (const [k, v] of Object.entries(e.figures)) if (typeof v === 'number') s[k] = (s[k] ?? 0) + v;
        sums.set(e.type, s);
      }
      return sums;
    },
    () => totalsByType(LEDGER_TYPES, list),
  );
}, 1_800_000);
