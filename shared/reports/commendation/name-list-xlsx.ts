// The plain name list of a round as a spreadsheet, in the documents' order.
import type { Result } from '../../model/result';
import { buildXlsxTable, type TableModel } from '../xlsx-table';
import { groupHonours, type CommendationReport } from './name-list';

export function nameListTable(report: CommendationReport, status: string): TableModel {
  const rows = groupHonours(report).flatMap((t) =>
    t.groups.flatMap((g) => g.entries.map((e) => [t.title, g.label, e.displayName, e.township ?? '', e.unitAndPost ?? '', e.deed ?? ''])),
  );
  const doc = report.docNumber ? `，${report.docNumber}` : '';
  return {
    title: `${report.year}年度${report.level}表彰名单`,
    subtitle: `状态：${status}${doc}；共${rows.length}个（名）`,
    sheetName: '表彰名单',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '荣誉称号', kind: 'text' },
      { header: '类别', kind: 'text', width: 12 },
      { header: '名称', kind: 'text', width: 40 },
      { header: '所在乡镇', kind: 'text', width: 16 },
      { header: '单位及职务', kind: 'text', width: 30 },
      { header: '事迹简介', kind: 'text', width: 50 },
    ],
    rows: rows.map((r, i) => [i + 1, ...r]),
  };
}

export function buildNameListXlsx(report: CommendationReport, status: string): Promise<Result<Uint8Array>> {
  return buildXlsxTable(nameListTable(report, status));
}
