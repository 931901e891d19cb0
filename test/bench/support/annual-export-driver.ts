// Run in a child process by statistics.bench.ts (bundled by Vite first), so each export's
// peak memory is its own: `node driver.mjs app|floor <rows>` prints {ms, maxRssMiB, bytes}.
// Both sides write the same cells: a title and subtitle, a two-row header with merged
// groups, <rows> rows of a township name and 30 figures, a totals row and a note, bordered,
// numbers typed, A4 landscape fitted to width with the header repeated.
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { buildXlsxSheets, type SheetModel } from '@shared/reports/xlsx-stream';

const GROUPS = ['劳务输送', '技能培训', '资金扶持', '产业共建', '治安联防'];

export function model(rows: number): SheetModel {
  const columns: SheetModel['columns'] = [{ header: '乡镇（开发区）', kind: 'text', width: 16 }];
  for (const g of GROUPS) for (let k = 0; k < 6; k++) columns.push({ header: `${g}指标${k + 1}`, unit: k === 5 ? '万元' : '人', kind: k === 5 ? 'money' : 'integer', width: 8 });
  const data = Array.from({ length: rows }, (_, i) => [`测试乡镇${i + 1}`, ...Array.from({ length: 30 }, (_, k) => (k % 6 === 5 ? ((i * 7 + k) % 1000) / 4 : (i * 13 + k) % 5000))]);
  const totals = ['全县合计', ...Array.from({ length: 30 }, (_, k) => data.reduce((s, r) => s + (r[k + 1] as number), 0))];
  return {
    title: '长汀县村企联建工作年度统计表（2008年）',
    subtitle: '表二　联建成效　　　填报单位：中共长汀县委组织部　　　制表日期：2008-12-03',
    sheetName: '表二 联建成效',
    columns,
    groups: [{ label: '', span: 1 }, ...GROUPS.map((label) => ({ label, span: 6 }))],
    rows: data,
    totals,
    freezeColumns: 1,
    footnote: '说明：联建成效为本年度台账合计。',
    landscape: true,
  };
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** ExcelJS's streaming writer writing the same cells and print setup. */
export async function floor(m: SheetModel): Promise<number> {
  const sink = new PassThrough();
  let size = 0;
  sink.on('data', (c: Buffer) => (size += c.length));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  const n = m.columns.length;
  const ws = wb.addWorksheet(m.sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  ws.columns = m.columns.map((c) => ({ width: c.width }));
  const title = ws.addRow([m.title]);
  title.font = { bold: true, size: 16 };
  ws.mergeCells(1, 1, 1, n);
  title.commit();
  const subtitle = ws.addRow([m.subtitle]);
  ws.mergeCells(2, 1, 2, n);
  subtitle.commit();
  const group = ws.addRow(['乡镇（开发区）', ...GROUPS.flatMap((g) => [g, '', '', '', '', ''])]);
  const header = ws.addRow(['', ...m.columns.slice(1).map((c) => `${c.header}\n(${c.unit})`)]);
  for (const row of [group, header]) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  }
  ws.mergeCells(3, 1, 4, 1);
  GROUPS.forEach((_, g) => ws.mergeCells(3, 2 + g * 6, 3, 7 + g * 6));
  group.commit();
  header.commit();
  const body = (cells: readonly unknown[], bold: boolean) => {
    const row = ws.addRow(cells as ExcelJS.CellValue[]);
    for (let i = 1; i <= n; i++) {
      const cell = row.getCell(i);
      cell.border = BORDER;
      if (i > 1) cell.numFmt = m.columns[i - 1].kind === 'money' ? '0.00' : '0';
      if (bold) cell.font = { bold: true };
    }
    row.commit();
  };
  for (const r of m.rows) body(r, false);
  body(m.totals!, true);
  const note = ws.addRow([m.footnote]);
  ws.mergeCells(note.number, 1, note.number, n);
  note.commit();
  await wb.commit();
  return size;
}

export function app(m: SheetModel): number {
  const r = buildXlsxSheets([m]);
  if (!r.ok) throw new Error(r.error);
  return r.value.byteLength;
}

async function main() {
  const [kind, rows] = process.argv.slice(2);
  const m = model(Number(rows));
  const start = performance.now();
  const bytes = kind === 'app' ? app(m) : await floor(m);
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, bytes }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
