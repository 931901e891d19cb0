// The problems that made a restore refuse a backup, as a table: on screen in the restore
// dialog and saved as .xlsx (for whoever looks after the file, or for support).
import { buildXlsxTable, type TableModel } from '../reports/xlsx-table';
import type { Result } from '../model/result';
import type { RecordReport } from '../model/record-rules';
import { reportSummary } from './report-summary';
import { tableLabel } from './tables';

export function recordReportTable(fileName: string, report: RecordReport, checkedAt: string): TableModel {
  return {
    title: '备份文件数据问题清单',
    subtitle: `备份文件：${fileName}；检查时间：${checkedAt}；${reportSummary(report)}。有问题的备份不能恢复，当前数据未做任何更改。`,
    sheetName: '问题清单',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '数据', kind: 'text', width: 12 },
      { header: '第几条', kind: 'integer', width: 8 },
      { header: '记录', kind: 'text', width: 24 },
      { header: '字段', kind: 'text', width: 16 },
      { header: '问题', kind: 'text', width: 60 },
      { header: '记录编号', kind: 'text', width: 38 },
    ],
    rows: report.issues.map((i, n) => [n + 1, tableLabel(i.table), i.index, i.name, i.field, i.message, i.key]),
  };
}

export function buildRecordReportXlsx(fileName: string, report: RecordReport, checkedAt: string): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return buildXlsxTable(recordReportTable(fileName, report, checkedAt));
}
