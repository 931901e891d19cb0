// The refusal report as .xlsx: title, what was checked, one row per problem, text that looks
// like a formula kept as text.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRecordReportXlsx } from '@shared/backup/report-xlsx';
import { reportSummary } from '@shared/backup/report-summary';
import type { RecordReport } from '@shared/model/record-rules';

const report: RecordReport = {
  total: 250,
  issues: [
    { table: 'villages', index: 3, key: 'v-000003', name: '红星村', field: '人口', message: '人口应为非负整数' },
    { table: 'townships', index: 1, key: 't-000001', name: '=HYPERLINK("x")', field: '类型', message: '类型应为 乡、镇、街道 或 开发区' },
    { table: 'ledger', index: 40, key: 'l-000040', name: '资金扶持 2008-03-01', field: '金额', message: '「金额」应为非负数，实际为「abc」' },
  ],
};

describe('backup problem list (.xlsx)', () => {
  it('says how many there are and lists each with table, position, record, field and problem', async () => {
    expect(reportSummary(report)).toBe('共 250 处问题，列出前 3 处');
    const built = await buildRecordReportXlsx('改过的备份.cqbak', report, '2026-11-25 09:30');
    if (!built.ok) throw new Error(built.error);
    if (process.env.CQ_KEEP_XLSX) writeFileSync(process.env.CQ_KEEP_XLSX, built.value);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(built.value.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('问题清单');
    expect(sheet.getCell('A1').value).toBe('备份文件数据问题清单');
    expect(String(sheet.getCell('A2').value)).toContain('备份文件：改过的备份.cqbak；检查时间：2026-11-25 09:30；共 250 处问题，列出前 3 处');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '数据', '第几条', '记录', '字段', '问题', '记录编号']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([1, '村', 3, '红星村', '人口', '人口应为非负整数', 'v-000003']);
    expect(sheet.getCell('D5').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('D5').numFmt).toBe('@');
  });
});
