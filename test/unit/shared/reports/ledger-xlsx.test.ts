import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { LedgerEntry } from '@shared/model/types';
import { buildLedgerWorkbook } from '@shared/reports/ledger-xlsx';

const entry = (type: string, date: string, figures: LedgerEntry['figures'], extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: `${type}${date}`,
  createdAt: '',
  updatedAt: '',
  deleted: 0,
  pairingId: 'p1',
  townshipId: 't1',
  type,
  date,
  precision: 'day',
  year: 2008,
  figures,
  personIds: [],
  attachmentIds: [],
  ...extra,
});
const names = {
  pairingCode: () => 'LJ2008-001',
  enterpriseName: () => '台慧体育器材公司',
  villageName: () => '红星村',
  townshipName: () => '河田镇',
  personName: (id: string) => (id === 'p-1' ? '张三' : '?'),
};

describe('ledger export', () => {
  it('writes one sheet per type with catalog columns, typed cells and a totals row', async () => {
    const built = buildLedgerWorkbook(
      LEDGER_TYPES,
      [
        entry('funds', '2008-05-20', { amount: 12.5, purpose: '公益事业' }, { description: '=SUM(A1)', attachmentIds: ['a'] }),
        entry('labour', '2008-04-15', { sent: 45, skilled: 30 }),
        entry('labour', '2008-06-01', { sent: 20 }, { precision: 'month' }),
        entry('crossAppointment', '2008-03-01', { person: 'p-1', direction: '村→企', start: '2008-03-01' }),
      ],
      names,
      '期间：2008年',
    );
    expect(built.ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((built as { value: Uint8Array }).value as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['劳务输送', '资金扶持', '交叉任职']);
    const labour = wb.getWorksheet('劳务输送')!;
    const rowValues = (r: number) => (labour.getRow(r).values as unknown[]).slice(1);
    expect(labour.getCell('A1').value).toBe('成效台账：劳务输送');
    // Units go on a second line of the header cell.
    expect(rowValues(3).map((v) => String(v).replace('\n', ''))).toEqual(['日期', '联建编号', '企业', '村', '挂钩乡镇', '输送人数(人)', '其中技术工人(人)', '其中失地农民(人)', '其中留守妇女(人)', '情况说明', '附件(个)']);
    expect(labour.getCell('A4').value).toEqual(new Date(Date.UTC(2008, 3, 15)));
    expect(labour.getCell('A5').value).toBe('2008-06');
    expect(labour.getCell('F4').value).toBe(45);
    expect(labour.getCell('A6').value).toBe('合计（2条）');
    expect(labour.getCell('F6').value).toBe(65);
    const funds = wb.getWorksheet('资金扶持')!;
    expect(funds.getCell('F4').value).toBe(12.5);
    expect(funds.getCell('H4').value).toBe('=SUM(A1)');
    expect(wb.getWorksheet('交叉任职')!.getCell('F4').value).toBe('张三');
  });

  it('refuses an empty export with a message', () => {
    expect(buildLedgerWorkbook(LEDGER_TYPES, [], names, '')).toEqual({ ok: false, error: '没有可导出的台账记录' });
  });
});
