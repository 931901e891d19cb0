// Which figures of a township stand in the year's statistics: its year-end tally (乡镇年终
// 统计表) or the ledger (台账). The rule is in shared/reports/statistics/sources.ts; this is
// the office's own choice for one township and year, made on the 对账 page and kept as one
// record per township and year, every change written to the 操作日志.

export const SOURCE_KINDS = ['tally', 'ledger'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_LABELS: Record<SourceKind, string> = { tally: '年终统计表', ledger: '台账' };

export type FigureSourceChoice = {
  /** `${year}|${townshipId}`: one choice per township and year. */
  id: string;
  year: number;
  townshipId: string;
  source: SourceKind;
  createdAt: string;
  updatedAt: string;
};

export const figureSourceId = (year: number, townshipId: string): string => `${year}|${townshipId}`;
