// THE rule of where a year's figures come from, one township at a time: its accepted year-end
// tally (年终统计表) where the township reported, the ledger (台账) where it did not, never the
// two added together — unless the office chose otherwise for that township on the 对账 page.
// A type whose facts are records of their own (产业共建 → 产业基地, `recordedIn` in the
// catalog) is not a ledger figure in this sense: it always stands on its records, which the
// office keeps itself; what a tally says of it is only compared on the 对账 page.
// `yearFigures` applies it and is the only way the annual table, the dashboard, the summary
// paragraph, the reconciliation and their exports get a year's ledger figures, so they cannot
// disagree. Tally rows are few (one per pairing and year), so they are summed here per pairing ×
// type on each read, into rows shaped like the ledger's aggregates.
import type { SourceKind } from '../../model/figure-source';
import { LEDGER_TYPES } from '../../model/ledger-catalog';
import type { FigureValue, LedgerAggregate } from '../../model/types';
import { live, type StatisticsInput, type TallyInput } from './input';
import { tallyFigures } from './ledger-figures';

export type TownshipSource = {
  townshipId: string;
  year: number;
  /** The figures that stand. */
  source: SourceKind;
  /** The township sent its own tally this year. */
  reported: boolean;
  /** Pairings of the township with an accepted tally row (its own tally's or an enterprise's). */
  tallyPairings: number;
  /** The office's choice, when it made one. */
  chosen?: SourceKind;
};

/**
 * The rule. Nothing reported: the ledger. Otherwise the office's choice when it made one, else
 * the tally when the township sent its own (an enterprise's tally alone does not make a
 * township's figures unless the office says so).
 */
export function decideSource(s: { reported: boolean; tallyPairings: number; chosen?: SourceKind }): SourceKind {
  if (s.tallyPairings === 0) return 'ledger';
  if (s.chosen) return s.chosen;
  return s.reported ? 'tally' : 'ledger';
}

export type LatestTallyRow = { pairingId: string; townshipId: string; figures: Record<string, Record<string, FigureValue>> };

