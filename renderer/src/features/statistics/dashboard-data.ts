// The dashboard's series, all taken from the annual table of each year so that a chart and
// the table can never disagree: a figure over the years, the same figure by township in the
// working year, and ledger entries by type in the working year.
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { allColumns, computeAnnualTable, type AnnualTable, type StatColumn } from '@shared/reports/statistics/annual-table';
import type { StatisticsInput } from '@shared/reports/statistics/input';

export type Series = { labels: string[]; values: number[] };

/** The years the data covers, up to the working year. */
export function yearsCovered(input: StatisticsInput, year: number): number[] {
  let first = year;
  for (const a of input.aggregates) first = Math.min(first, a.year);
  for (const p of input.pairings) if (p.approvedDate) first = Math.min(first, Number(p.approvedDate.slice(0, 4)));
  for (const c of input.trainings) first = Math.min(first, Number(c.startDate.slice(0, 4)) || first);
  first = Math.max(first, year - 14);
  return Array.from({ length: year - first + 1 }, (_, i) => first + i);
}

export function chartableColumns(table: AnnualTable): StatColumn[] {
  return allColumns({ parts: table.parts.filter((p) => p.key !== 'detail') }).filter((c) => !c.countyOnly);
}

export function byYear(input: StatisticsInput, years: readonly number[], townshipIds: readonly string[], columnId: string): Series {
  return {
    labels: years.map((y) => `${y}年`),
    values: years.map((y) => computeAnnualTable(input, { year: y, townshipIds }).total.values[columnId] ?? 0),
  };
}

export function byTownship(table: AnnualTable, columnId: string): Series {
  return { labels: table.rows.map((r) => r.label), values: table.rows.map((r) => r.values[columnId] ?? 0) };
}

/** Ledger entries per type in the year (of the chosen townships). */
export function entriesByType(input: StatisticsInput, year: number, townshipIds: readonly string[]): Series {
  const chosen = townshipIds.length ? new Set(townshipIds) : null;
  const counts = new Map<string, number>();
  for (const a of input.aggregates) {
    if (a.year !== year || (chosen && !chosen.has(a.townshipId))) continue;
    counts.set(a.type, (counts.get(a.type) ?? 0) + a.count);
  }
  const types = LEDGER_TYPES.filter((t) => counts.has(t.key));
  return { labels: types.map((t) => t.name), values: types.map((t) => counts.get(t.key) ?? 0) };
}
