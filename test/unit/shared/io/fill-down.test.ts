// Merged cells in data rows are filled down (issue 16 item 2), alike for .xlsx (in-memory and
// streaming ExcelJS) and .xls (SheetJS); 小计 rows inside groups are skipped like 合计 rows.
import { describe, expect, it } from 'vitest';
import { autoMapping, extractRows } from '@shared/io/extract';
import { describeFill, rowsText } from '@shared/io/fill-down';
import { detectLayout } from '@shared/io/header';
import { readXlsxStreaming } from '@shared/io/node/read-xlsx-stream';
import { VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import type { SheetData } from '@shared/io/types';
import { MERGED_COUNTY, mergedVillageListXls, mergedVillageListXlsx } from '../../../fixtures/spreadsheets/merged-lists';
import { importSheet } from './pipeline';

const expected = MERGED_COUNTY.flatMap((t) => t.villages.map((v) => [t.township, v.name]));

describe('a village list whose 乡镇 column is merged down per township, with 小计 and 合计 rows', () => {
  const readers = [
    ['.xlsx, in-memory reader', '村情.xlsx', () => mergedVillageListXlsx(), {}],
    ['.xlsx, streaming reader', '村情.xlsx', () => mergedVillageListXlsx(), { streaming: { read: readXlsxStreaming, fromBytes: 0 } }],
    ['.xls (SheetJS)', '村情.xls', async () => mergedVillageListXls(), {}],
  ] as const;

  it.each(readers)('%s: every village under its township, 小计 and 合计 skipped, the fills listed', async (_name, file, bytes, options) => {
    const r = await importSheet(file, await bytes(), VILLAGE_FIELDS, options);
    expect(r.layout).toMatchObject({ headerRow: 3, dataStartRow: 4 });
    expect(r.rows.map((x) => [x.values.townshipName, x.values.name])).toEqual(expected);
    expect(r.messages).toEqual([]);
    expect(r.skipped).toEqual([
      { row: 7, kind: 'totals' },
      { row: 10, kind: 'totals' },
      { row: 12, kind: 'totals' },
      { row: 13, kind: 'totals' },
    ]);
    // 策武镇 has one village: its merge covers the village and the 小计 row only, so nothing is filled.
    expect(r.filled.map(describeFill)).toEqual(['B列「乡镇」B4:B7 的「河田镇」填入第5–6行', 'B列「乡镇」B8:B10 的「大同镇」填入第9行']);
    // The error workbook gets the filled row, so a corrected row stands on its own.
    expect(r.rows[1].cells[1]).toBe('河田镇');
  });
});

/** A sheet from rows of cells with merges. */
const sheet = (rows: (string | number | null)[][], merges: SheetData['merges']): SheetData => ({
  name: 'Sheet1',
  hidden: false,
  merges,
  columnCount: Math.max(...rows.map((r) => r.length)),
  rows: rows.map((cells, i) => ({ r: i + 1, cells })),
});

const extract = (s: SheetData) => {
  const layout = detectLayout(s, VILLAGE_FIELDS)!;
  return { layout, ...extractRows(s, layout, autoMapping(layout), VILLAGE_FIELDS, { file: 'a.xlsx', sheetLabel: 'Sheet1', date1904: false }) };
};

describe('fill-down rules', () => {
  it('a merge that spans the header and the data holds a header, not a value: the data rows stay as written', () => {
    // 「备注」 merged from the header down through the data (a notes block).
    const s = sheet(
      [
        ['乡镇', '村名', '人口（人）', '备注'],
        ['河田镇', '红星村', 1630, null],
        ['河田镇', '露湖村', 1502, null],
      ],
      [{ top: 1, left: 4, bottom: 3, right: 4 }],
    );
    const r = extract(s);
    expect(r.layout.dataStartRow).toBe(2);
    expect(r.rows.map((x) => x.cells[3] ?? null)).toEqual([null, null]);
    expect(r.rows.map((x) => [x.values.townshipName, x.values.name])).toEqual([
      ['河田镇', '红星村'],
      ['河田镇', '露湖村'],
    ]);
    expect(r.filled).toEqual([]);
  });

  it('a merge across a 小计 row: the 小计 row is skipped and not filled, the villages after it are', () => {
    const s = sheet(
      [
        ['乡镇', '村名', '户数（户）'],
        ['河田镇', '红星村', 412],
        [null, '小计', 412],
        [null, '露湖村', 380],
        [null, '伯湖村', 295],
        ['河田镇小计', null, 675],
      ],
      [{ top: 2, left: 1, bottom: 5, right: 1 }],
    );
    const r = extract(s);
    expect(r.rows.map((x) => [x.row, x.values.townshipName, x.values.name])).toEqual([
      [2, '河田镇', '红星村'],
      [4, '河田镇', '露湖村'],
      [5, '河田镇', '伯湖村'],
    ]);
    expect(r.skipped).toEqual([
      { row: 3, kind: 'totals' },
      { row: 6, kind: 'totals' },
    ]);
    expect(r.filled).toEqual([{ column: 'A', header: '乡镇', range: 'A2:A5', value: '河田镇', rows: [4, 5] }]);
  });

  it('a block merge fills its first column only; a merge over unmapped columns is not reported; a row holding only a filled value is blank', () => {
    const s = sheet(
      [
        ['乡镇', '村名', '说明', '户数（户）'],
        ['河田镇', '红星村', '新农村示范点', 412],
        [null, '露湖村', null, 380],
        [null, null, null, null],
      ],
      [
        { top: 2, left: 1, bottom: 4, right: 1 },
        { top: 2, left: 3, bottom: 3, right: 3 },
      ],
    );
    const r = extract(s);
    expect(r.rows.map((x) => [x.values.townshipName, x.values.name])).toEqual([
      ['河田镇', '红星村'],
      ['河田镇', '露湖村'],
    ]);
    expect(r.filled).toEqual([{ column: 'A', header: '乡镇', range: 'A2:A4', value: '河田镇', rows: [3] }]);
    // The unmapped 说明 column is filled for the error workbook all the same.
    expect(r.rows[1].cells[2]).toBe('新农村示范点');
  });

  it('rowsText writes runs as ranges', () => {
    expect(rowsText([6, 7, 8, 10])).toBe('第6–8、10行');
    expect(rowsText([3])).toBe('第3行');
  });
});
