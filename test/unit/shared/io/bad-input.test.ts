// RELIABILITY.md's bad-input table, one describe per spreadsheet row, named after the row.
// The files come from test/fixtures/spreadsheets/bad-files.ts, generated at test time.
import { describe, expect, it } from 'vitest';
import { readXlsxStreaming } from '@shared/io/node/read-xlsx-stream';
import { buildErrorWorkbook } from '@shared/io/error-workbook';
import { detectLayout } from '@shared/io/header';
import ExcelJS from 'exceljs';
import { ENTERPRISE_FIELDS, PERSON_FIELDS, VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import { idCardCheckChar } from '@shared/model/idcard';
import * as bad from '../../../fixtures/spreadsheets/bad-files';
import { buildRawXlsx, sheetXml } from '../../../fixtures/spreadsheets/raw-xlsx';
import { enterpriseList, villageList } from '../../../fixtures/spreadsheets/office-lists';
import { importSheet, readError } from './pipeline';

const streaming = { read: readXlsxStreaming, fromBytes: 0 };

describe('empty, random-bytes or truncated .xlsx → clear message naming the file; nothing written', () => {
  it('an empty file', async () => {
    expect(await readError('村情信息表.xlsx', bad.emptyFile())).toBe('文件 村情信息表.xlsx 无法读取：文件是空的（0 字节）');
  });
  it('random bytes', async () => {
    expect(await readError('村情信息表.xlsx', bad.randomFile())).toMatch(/^文件 村情信息表\.xlsx 无法读取：不是可识别的表格文件/);
  });
  it('a truncated .xlsx', async () => {
    expect(await readError('村情信息表.xlsx', await bad.truncatedXlsx())).toMatch(/^文件 村情信息表\.xlsx 无法读取：文件已损坏或不完整/);
  });
  it('a Word document renamed .xlsx', async () => {
    const docx = buildRawXlsx([], { parts: () => [{ name: 'word/document.xml', data: '<w:document/>' }, { name: '[Content_Types].xml', data: '<Types/>' }] });
    expect(await readError('村情信息表.xlsx', docx)).toBe('文件 村情信息表.xlsx 无法读取：这是 Word 文档，不是 Excel 工作簿');
  });
});

describe('.xls (D0 CF 11 E0) converted; encrypted .xlsx (same signature) → 「文件已加密，请先取消密码」', () => {
  it('an .xls is converted and read like an .xlsx', async () => {
    const xls = bad.xlsFile([
      ['长汀县村情信息表'],
      ['所属乡镇', '村名', '户数（户）', '区划代码'],
      ['河田镇', '红星村', 412, '350821100201'],
    ]);
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const r = await importSheet('村情.xls', xls, VILLAGE_FIELDS);
    expect(r.workbook.format).toBe('xls');
    expect(r.layout.headerRow).toBe(2);
    expect(r.rows[0].values).toMatchObject({ townshipName: '河田镇', name: '红星村', households: 412, areaCode: '350821100201' });
  });
  it('an encrypted .xlsx is refused with the message to remove the password', async () => {
    expect(await readError('村情信息表.xlsx', bad.encryptedXlsx())).toBe('文件 村情信息表.xlsx 无法读取：文件已加密，请先取消密码');
  });
  it('a zip part flagged as encrypted is refused the same way', async () => {
    expect(await readError('a.xlsx', bad.encryptedFlagZip())).toBe('文件 a.xlsx 无法读取：文件已加密，请先取消密码');
  });
});

describe('zip bomb (small file, huge inflated XML) → rejected from the zip directory sizes before inflating', () => {
  it('a part declaring 2 GB is refused from the directory', async () => {
    expect(await readError('bomb.xlsx', bad.zipBombDeclared())).toMatch(/部件「xl\/worksheets\/sheet1\.xml」解压后有 1907 MB，超过了 256 MB 的上限/);
  });
  it('a part compressed a thousandfold is refused from the directory', async () => {
    const bytes = bad.zipBombRatio();
    expect(bytes.length).toBeLessThan(100_000);
    expect(await readError('bomb.xlsx', bytes)).toMatch(/压缩比异常.*疑似恶意文件/);
  }, 60_000);
  it('a directory that understates a part is caught while inflating, without keeping the output', async () => {
    expect(await readError('bomb.xlsx', bad.zipBombLying())).toMatch(/解压后的大小与压缩目录不符/);
  }, 60_000);
});

describe('300k-row sheet, or a stray cell at XFD1048576 → row and column caps with a message; streaming read; no hang', () => {
  it('300,000 rows are refused with the cap named (in-memory reader)', async () => {
    expect(await readError('大表.xlsx', bad.sheet300kRows())).toBe('文件 大表.xlsx 无法读取：工作表「Sheet1」的数据超过了 200000 行的上限，请把数据拆分到多个文件');
  }, 120_000);
  it('300,000 rows are refused the same way by the streaming reader', async () => {
    expect(await readError('大表.xlsx', bad.sheet300kRows(), { streaming })).toMatch(/超过了 200000 行的上限/);
  }, 120_000);
  it('a stray cell at XFD1048576 is named, without allocating a million columns', async () => {
    const message = await readError('村情.xlsx', bad.strayCellXfd());
    expect(message).toBe(
      '文件 村情.xlsx 无法读取：工作表「Sheet1」的单元格 XFD1048576 超出了可导入的范围（最多 200000 行、200 列），请删除多余的单元格或把数据拆分到多个文件',
    );
    expect(await readError('村情.xlsx', bad.strayCellXfd(), { streaming })).toBe(message);
  });
  it('a merge over the whole sheet is refused before any library expands it', async () => {
    expect(await readError('村情.xlsx', bad.hugeMerge())).toMatch(/合并单元格 A3:XFD1048576 范围过大/);
  });
});

describe('XML entity expansion / external entities → refused, no file read', () => {
  it('entity expansion ("billion laughs") is refused', async () => {
    expect(await readError('村情.xlsx', bad.xmlEntityExpansion())).toMatch(/含有 DOCTYPE\/ENTITY 声明，出于安全考虑不予读取/);
  });
  it('an external entity is refused before any parser sees it', async () => {
    const message = await readError('村情.xlsx', bad.xmlExternalEntity());
    expect(message).toMatch(/部件「xl\/workbook\.xml」含有 DOCTYPE\/ENTITY 声明/);
    expect(message).not.toMatch(/root:/);
  });
});

describe('header named __proto__ or constructor → ignored as unknown; rows built without prototypes', () => {
  it('the columns are unknown and the rows carry no prototype', async () => {
    const r = await importSheet('村情.xlsx', bad.prototypeHeaders(), VILLAGE_FIELDS);
    expect(r.layout.columns.map((c) => [c.header, c.status])).toEqual([
      ['村名', 'matched'],
      ['__proto__', 'unknown'],
      ['constructor', 'unknown'],
      ['所属乡镇', 'matched'],
    ]);
    const values = r.rows[0].values;
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.keys(values).sort()).toEqual(['name', 'townshipName']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ID number stored as a number cell (precision lost) → row rejected: 「身份证号须以文本格式填写」', () => {
  it('the row is rejected naming the cell', async () => {
    const r = await importSheet('人员.xlsx', bad.idNumberAsNumber(), PERSON_FIELDS);
    expect(r.messages).toEqual(['文件 人员.xlsx · 工作表 Sheet1 · 第2行 · B列「身份证号」：身份证号须以文本格式填写']);
  });
});

describe('GBK/GB18030 .csv → BOM → strict UTF-8 → gb18030; leading zeros and long digit strings kept as text', () => {
  it('a GB18030 CSV with a title row, quoted thousands and a totals row', async () => {
    const r = await importSheet('村情信息表.csv', bad.gb18030Csv(), VILLAGE_FIELDS);
    expect(r.workbook.format).toBe('csv');
    expect(r.rows.map((x) => x.values.areaCode)).toEqual(['350821100201', '035082110020']);
    expect(r.rows.map((x) => x.values.households)).toEqual([412, 1200]);
    expect(r.skipped).toEqual([{ row: 5, kind: 'totals' }]);
  });
  it('UTF-8 with and without BOM, and the UTF-16 "Unicode text" Excel saves (tab-separated)', async () => {
    const text = '村名,区划代码\r\n红星村,350821100201\r\n';
    const utf8 = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text.replaceAll(',', '\t')].map((c) => c.charCodeAt(0))).buffer)]);
    for (const bytes of [utf8, withBom, utf16]) {
      const r = await importSheet('村.csv', bytes, VILLAGE_FIELDS);
      expect(r.rows[0].values).toMatchObject({ name: '红星村', areaCode: '350821100201' });
    }
  });
  it('an error in a CSV names file, row and column (CSV files have no sheet)', async () => {
    const r = await importSheet('村.csv', new TextEncoder().encode('村名,富余劳动力（人）\n红星村,约50\n'), VILLAGE_FIELDS);
    expect(r.messages).toEqual(['文件 村.csv · 第2行 · B列「富余劳动力（人）」：应为非负整数，实际为「约50」']);
  });
});

