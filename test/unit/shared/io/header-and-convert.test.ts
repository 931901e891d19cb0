// Header detection, matching, row kinds, cell conversion and CSV parsing, piece by piece.
import { describe, expect, it } from 'vitest';
import { convertCell } from '@shared/io/convert';
import type { ImportField } from '@shared/io/fields';
import { detectLayout } from '@shared/io/header';
import { indexFields, matchHeader } from '@shared/io/match';
import { parseCsv } from '@shared/io/read-text';
import { classifyRow } from '@shared/io/rows';
import type { CellValue, MergeRange, SheetData } from '@shared/io/types';
import { unitShift } from '@shared/io/units';
import { ENTERPRISE_FIELDS, VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';

const sheet = (rows: CellValue[][], merges: MergeRange[] = []): SheetData => ({
  name: 'Sheet1',
  hidden: false,
  merges,
  columnCount: Math.max(...rows.map((r) => r.length)),
  rows: rows.map((cells, i) => ({ r: i + 1, cells })).filter((r) => r.cells.some((c) => c !== null && c !== '')),
});

describe('detectLayout', () => {
  it('a one-row header under an unmerged title is one row, with no group taken from the title', () => {
    const layout = detectLayout(sheet([['长汀县村情信息表'], ['所属乡镇', '村名', '户数（户）'], ['河田镇', '红星村', 412]]), VILLAGE_FIELDS)!;
    expect(layout).toMatchObject({ headerRow: 2, headerRows: 1, dataStartRow: 3 });
    expect(layout.columns.every((c) => c.group === undefined)).toBe(true);
  });

  it('the unmerged two-row header WPS users type: a group name over the first of its columns', () => {
    const layout = detectLayout(
      sheet([
        ['所属乡镇', '村名', '村党组织', null, null],
        [null, null, '类型', '书记', '党员数（人）'],
        ['河田镇', '红星村', '党支部', '刘红英', 38],
      ]),
      VILLAGE_FIELDS,
    )!;
    expect(layout).toMatchObject({ headerRow: 1, headerRows: 2 });
    expect(layout.columns.map((c) => c.field)).toEqual(['townshipName', 'name', 'partyOrg.type', 'partyOrg.secretary', 'partyOrg.members']);
  });

  it('the signature of a layout does not depend on the title above it', () => {
    const a = detectLayout(sheet([['2007年村情'], ['村名', '户数（户）']]), VILLAGE_FIELDS)!;
    const b = detectLayout(sheet([['2008年村情统计表'], ['填报单位：某镇'], ['村名', '户数（户）']]), VILLAGE_FIELDS)!;
    expect(a.signature).toBe(b.signature);
  });

  it('no header naming any field: null', () => {
    expect(detectLayout(sheet([['甲', '乙'], [1, 2]]), VILLAGE_FIELDS)).toBeNull();
  });

  it('two columns naming one field: the second is reported, not imported', () => {
    const layout = detectLayout(sheet([['村名', '村名称']]), VILLAGE_FIELDS)!;
    expect(layout.columns[1]).toMatchObject({ status: 'duplicate', field: null, note: '与 A 列「村名」对应同一字段「村名」，未导入' });
  });
});

describe('matchHeader', () => {
  const index = indexFields(ENTERPRISE_FIELDS);
  it.each([
    [' 企 业 名 称 ', undefined, 'name'],
    ['*单位名称', undefined, 'name'],
    ['年产值【万元】', undefined, 'outputValue'],
    ['年产值(万元)', undefined, 'outputValue'],
    ['书记', '党组织情况', 'partyOrg.secretary'],
    ['类型', '党组织情况', 'partyOrg.type'],
    ['所属乡镇（开发区）', undefined, 'townshipName'],
  ])('「%s」 under 「%s」 → %s', (header, group, key) => {
    const m = matchHeader(index, header, group);
    expect('field' in m && m.field.key).toBe(key);
  });
  it('「年产值（元）」 converts (÷10⁴); 「年产值（亩）」 does not', () => {
    expect(matchHeader(index, '年产值（元）')).toMatchObject({ unitShift: -4, unit: '元' });
    expect(matchHeader(index, '年产值（亩）')).toMatchObject({ unitConflict: { unit: '亩' } });
  });
  it('unitShift', () => {
    expect([unitShift('元', '万元'), unitShift('万元', '万元'), unitShift('亿元', '万元'), unitShift('名', '人'), unitShift('元/年', '万元/年'), unitShift('户', '人')]).toEqual([-4, 0, 4, 0, -4, null]);
    // A yearly figure headed without 「/年」 is the same unit; a per-month one is not.
    expect([unitShift('万元', '万元/年'), unitShift('元', '万元/年'), unitShift('元/月', '元/年'), unitShift('元/年', '元')]).toEqual([0, -4, null, null]);
  });
});

describe('classifyRow', () => {
  const layout = detectLayout(sheet([['序号', '村名', '户数（户）']]), VILLAGE_FIELDS)!;
  it.each([
    [[null, '合  计', 1612], 'totals'],
    [['河田镇小计', null, 800], 'totals'],
    [['总计：', null, 1612], 'totals'],
    [['填表人：张三', null, '审核人：李四'], 'notes'],
    [['注：区划代码为12位'], 'notes'],
    [['说明 1. 以营业执照为准'], 'notes'],
    [['序号', '村名', '户数（户）'], 'header'],
    [[null, '  ', null], 'blank'],
    [[3, '合计村', 100], 'data'],
    [[4, '红星村', 412], 'data'],
  ] as [CellValue[], string][])('%j → %s', (cells, kind) => {
    expect(classifyRow(cells, layout)).toBe(kind);
  });
});

describe('convertCell', () => {
  const field = (f: Partial<ImportField>): ImportField => ({ key: 'k', label: '字段', kind: 'text', ...f });
  const ctx = { date1904: false };
  it.each([
    ['是', true],
    ['√', true],
    ['Y', true],
    ['否', false],
    ['×', false],
    [true, true],
  ] as [CellValue, boolean][])('bool %j → %j', (v, want) => {
    expect(convertCell(v, field({ kind: 'bool' }), ctx)).toEqual({ ok: true, value: want });
  });
  it('enum options and aliases, normalized', () => {
    const f = field({ kind: 'enum', options: ['私营', '个体'], optionAliases: { 私营: ['民营'] } });
    expect([convertCell('民营', f, ctx), convertCell(' 个 体 ', f, ctx), convertCell('国有', f, ctx)]).toEqual([
      { ok: true, value: '私营' },
      { ok: true, value: '个体' },
      { ok: false, error: '应为 私营、个体 之一，实际为「国有」' },
    ]);
  });
  it('codes and phone numbers typed into number cells are taken while exact', () => {
    expect(convertCell(350821100201, field({ kind: 'code' }), ctx)).toEqual({ ok: true, value: '350821100201' });
    expect(convertCell(13905971234, field({ kind: 'phone', label: '联系电话' }), ctx)).toEqual({ ok: true, value: '13905971234' });
    expect(convertCell(3.5e20, field({ kind: 'code', label: '区划代码' }), ctx)).toEqual({ ok: false, error: '区划代码须以文本格式填写' });
  });
  it('a number with its unit in another magnitude, into an integer field', () => {
    const f = field({ kind: 'int', unit: '人', min: 0 });
    expect(convertCell('1.2万人', f, ctx)).toEqual({ ok: true, value: 12000 });
    expect(convertCell('1,200', f, ctx)).toEqual({ ok: true, value: 1200 });
    expect(convertCell('１２００', f, ctx)).toEqual({ ok: true, value: 1200 });
  });
  it('years from numbers, text and dates', () => {
    const f = field({ kind: 'year' });
    expect([2006, '2006年', new Date(Date.UTC(2006, 4, 1)), '二〇〇六'].map((v) => convertCell(v, f, ctx))).toEqual([
      { ok: true, value: 2006 },
      { ok: true, value: 2006 },
      { ok: true, value: 2006 },
      { ok: false, error: '应为四位年份，实际为「二〇〇六」' },
    ]);
  });
  it('lists split on 、 , ； /', () => {
    expect(convertCell('纺织、食品加工，竹木;稀土', field({ kind: 'list' }), ctx)).toEqual({ ok: true, value: ['纺织', '食品加工', '竹木', '稀土'] });
  });
});

describe('parseCsv', () => {
  it('quoted fields with delimiters, doubled quotes and line breaks; CR, LF and CRLF', () => {
    expect([...parseCsv('a,"b,c","say ""hi""","line\nbreak"\r\n1,2,3,4\r5,6,7,8\n')]).toEqual([
      ['a', 'b,c', 'say "hi"', 'line\nbreak'],
      ['1', '2', '3', '4'],
      ['5', '6', '7', '8'],
    ]);
  });
  it('tabs or semicolons when they split the lines', () => {
    expect([...parseCsv('村名\t户数\n红星村\t412\n')]).toEqual([
      ['村名', '户数'],
      ['红星村', '412'],
    ]);
    expect([...parseCsv('村名;户数\n红星村;"1,200"\n')]).toEqual([
      ['村名', '户数'],
      ['红星村', '1,200'],
    ]);
  });
});
