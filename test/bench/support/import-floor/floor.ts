// The floor of the import benchmark, run in the same Chromium as the app: the bare parse with
// the app's parser (ExcelJS load of the same bytes, rows turned into the same enterprise
// records) and a raw Dexie bulkPut of those records, in chunks of 10,000, into a table with
// the app's enterprise indexes (v002's [deleted+townshipId] included) and the app's durability
// setting. The records put are the ones the app stores: with the search and sort keys its store
// adds to every enterprise (shared/model/record-keys.ts, v011). Computing those keys is the
// app's own work and stays in its time; the floor computes them before its clock starts, so it
// puts the same bytes without paying for them.
import ExcelJS from 'exceljs';
import { Dexie } from 'dexie';
import { recordKeysOf } from '../../../../shared/model/record-keys';

type FloorResult = { parseMs: number; putMs: number; rows: number };

const text = (v: ExcelJS.CellValue): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));
const num = (v: ExcelJS.CellValue): number | undefined => (typeof v === 'number' ? v : undefined);

async function runFloor(url: string): Promise<FloorResult> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const townships = new Map([
    ['河田镇', 'tw-1'],
    ['大同镇', 'tw-2'],
    ['长汀经济开发区', 'tw-3'],
  ]);
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const time = new Date().toISOString();
  const records: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n < 3) return;
    const c = (i: number) => row.getCell(i).value;
    const established = c(11);
    records.push({
      id: crypto.randomUUID(),
      name: text(c(1)),
      uscc: text(c(2)),
      townshipId: townships.get(String(c(3))),
      industry: text(c(4)),
      ownership: text(c(5)),
      aboveScale: c(6) === '是',
      employees: num(c(7)),
      outputValue: num(c(8)),
      foundedYear: num(c(9)),
      partyOrg: {
        type: text(c(10)),
        establishedDate: established instanceof Date ? established.toISOString().slice(0, 10) : undefined,
        secretary: text(c(12)),
        members: num(c(13)),
      },
      contactName: text(c(14)),
      contactPhone: text(c(15)),
      createdAt: time,
      updatedAt: time,
      deleted: 0,
      importBatchId: 'floor',
    });
  });
  const parsed = performance.now();
  // In place: the floor's memory holds no second copy of the records.
  for (const r of records) Object.assign(r, recordKeysOf('enterprises', r));
  const db = new Dexie(`import-floor-${crypto.randomUUID()}`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ enterprises: 'id, townshipId, name, uscc, industry, deleted, importBatchId, [deleted+townshipId]' });
  await db.open();
  const putStart = performance.now();
  for (let i = 0; i < records.length; i += 10_000) await db.table('enterprises').bulkPut(records.slice(i, i + 10_000));
  const put = performance.now();
  db.close();
  return { parseMs: parsed - start, putMs: put - putStart, rows: records.length };
}

(window as unknown as { runFloor: typeof runFloor }).runFloor = runFloor;
document.title = 'floor ready';