describe('full-width digits, Ｘ, lowercase x, zero-width spaces, NBSP → normalized before validation', () => {
  it('an ID number with full-width digits and Ｘ, a name with NBSP and zero-width spaces', async () => {
    const id17 = '11010519491231002';
    const id = id17 + idCardCheckChar(id17);
    const fullWidth = [...id].map((c) => (c === 'X' ? 'Ｘ' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    const bytes = buildRawXlsx([
      {
        name: 'Sheet1',
        xml: sheetXml([
          ['姓名', '身份证号', '联系电话'],
          ['\u00a0刘\u200b红英\u00a0', fullWidth, '１３９０５９７１２３４'],
          ['王金水', id.toLowerCase(), null],
        ]),
      },
    ]);
    const r = await importSheet('人员.xlsx', bytes, PERSON_FIELDS);
    expect(r.messages).toEqual([]);
    expect(r.rows.map((x) => [x.values.name, x.values.idNumber])).toEqual([
      ['刘红英', id],
      ['王金水', id],
    ]);
    expect(r.rows[0].values.phone).toBe('13905971234');
  });
});

describe('wrong check digit, impossible birth date → row rejected, file + sheet + row + column named', () => {
  it('both rows rejected, every reason listed', async () => {
    const bytes = buildRawXlsx([
      {
        name: '人员',
        xml: sheetXml([
          ['姓名', '身份证号'],
          ['甲', '110105194912310021'],
          ['乙', '110105194902300020'],
        ]),
      },
    ]);
    const r = await importSheet('人员.xlsx', bytes, PERSON_FIELDS);
    expect(r.messages).toEqual([
      '文件 人员.xlsx · 工作表 人员 · 第2行 · B列「身份证号」：身份证号校验位错误，应为X',
      '文件 人员.xlsx · 工作表 人员 · 第3行 · B列「身份证号」：身份证号中的出生日期「19490230」不存在',
    ]);
  });
});

describe('merged cells, title rows above the header, totals row 「合计」, notes row 「填表人：」 → header found, merged headers expanded, totals and notes rows skipped', () => {
  it('an office village list', async () => {
    const r = await importSheet('村情信息表.xlsx', await villageList(), VILLAGE_FIELDS);
    expect(r.layout).toMatchObject({ headerRow: 3, headerRows: 2, dataStartRow: 5 });
    expect(r.layout.columns.find((c) => c.letter === 'E')).toMatchObject({ group: '基本情况', header: '户数（户）', field: 'households' });
    expect(r.layout.columns.find((c) => c.letter === 'L')).toMatchObject({ group: '村党组织', header: '书记', field: 'partyOrg.secretary' });
    expect(r.layout.columns.find((c) => c.letter === 'A')?.status).toBe('ordinal');
    expect(r.rows.map((x) => x.row)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(r.skipped).toEqual([
      { row: 12, kind: 'totals' },
      { row: 13, kind: 'notes' },
    ]);
  });
  it('the same list through the streaming reader (merges from the sheet XML)', async () => {
    const bytes = await villageList();
    const a = await importSheet('村情信息表.xlsx', bytes, VILLAGE_FIELDS);
    const b = await importSheet('村情信息表.xlsx', bytes, VILLAGE_FIELDS, { streaming });
    expect(b.layout).toEqual(a.layout);
    expect(b.rows.map((x) => x.values)).toEqual(a.rows.map((x) => x.values));
  });
});

describe('formula, error (#REF!) or rich-text cells → formula → cached value; error → rejected with the cell named; rich text → plain text', () => {
  it('cached values, a rejected error cell, plain text', async () => {
    const r = await importSheet('村情.xlsx', bad.mixedCells(), VILLAGE_FIELDS);
    expect(r.rows[0].values).toMatchObject({ name: '红星村', households: 412, population: 1630, 'partyOrg.secretary': '刘红英' });
    expect(r.messages).toEqual(['文件 村情.xlsx · 工作表 Sheet1 · 第3行 · B列「户数（户）」：单元格为错误值「#REF!」，请改正公式或填写数值', '文件 村情.xlsx · 工作表 Sheet1 · 第3行 · C列「人口（人）」：应为数字，实际为日期「2008-12-03」']);
  });
});

describe('Excel date serials, 1904 workbooks, dates written as 2008年12月, 2008.12, 2008/12/3 → all parsed; serials before 1900-03-01 rejected', () => {
  const dated = (cells: (string | number)[], date1904 = false) =>
    buildRawXlsx([{ name: 'Sheet1', xml: sheetXml([['企业名称', '所属乡镇', '党组织建立时间'], ...cells.map((c, i) => [`企业${i}`, '河田镇', c])]) }], { date1904 });
  it('serials, text forms and a too-early serial', async () => {
    const r = await importSheet('企业.xlsx', dated([39785, '2008年12月', '2008.12', '2008/12/3', 59]), ENTERPRISE_FIELDS);
    expect(r.rows.slice(0, 4).map((x) => x.values['partyOrg.establishedDate'])).toEqual(['2008-12-03', '2008-12-01', '2008-12-01', '2008-12-03']);
    expect(r.messages).toEqual([expect.stringMatching(/第6行 · C列「党组织建立时间」：Excel 日期序号「59」早于1900年3月1日/)]);
  });
  it('a 1904 workbook counts its serials from 1904', async () => {
    const r = await importSheet('企业.xlsx', dated([38323], true), ENTERPRISE_FIELDS);
    expect(r.workbook.date1904).toBe(true);
    expect(r.rows[0].values['partyOrg.establishedDate']).toBe('2008-12-03');
  });
  it('a date-formatted cell in a 1904 workbook', async () => {
    const r = await importSheet('村情.xlsx', bad.mixedCells(true), VILLAGE_FIELDS);
    expect(r.messages[1]).toMatch(/实际为日期「2012-12-04」/);
  });
});

describe('numbers with units or separators: 45万元, 1,200, 约50 → units/separators accepted where unambiguous; 约50 rejected', () => {
  it('in an office enterprise list', async () => {
    const r = await importSheet('企业.xlsx', await enterpriseList(), ENTERPRISE_FIELDS);
    expect(r.rows[0].values).toMatchObject({ employees: 1200, outputValue: 45 });
  });
  it('a column in 元 over a field in 万元 is converted; 约50 is refused', async () => {
    const bytes = buildRawXlsx([{ name: 'Sheet1', xml: sheetXml([['村名', '村集体收入（元）', '富余劳动力（人）'], ['红星村', 125000, '50人'], ['露湖村', '8万元', '约50']]) }]);
    const r = await importSheet('村.xlsx', bytes, VILLAGE_FIELDS);
    expect(r.rows.map((x) => x.values.collectiveIncome)).toEqual([12.5, 8]);
    expect(r.rows[0].values.surplusLabour).toBe(50);
    expect(r.messages).toEqual(['文件 村.xlsx · 工作表 Sheet1 · 第3行 · C列「富余劳动力（人）」：应为非负整数，实际为「约50」']);
  });
  it('a unit that cannot convert leaves the column unmatched, with the reason', () => {
    const layout = detectLayout({ name: 's', hidden: false, merges: [], columnCount: 2, rows: [{ r: 1, cells: ['村名', '户数（人）'] }] }, VILLAGE_FIELDS)!;
    expect(layout.columns[1]).toMatchObject({ status: 'unit-conflict', field: null, note: '单位「人」与字段「户数」的单位「户」不符，无法换算' });
  });
});

describe('export of text starting with =, +, -, @, tab, CR; control characters, cells over 32,767 characters → the error workbook writes plain text', () => {
  it('formula-like text stays text, control characters are stripped, long cells are cut', async () => {
    const layout = detectLayout({ name: 's', hidden: false, merges: [], columnCount: 2, rows: [{ r: 1, cells: ['村名', '联系人'] }] }, VILLAGE_FIELDS)!;
    const bytes = await buildErrorWorkbook([
      { name: '村情', layout, rows: [{ row: 2, cells: ['=HYPERLINK("http://x")', `a\u0007b${'长'.repeat(40_000)}`], badColumns: [0], reasons: ['原因'] }] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const row = wb.worksheets[0].getRow(2);
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://x")');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    const long = String(row.getCell(3).value);
    expect(long.startsWith('ab长')).toBe(true);
    expect(long.length).toBe(32_767);
  });
});