/** Each pairing's latest accepted row of the year (a later tally wins for the pairings it repeats), under the pairing's township. */
export function latestTallyRows(input: Pick<StatisticsInput, 'pairings' | 'tallies'>, year: number): Map<string, LatestTallyRow> {
  const townshipOf = new Map(input.pairings.filter((p) => !p.deleted).map((p) => [p.id, p.responsibleTownshipId]));
  const reports = (input.tallies ?? []).filter((t) => t.year === year && !t.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const latest = new Map<string, LatestTallyRow>();
  for (const report of reports) {
    for (const row of report.rows) {
      const townshipId = townshipOf.get(row.pairingId);
      if (townshipId) latest.set(row.pairingId, { pairingId: row.pairingId, townshipId, figures: row.figures });
    }
  }
  return latest;
}

/** Types whose figures are read from records of their own (产业基地), never from a tally. */
const RECORDED = new Set(LEDGER_TYPES.filter((t) => t.recordedIn).map((t) => t.key));

/** Whether a type's figures stand on its own records whatever the township's source (产业共建 → 产业基地). */
export const standsOnRecords = (typeKey: string): boolean => RECORDED.has(typeKey);

/** A tally row as aggregates of its pairing, one per ledger type it reports anything for (the types kept as records of their own left out). */
export function tallyAggregates(row: LatestTallyRow, year: number): LedgerAggregate[] {
  const out: LedgerAggregate[] = [];
  for (const [type, values] of Object.entries(row.figures)) {
    if (standsOnRecords(type)) continue;
    let count = 0;
    const sums: Record<string, number> = {};
    for (const [key, value] of Object.entries(values)) {
      const n = typeof value === 'number' && Number.isFinite(value) ? value : value === true ? 1 : 0;
      if (n === 0) continue;
      if (key === '#count') count = n;
      else sums[key] = n;
    }
    if (count === 0 && Object.keys(sums).length === 0) continue;
    out.push({ id: `tally:${row.pairingId}|${year}|${type}`, pairingId: row.pairingId, townshipId: row.townshipId, year, type, count, sums });
  }
  return out;
}

const ownTally = (t: TallyInput) => (t.scope?.kind ?? 'township') === 'township';

/** Figures a tally carries (`${type}|${key}`, '#count' for persons counted); the others — option breakdowns — only the ledger has. */
const COVERED = new Set(tallyFigures().map((f) => `${f.typeKey}|${f.source.kind === 'count' ? '#count' : f.source.key}`));

export function tallyCarries(typeKey: string, key: string | '#count'): boolean {
  return COVERED.has(`${typeKey}|${key}`);
}

export type YearFigures = {
  year: number;
  /** The year's figures that stand: ledger aggregates of ledger townships (and of no known township), tally aggregates of tally townships, and every township's 产业基地. */
  aggregates: LedgerAggregate[];
  /** Ledger aggregates of tally townships: only for the figures a tally does not carry (see tallyCarries). */
  setAside: LedgerAggregate[];
  /** Every live township, in no particular order. */
  sources: TownshipSource[];
  sourceOf: Map<string, TownshipSource>;
};

const cache = new WeakMap<StatisticsInput, Map<number, YearFigures>>();

/** The year's figures under the rule, township by township. Pure; cached per input and year. */
export function yearFigures(input: StatisticsInput, year: number): YearFigures {
  let byYear = cache.get(input);
  if (!byYear) cache.set(input, (byYear = new Map()));
  const hit = byYear.get(year);
  if (hit) return hit;

  const rows = latestTallyRows(input, year);
  const rowsOf = new Map<string, LatestTallyRow[]>();
  for (const row of rows.values()) rowsOf.set(row.townshipId, [...(rowsOf.get(row.townshipId) ?? []), row]);
  const reported = new Set((input.tallies ?? []).filter((t) => t.year === year && !t.deleted && ownTally(t)).map((t) => t.scope?.id ?? t.townshipId));
  const chosen = new Map((input.sourceChoices ?? []).filter((c) => c.year === year).map((c) => [c.townshipId, c.source]));

  const sources = live(input.townships).map((t): TownshipSource => {
    const s = { townshipId: t.id, year, reported: reported.has(t.id), tallyPairings: rowsOf.get(t.id)?.length ?? 0, chosen: chosen.get(t.id) };
    return { ...s, source: decideSource(s) };
  });
  const sourceOf = new Map(sources.map((s) => [s.townshipId, s]));
  const fromTally = (townshipId: string) => sourceOf.get(townshipId)?.source === 'tally';

  const aggregates: LedgerAggregate[] = [];
  const setAside: LedgerAggregate[] = [];
  for (const a of input.aggregates) {
    if (a.year !== year) continue;
    (fromTally(a.townshipId) && !standsOnRecords(a.type) ? setAside : aggregates).push(a);
  }
  for (const s of sources) {
    if (s.source !== 'tally') continue;
    for (const row of rowsOf.get(s.townshipId) ?? []) aggregates.push(...tallyAggregates(row, year));
  }
  const result: YearFigures = { year, aggregates, setAside, sources, sourceOf };
  byYear.set(year, result);
  return result;
}

export type SourceSummary = {
  year: number;
  /** Every township of the summary, in county order. */
  townships: string[];
  /** Township names, in county order. */
  tally: string[];
  ledger: string[];
  /** Townships that sent their tally but stand on the ledger by the office's choice. */
  overruled: string[];
};

/** Which of the given townships (county order) stand on their tally and which on the ledger. */
export function summarizeSources(input: StatisticsInput, year: number, townshipIds?: readonly string[]): SourceSummary {
  const { sourceOf } = yearFigures(input, year);
  const chosen = townshipIds?.length ? new Set(townshipIds) : null;
  const townships = live(input.townships)
    .filter((t) => !chosen || chosen.has(t.id))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const summary: SourceSummary = { year, townships: townships.map((t) => t.name), tally: [], ledger: [], overruled: [] };
  for (const t of townships) {
    const s = sourceOf.get(t.id);
    if (s?.source === 'tally') summary.tally.push(t.name);
    else summary.ledger.push(t.name);
    if (s && s.source === 'ledger' && s.reported && s.tallyPairings > 0) summary.overruled.push(t.name);
  }
  return summary;
}

/** 「2008年联建成效：2个乡镇（开发区）取自年终统计表（河田镇、濯田镇），16个取自台账。」 */
export function sourceNote(s: SourceSummary): string {
  const overruled = s.overruled.length ? `（其中${s.overruled.join('、')}已报送年终统计表，经对账采用台账数）` : '';
  if (s.tally.length === 0) return `${s.year}年联建成效：${s.ledger.length}个乡镇（开发区）均取自台账${overruled || '（没有已报送的年终统计表）'}。`;
  if (s.ledger.length === 0) return `${s.year}年联建成效：${s.tally.length}个乡镇（开发区）均取自年终统计表。`;
  return `${s.year}年联建成效：${s.tally.length}个乡镇（开发区）取自年终统计表（${s.tally.join('、')}），${s.ledger.length}个取自台账${overruled}。`;
}

/** The note of each year of a span, for a text that covers several years (the work summary). */
export function spanSourceNotes(input: StatisticsInput, fromYear: number, toYear: number): string[] {
  return Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => sourceNote(summarizeSources(input, fromYear + i)));
}
