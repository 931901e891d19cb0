// What the evaluation knows about each pairing in a year, gathered in one pass over each
// source: the ledger aggregates (kept current with the ledger, so no entry is read), the
// monthly reports, the rectification items of the inspections, and the honours of approved
// commendation rounds. The indicator kinds of ./catalog.ts read only these facts.
// The monthly reports are counted by the 月报 rules of ../monthly-report.ts (which months are
// owed, on time or late), the same the board, the archive page and the responsibility view use.
import type { CommendationLevel, NomineeKind } from '../enums';
import { countedMonths, pairingCounts, type ReportCounts } from '../monthly-report';
import type { IsoDate, IsoMonth, LedgerAggregate, LedgerEntry, MonthlyReport, Pairing } from '../types';
import type { PairingInputs } from './types';

export type EvaluatedPairing = Pick<Pairing, 'id' | 'code' | 'enterpriseId' | 'villageId' | 'responsibleTownshipId' | 'status' | 'approvedDate' | 'endedDate' | 'deleted'>;

export type LedgerTotals = { count: number; sums: Record<string, number> };

export type PairingFacts = {
  /** The year's totals of one ledger type (undefined when the pairing has none). */
  ledger: (type: string) => LedgerTotals | undefined;
  /** 应报 months of the year whose report deadline has passed, those reported (on time or late), and of them late. */
  reports: ReportCounts;
  /** Rectification items due in the year by the evaluation date, those closed by their deadline. */
  rectifications: { due: number; onTime: number };
  /** Honours of the year by level, for the pairing or either side's party organization. */
  honours: Record<CommendationLevel, number>;
};

export type EvaluationInput = {
  year: number;
  /** The evaluation date: the year's last day, or today while the year runs. */
  asOf: IsoDate;
  pairings: readonly EvaluatedPairing[];
  aggregates: readonly Pick<LedgerAggregate, 'pairingId' | 'year' | 'type' | 'count' | 'sums'>[];
  /** The day the figures are read: a month's report is owed once its deadline has passed by then. */
  today: IsoDate;
  /** The 报送截止日 setting (day of the next month a report is due). */
  reportDeadlineDay: number;
  reports: readonly (Pick<MonthlyReport, 'pairingId' | 'month' | 'submittedDate'> & { deleted: 0 | 1 })[];
  rectifications: readonly { pairingId: string; deadline: IsoDate; status: string; reviewDate?: IsoDate; deleted: 0 | 1 }[];
  /** Live nominees of the year's approved rounds, with the round's level. */
  honours: readonly { kind: NomineeKind; refId: string; level: CommendationLevel }[];
  inputs: Readonly<Record<string, PairingInputs>>;
};

const yearEnd = (year: number) => `${year}-12-31`;

/** Whether a pairing is evaluated for the year: live, approved by the year's end, not ended before it began. */
export function evaluatedIn(p: EvaluatedPairing, year: number): boolean {
  if (p.deleted || p.status === '申请' || !p.approvedDate || p.approvedDate > yearEnd(year)) return false;
  return !p.endedDate || p.endedDate >= `${year}-01-01`;
}

/** The evaluation date of a year: its last day, or today while it runs. */
export function evaluationDate(year: number, today: IsoDate): IsoDate {
  return today < yearEnd(year) ? today : yearEnd(year);
}

/** Whether a rectification item was closed (已整改) by its deadline. */
export const closedOnTime = (r: { status: string; reviewDate?: IsoDate; deadline: IsoDate }): boolean =>
  r.status === '已整改' && Boolean(r.reviewDate) && r.reviewDate! <= r.deadline;

