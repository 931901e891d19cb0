// 督查整改台账: the columns in order, dates as dates, and rows tall enough for their wrapped text.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildRectificationLedger, type LedgerRow } from '@shared/reports/supervision/rectification-ledger-xlsx';

const row = (extra: Partial<LedgerRow> = {}): LedgerRow => ({
  round: '2008年第三季度',
  pairing: 'LJ2006-002 长汀县鑫源新材料有限公司—宣成乡坑洋村',
  problem: '7月、8月月报未按时报送',
  requirement: '补报7月、8月月报，明确专人按月报送',
  responsible: '宣成乡党委',
  deadline: '2008-10-15',
  state: '待整改 · 逾期',
  progress: '',
  review: '',
  ...extra,
});

describe('督查整改台账 .xlsx', () => {
  it('writes every item under the header, deadlines as dates, wrapped rows made taller', async () => {
    const built = await buildRectificationLedger([row(), row({ pairing: 'LJ2006-001 短', problem: '短', requirement: '短', state: '已整改', review: '2008-10-20 张明' })], '导出日期：2026-12-05');
    if (!built.ok) throw new Error(built.error);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(built.value.buffer as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(3).values).toEqual([undefined, '督查', '联建点', '存在问题', '整改要求', '责任单位', '整改期限', '状态', '整改情况', '复查']);
    expect(sheet.getCell(4, 6).value).toEqual(new Date(Date.UTC(2008, 9, 15)));
    expect(sheet.getRow(4).height).toBeGreaterThanOrEqual(33);
    expect(sheet.getRow(5).height ?? 15).toBeLessThanOrEqual(15);
    expect(sheet.getCell(5, 9).value).toBe('2008-10-20 张明');
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });
});
