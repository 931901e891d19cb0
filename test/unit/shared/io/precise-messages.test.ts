// Issue 14 item 7: a refused or doubtful file gets a message naming the file and the exact reason —
// a damaged .xlsx (no shared strings), a CSV with a NUL byte or with lines in two encodings — and
// an .xlsm's macros and cached formula values are imported with a clear warning.
import { describe, expect, it } from 'vitest';
import { readXlsxStreaming } from '@shared/io/node/read-xlsx-stream';
import { readWorkbook } from '@shared/io/read-workbook';
import { VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import * as bad from '../../../fixtures/spreadsheets/bad-files';
import { importSheet, readError } from './pipeline';

const streaming = { read: readXlsxStreaming, fromBytes: 0 };

describe('precise messages for refused files, naming the file and the reason', () => {
  it('an .xlsx missing its shared-strings part is a damaged file, not a file without a header', async () => {
    const message = await readError('村情信息表.xlsx', bad.xlsxWithoutSharedStrings());
    expect(message).toMatch(/^文件 村情信息表\.xlsx 无法读取：文件已损坏：工作表「村情」中的文字存放在共享字符串部件（xl\/sharedStrings\.xml）中，而文件里缺少这个部件/);
    expect(message).not.toMatch(/表头/);
  });

  it('a CSV with a NUL byte says where the NUL is and why that refuses the file', async () => {
    expect(await readError('村情.csv', bad.csvWithNul())).toBe(
      '文件 村情.csv 无法读取：第3行第3个字符处含有空字符（NUL，0x00），不是纯文本的 CSV 文件（可能已损坏，或由其他程序错误导出）；请在 Excel/WPS 中打开后另存为 .xlsx 再导入',
    );
  });

  it('a CSV with UTF-8 lines and GBK lines names a line of each', async () => {
    expect(await readError('村情.csv', bad.csvMixedEncodings())).toBe(
      '文件 村情.csv 无法读取：文件中的文字编码不一致：第1行是 UTF-8 编码，第3行是 GBK（GB18030）编码（可能由两个文件拼接而成），无法确定正确的文字；请在 Excel/WPS 中分别打开后统一另存为 .xlsx 再导入',
    );
  });

  it('random bytes and UTF-16 without its mark are still "not a spreadsheet", not a NUL in a CSV', async () => {
    expect(await readError('x.csv', bad.randomFile())).toMatch(/不是可识别的表格文件/);
    const utf16 = new Uint8Array(new Uint16Array([...'村名,户数\r\n红星村,412\r\n'].map((c) => c.charCodeAt(0))).buffer);
    const result = await readWorkbook('x.csv', utf16);
    if (result.ok) expect(result.workbook.sheets[0].rows.length).toBeGreaterThan(0);
    else expect(result.error).not.toMatch(/空字符/);
  });
});

describe('.xlsm macros and cached values of external-link / WEBSERVICE() formulas → imported with a warning', () => {
  it.each([
    ['in-memory reader', {}],
    ['streaming reader', { streaming }],
  ] as const)('%s: the cached values are imported and the user is told which cells', async (_name, options) => {
    const r = await importSheet('村情.xlsm', bad.xlsmWithMacrosAndLinks(), VILLAGE_FIELDS, options);
    expect(r.rows.map((x) => [x.values.name, x.values.households, x.values.population])).toEqual([
      ['红星村', 412, 1630],
      ['露湖村', 380, 1502],
    ]);
    expect(r.workbook.warnings).toEqual([
      '文件含有宏（VBA 代码）：宏不会运行，只导入单元格中保存的数据',
      '工作表「村情」的 B2 是引用其他工作簿的公式：导入的是文件保存时的计算结果（未重新计算），请核对',
      '工作表「村情」的 C2、C3 是 WEBSERVICE() 等从网络取数的公式：导入的是文件保存时的计算结果（未联网更新），请核对',
    ]);
  });

  it('a plain .xlsx carries no warnings', async () => {
    const result = await readWorkbook('村情.xlsx', await bad.smallVillageList());
    expect(result.ok && result.workbook.warnings).toBeUndefined();
  });
});