/** The facts of every evaluated pairing, keyed by pairing id. */
export function buildFacts(input: EvaluationInput, pairings: readonly EvaluatedPairing[]): Map<string, PairingFacts> {
  const { year, asOf } = input;
  const ledger = new Map<string, Map<string, LedgerTotals>>();
  for (const a of input.aggregates) {
    if (a.year !== year || !a.pairingId) continue;
    let byType = ledger.get(a.pairingId);
    if (!byType) ledger.set(a.pairingId, (byType = new Map()));
    byType.set(a.type, { count: a.count, sums: a.sums });
  }
  const reported = new Map<string, Map<IsoMonth, Pick<MonthlyReport, 'submittedDate'>>>();
  for (const r of input.reports) {
    if (r.deleted || !r.month.startsWith(`${year}-`)) continue;
    let months = reported.get(r.pairingId);
    if (!months) reported.set(r.pairingId, (months = new Map()));
    months.set(r.month, r);
  }
  const counted = countedMonths(year, input.reportDeadlineDay, input.today);
  const noReports = new Map<IsoMonth, Pick<MonthlyReport, 'submittedDate'>>();
  const rect = new Map<string, { due: number; onTime: number }>();
  for (const r of input.rectifications) {
    if (r.deleted || !r.deadline.startsWith(`${year}-`)) continue;
    const onTime = closedOnTime(r);
    // Due: its deadline has come by the evaluation date (an item closed early counts too).
    if (r.deadline > asOf && !onTime) continue;
    const c = rect.get(r.pairingId) ?? { due: 0, onTime: 0 };
    c.due += 1;
    if (onTime) c.onTime += 1;
    rect.set(r.pairingId, c);
  }
  const honoursOf = new Map<string, Record<CommendationLevel, number>>();
  for (const h of input.honours) {
    const key = `${h.kind}:${h.refId}`;
    const c = honoursOf.get(key) ?? { 县委: 0, 市委: 0, 省委: 0 };
    c[h.level] += 1;
    honoursOf.set(key, c);
  }

  const facts = new Map<string, PairingFacts>();
  for (const p of pairings) {
    const byType = ledger.get(p.id);
    const honours: Record<CommendationLevel, number> = { 县委: 0, 市委: 0, 省委: 0 };
    for (const key of [`pairing:${p.id}`, `enterprise:${p.enterpriseId}`, `village:${p.villageId}`]) {
      const c = honoursOf.get(key);
      if (c) for (const level of Object.keys(c) as CommendationLevel[]) honours[level] += c[level];
    }
    facts.set(p.id, {
      ledger: (type) => byType?.get(type),
      reports: pairingCounts(p, counted, reported.get(p.id) ?? noReports, input.reportDeadlineDay, input.today),
      rectifications: rect.get(p.id) ?? { due: 0, onTime: 0 },
      honours,
    });
  }
  return facts;
}

/**
 * The ledger totals a scheme reads, computed from entries already in memory (a recomputation
 * without the store's running aggregates): one pass, only the types and figures its ledger
 * indicators name, keyed by pairing then type — no per-entry key strings.
 */
export function schemeAggregates(
  indicators: readonly { kind: string; params: Record<string, number | string> }[],
  entries: readonly Pick<LedgerEntry, 'pairingId' | 'year' | 'type' | 'figures' | 'deleted'>[],
  year: number,
): EvaluationInput['aggregates'] {
  const wanted = new Map<string, string[]>();
  for (const ind of indicators) {
    if (ind.kind !== 'ledger') continue;
    const type = String(ind.params.type);
    const figure = String(ind.params.figure);
    const list = wanted.get(type) ?? [];
    if (figure !== '#count' && !list.includes(figure)) list.push(figure);
    wanted.set(type, list);
  }
  const byPairing = new Map<string, Map<string, LedgerTotals>>();
  for (const e of entries) {
    if (e.year !== year || e.deleted || !e.pairingId) continue;
    const figures = wanted.get(e.type);
    if (!figures) continue;
    let byType = byPairing.get(e.pairingId);
    if (!byType) byPairing.set(e.pairingId, (byType = new Map()));
    let t = byType.get(e.type);
    if (!t) byType.set(e.type, (t = { count: 0, sums: {} }));
    t.count += 1;
    for (const f of figures) {
      const v = e.figures[f];
      if (typeof v === 'number' && Number.isFinite(v)) t.sums[f] = (t.sums[f] ?? 0) + v;
    }
  }
  const out: EvaluationInput['aggregates'][number][] = [];
  for (const [pairingId, byType] of byPairing) for (const [type, t] of byType) out.push({ pairingId, year, type, count: t.count, sums: t.sums });
  return out;
}
