// 导出: the class list as shown (filters, order, totals) and a class's sign-in sheet, as
// .xlsx through the host (a save dialog, or a download in the browser edition). ExcelJS is
// loaded when a workbook is written, not with the page.
import type { SignInSheet } from '@shared/reports/training/sign-in';
import { fail, type Result } from '@shared/ipc/contract';
import type { TrainingClass } from '@shared/model/types';
import { host } from '../../../host';

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\t\r\n]/g, '').slice(0, 120);

export async function exportClassList(rows: readonly TrainingClass[], count: (c: TrainingClass) => number, subtitle: string): Promise<Result<{ location: string }>> {
  const { buildXlsxTable } = await import('@shared/reports/xlsx-table');
  const built = await buildXlsxTable({
    title: '骨干培训班一览表',
    subtitle: subtitle ? `筛选条件：${subtitle}` : undefined,
    columns: [
      { header: '期次', kind: 'text', width: 10 },
      { header: '培训班名称', kind: 'text', width: 40 },
      { header: '开班日期', kind: 'date' },
      { header: '结业日期', kind: 'date' },
      { header: '培训地点', kind: 'text', width: 16 },
      { header: '主办单位', kind: 'text', width: 16 },
      { header: '学时', kind: 'number', width: 8 },
      { header: '学员', unit: '人', kind: 'integer', width: 10 },
    ],
    rows: rows.map((c) => [c.session, c.name, c.startDate, c.endDate, c.place, c.organizer, c.hours, count(c)]),
    totals: ['合计', `${rows.length}期`, null, null, null, null, null, rows.reduce((s, c) => s + count(c), 0)],
  });
  if (!built.ok) return fail(built.error);
  return host.saveFile({ title: '导出培训班一览表', defaultName: '骨干培训班一览表.xlsx', bytes: built.value, filters: XLSX });
}

export async function exportSignIn(sheet: SignInSheet): Promise<Result<{ location: string }>> {
  const { buildSignInXlsx } = await import('@shared/reports/training/sign-in-xlsx');
  const built = await buildSignInXlsx(sheet);
  if (!built.ok) return fail(built.error);
  return host.saveFile({ title: '导出签到表', defaultName: `${fileSafe(sheet.title)}.xlsx`, bytes: built.value, filters: XLSX });
}
