// Tally figures as TallyReport stores them — per ledger type, keyed like LedgerAggregate.sums
// ('sent', 'outcome=企业中层管理人员', 'orderBased=true', '#count') — and back.
import type { FigureValue } from '../model/types';
import type { LedgerFigure } from '../reports/statistics/ledger-figures';

/** A tally row's figures by figure id (see ledger-figures.ts); null when not reported. */
export type TallyFigures = Record<string, number | boolean | null>;

export function toReportFigures(figures: TallyFigures): Record<string, Record<string, FigureValue>> {
  const out: Record<string, Record<string, FigureValue>> = {};
  for (const [id, value] of Object.entries(figures)) {
    const dot = id.indexOf('.');
    const type = id.slice(0, dot);
    (out[type] ??= {})[id.slice(dot + 1)] = value;
  }
  return out;
}

/** A figure's value in a stored tally row: a number, 1/0 for 是/否, or null when not reported. */
export function reportedValue(figures: Record<string, Record<string, FigureValue>>, figure: LedgerFigure): number | null {
  const key = figure.source.kind === 'count' ? '#count' : figure.source.key;
  const v = figures[figure.typeKey]?.[key];
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}
