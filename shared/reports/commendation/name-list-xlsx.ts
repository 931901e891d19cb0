// The plain name list of a round as a spreadsheet, in the documents' order.
import type { Result } from '../../model/result';
import { buildXlsxTable, type TableModel } from '../xlsx-table';
import { groupHonours, type CommendationReport } from './name-list';

/**
 * The list's columns: 单位及职务 only when it names a person, 事迹简介 only when a deed is
 * written, so a list of organizations prints on portrait A4 at a readable size.
 */
export function nameListTable(report: CommendationReport, status: string): TableModel {
  const groups = groupHonours(report);
  const entries = groups.flatMap((t) => t.groups.flatMap((g) => g.entries.map((e) => ({ title: t.title, label: g.label, e }))));
  const withPosts = entries.some((x) => x.e.unitAndPost);
  const withDeeds = entries.some((x) => x.e.deed);
  const doc = report.docNumber ? `，${report.docNumber}` : '';
  return {
    title: `${report.year}年度${report.level}表彰名单`,
    subtitle: `状态：${status}${doc}；共${entries.length}个（名）`,
    sheetName: '表彰名单',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '荣誉称号', kind: 'text' },
      { header: '类别', kind: 'text', width: 12 },
      { header: '名称', kind: 'text' },
      { header: '所在乡镇', kind: 'text', width: 16 },
      ...(withPosts ? [{ header: '单位及职务', kind: 'text' as const, width: 30 }] : []),
      ...(withDeeds ? [{ header: '事迹简介', kind: 'text' as const, width: 50 }] : []),
    ],
    rows: entries.map((x, i) => [
      i + 1,
      x.title,
      x.label,
      x.e.displayName,
      x.e.township ?? '',
      ...(withPosts ? [x.e.unitAndPost ?? ''] : []),
      ...(withDeeds ? [x.e.deed ?? ''] : []),
    ]),
  };
}

export function buildNameListXlsx(report: CommendationReport, status: string): Promise<Result<Uint8Array>> {
  return buildXlsxTable(nameListTable(report, status));
}
