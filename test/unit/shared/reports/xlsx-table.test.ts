import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { buildXlsxTable, MAX_CELL_CHARS, writeTableSheet, type TableModel } from '@shared/reports/xlsx-table';

const model = (over: Partial<TableModel> = {}): TableModel => ({
  title: '村情信息表',
  subtitle: '筛选：河田镇　导出日期：2008-12-03',
  columns: [
    { header: '村名', kind: 'text' },
    { header: '户数', unit: '户', kind: 'integer' },
    { header: '村集体收入', unit: '万元', kind: 'money' },
    { header: '党组织建立日期', kind: 'date' },
    { header: '规模以上', kind: 'boolean' },
  ],
  rows: [
    ['红星村', 420, 12.5, '2006-07-01', true],
    ['东街村', 318, null, '', false],
  ],
  totals: ['合计', 738, 12.5, null, null],
  ...over,
});

async function read(m: TableModel) {
  const r = await buildXlsxTable(m);
  if (!r.ok) throw new Error(r.error);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.value.buffer as ArrayBuffer);
  return wb.worksheets[0];
}

describe('buildXlsxTable', () => {
  it('writes a merged large title, a subtitle, a bold bordered header with units, and frozen panes below the header', async () => {
    const ws = await read(model());
    expect(ws.name).toBe('村情信息表');
    expect(ws.getCell('A1').value).toBe('村情信息表');
    expect(ws.getCell('A1').font.size).toBe(16);
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('E1').isMerged).toBe(true);
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe('筛选：河田镇　导出日期：2008-12-03');
    expect(ws.getRow(3).values).toEqual([undefined, '村名', '户数（户）', '村集体收入（万元）', '党组织建立日期', '规模以上']);
    expect(ws.getCell('B3').font.bold).toBe(true);
    expect(ws.getCell('B3').border.top?.style).toBe('thin');
    expect(ws.getCell('C5').border.right?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('numbers are numbers, dates are dates formatted yyyy-mm-dd, booleans 是/否, blanks empty', async () => {
    const ws = await read(model());
    expect(ws.getCell('B4').value).toBe(420);
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C4').value).toBe(12.5);
    expect(ws.getCell('C4').numFmt).toBe('0.00');
    expect(ws.getCell('D4').type).toBe(ExcelJS.ValueType.Date);
    expect((ws.getCell('D4').value as Date).toISOString()).toBe('2006-07-01T00:00:00.000Z');
    expect(ws.getCell('D4').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('E4').value).toBe('是');
    expect(ws.getCell('E5').value).toBe('否');
    expect(ws.getCell('C5').value).toBeNull();
    expect(ws.getCell('D5').value).toBeNull();
  });

  it('writes the totals row bold after the data', async () => {
    const ws = await read(model());
    expect(ws.getRow(6).values).toEqual([undefined, '合计', 738, 12.5]);
    expect(ws.getCell('A6').font.bold).toBe(true);
    expect(ws.getCell('B6').font.bold).toBe(true);
    expect(ws.rowCount).toBe(6);
  });

  it('sets A4 print setup: fit to one page wide, header row repeated, page numbers in the footer; landscape only when wide', async () => {
    const ws = await read(model());
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    const wide = await read(model({ subtitle: undefined, columns: Array.from({ length: 12 }, (_, i) => ({ header: `第${i + 1}列`, kind: 'text' as const, width: 12 })), rows: [], totals: undefined }));
    expect(wide.pageSetup.orientation).toBe('landscape');
    expect(wide.pageSetup.printTitlesRow).toBe('2:2');
    expect(wide.views[0]).toMatchObject({ ySplit: 2 });
  });

  it('sizes columns to content (Chinese counts double) unless given', async () => {
    const ws = await read(model({ columns: [{ header: '村名', kind: 'text' }, { header: '户数', kind: 'integer', width: 12 }], rows: [['长汀县河田镇红星村第一村民小组', 1]], totals: undefined }));
    expect(ws.getColumn(1).width).toBe(32);
    expect(ws.getColumn(2).width).toBe(12);
  });

  it('prints whole: a row as tall as its wrapped text, a header too wide for its column broken between words', async () => {
    const note = '企业每年吸纳村富余劳动力不少于50人，并扶持村集体经济发展，双方党组织每季度开展一次联学联建活动。';
    const ws = await read(
      model({
        columns: [{ header: '村名', kind: 'text' }, { header: '情况说明', kind: 'text', width: 20 }, { header: '其中技术工人', unit: '人', kind: 'integer', width: 8 }],
        rows: [['红星村', note, 30], ['东街村', '短', 5]],
        totals: undefined,
      }),
    );
    // 50 characters in a column of 20 (9 a line): 6 lines, and the row holds them all.
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(6 * 15);
    expect(ws.getRow(5).height ?? 15).toBeLessThanOrEqual(15);
    expect(ws.getCell(3, 3).value).toBe('其中\n技术\n工人\n（人）');
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(4 * 15);
  });

  it('writes formula-like text (=, +, -, @, tab, CR, full-width ＝＋－＠) as text, never a formula', async () => {
    const nasty = ['=1+1', '+86 139', '-2', '@SUM(A1)', '\t=cmd', '\r=x', '＝１＋１', '＋x', '－x', '＠x', '=HYPERLINK("http://x","y")'];
    const ws = await read(model({ columns: [{ header: '名称', kind: 'text' }], rows: nasty.map((n) => [n]), totals: undefined, subtitle: undefined }));
    nasty.forEach((n, i) => {
      const cell = ws.getCell(3 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // XML keeps line breaks as LF, so a CR comes back as one.
      expect(cell.value).toBe(n.replace('\r', '\n'));
      expect(cell.numFmt).toBe('@');
    });
  });

  it('property: any text round-trips as a string cell (control characters stripped), never as a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 10 }), async (texts) => {
        const ws = await read(model({ columns: [{ header: '名称', kind: 'text' }], rows: texts.map((t) => [t]), totals: undefined, subtitle: undefined }));
        texts.forEach((t, i) => {
          const cell = ws.getCell(3 + i, 1);
          expect(cell.formula).toBeUndefined();
          const expected = t.replace(/(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]|\p{Cs}/gu, '').replace(/\r\n?/g, '\n');
          expect(cell.value ?? '').toBe(expected === '' ? '' : expected);
        });
      }),
      { numRuns: 25 },
    );
    // 25 workbooks written and read back: seconds on a machine shared by the team's tests.
  }, 60_000);

  it('strips control characters from titles, headers and cells', async () => {
    const ws = await read(model({ title: '村\u0007情', columns: [{ header: '名\u0000称', kind: 'text' }], rows: [['红\u001b星村']], totals: undefined, subtitle: undefined }));
    expect(ws.getCell('A1').value).toBe('村情');
    expect(ws.getCell('A2').value).toBe('名称');
    expect(ws.getCell('A3').value).toBe('红星村');
  });

  it('refuses a cell over 32,767 characters, naming the row and column, without producing a file', async () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const r = await buildXlsxTable(model({ rows: [['红星村', 1, 1, null, null], ['东街村', long as unknown as number, 1, null, null]] }));
    expect(r).toEqual({ ok: false, error: `第2条（东街村）「户数（户）」的内容有${MAX_CELL_CHARS + 1}个字符，超过 Excel 单元格上限 32767 个字符，请缩短后再导出` });
    const exact = await buildXlsxTable(model({ columns: [{ header: '说明', kind: 'text' }], rows: [['y'.repeat(MAX_CELL_CHARS)]], totals: undefined }));
    expect(exact.ok).toBe(true);
  });

  it('keeps sheet names legal and works with the streaming writer API too', async () => {
    const ws = await read(model({ title: '村情/信息表:2008[汇总]?*' + '长'.repeat(40) }));
    expect(ws.name.length).toBeLessThanOrEqual(31);
    expect(ws.name).not.toMatch(/[:\\/?*[\]]/);

    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    writeTableSheet(writer, model()).commit();
    await writer.commit();
    const wb = new ExcelJS.Workbook();
    const all = Buffer.concat(chunks);
    await wb.xlsx.load(all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer);
    const streamed = wb.worksheets[0];
    expect(streamed.getCell('A1').value).toBe('村情信息表');
    expect(streamed.getCell('B4').value).toBe(420);
    expect(streamed.getCell('A6').value).toBe('合计');
    expect(streamed.getCell('E1').isMerged).toBe(true);
    expect(streamed.pageSetup.printTitlesRow).toBe('3:3');
    expect(streamed.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});
