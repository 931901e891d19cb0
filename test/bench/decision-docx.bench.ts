// The commendation decision (.docx) with 500 names, against its floor: the `docx` library
// packing the same 500-row table directly (plain runs, no official layout). Medians of the
// same number of runs, interleaved, in one process. Prints `name  floor  app  ratio`.
import { test } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { packOfficialDocument } from '@shared/reports/docx';
import { decisionDocument } from '@shared/reports/commendation/decision';
import type { CommendationReport, HonourEntry } from '@shared/reports/commendation/name-list';

const NAMES = 500;
const RUNS = 9;

function report(): CommendationReport {
  const entries: HonourEntry[] = Array.from({ length: NAMES }, (_, i) => {
    const kind = i % 3 === 0 ? 'enterprise' : 'village';
    const township = `第${(i % 18) + 1}乡镇`;
    return {
      kind,
      title: '先进基层党组织',
      displayName: kind === 'enterprise' ? `长汀县示例${i}号实业有限公司党支部` : `${township}示例${i}村党支部`,
      township,
      townshipOrder: i % 18,
    };
  });
  return { year: 2008, level: '县委', titles: ['先进基层党组织'], docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03', entries };
}

/** The floor: the same rows (序号, 名称, 所在乡镇) as one docx table, packed as is. */
async function packPlainTable(r: CommendationReport): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const rows = r.entries.map((e, i) => new TableRow({ children: [cell(String(i + 1)), cell(e.displayName), cell(e.township ?? '')] }));
  const table = new Table({ rows: [new TableRow({ children: [cell('序号'), cell('名称'), cell('所在乡镇')] }), ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
  return Packer.pack(new Document({ sections: [{ children: [table] }] }), 'uint8array');
}

const office = { unitName: '中共长汀县委组织部', countyName: '长汀县', issuerMark: '中共长汀县委员会' };

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('decision .docx with 500 names vs docx packing the same table', async () => {
  const r = report();
  await packPlainTable(r);
  await packOfficialDocument(decisionDocument(r, office));
  const floor: number[] = [];
  const app: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    floor.push(await time(() => packPlainTable(r)));
    app.push(await time(async () => (size = (await packOfficialDocument(decisionDocument(r, office))).byteLength)));
  }
  const f = median(floor);
  const a = median(app);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`name  floor  app  ratio\ndecision-docx-500  ${f.toFixed(0)} ms  ${a.toFixed(0)} ms  ${(a / f).toFixed(2)}×  (file ${(size / 1024).toFixed(0)} KiB, heap ${heap.toFixed(0)} MiB)`);
});
