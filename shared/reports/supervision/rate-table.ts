// 月报报送率 by township and month (the dashboard's table): for each township, each month of
// the year whose deadline has passed gets its counts (应报, 已报…); months still open for
// reporting, and those no pairing owed, have none. Also per pairing over the year (the
// pairing list's 月报 column).
import type { IsoDate, IsoMonth, MonthlyReport, Pairing, Township } from '../../model/types';
import { addCounts, addStatus, countedMonths, emptyCounts, isReportDue, monthsOfYear, pairingCounts, reportStatus, type ReportCounts } from '../../model/monthly-report';

export type RateLine = { townshipId: string; name: string; months: (ReportCounts | null)[]; year: ReportCounts };

export type RateTable = { year: number; months: IsoMonth[]; lines: RateLine[]; total: RateLine };

export type RateInput = {
  year: number;
  deadlineDay: number;
  today: IsoDate;
  townships: readonly Township[];
  pairings: readonly Pairing[];
  /** Live reports of the year. */
  reports: readonly MonthlyReport[];
};

const byPairingAndMonth = (reports: readonly MonthlyReport[]) => new Map(reports.map((r) => [`${r.pairingId}|${r.month}`, r]));

export function buildRateTable(input: RateInput): RateTable {
  const months = monthsOfYear(input.year);
  const counted = new Set(countedMonths(input.year, input.deadlineDay, input.today));
  const reports = byPairingAndMonth(input.reports);
  const townships = [...input.townships].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const line = (townshipId: string, name: string): RateLine => ({ townshipId, name, months: months.map(() => null), year: emptyCounts() });
  const lines = new Map(townships.map((t) => [t.id, line(t.id, t.name)]));
  const total = line('', '全县');
  for (const p of input.pairings) {
    for (const [i, m] of months.entries()) {
      if (!counted.has(m) || !isReportDue(p, m)) continue;
      let l = lines.get(p.responsibleTownshipId);
      if (!l) lines.set(p.responsibleTownshipId, (l = line(p.responsibleTownshipId, '（未指定乡镇）')));
      const s = reportStatus(reports.get(`${p.id}|${m}`), m, input.deadlineDay, input.today);
      for (const target of [l, total]) {
        const c = (target.months[i] ??= emptyCounts());
        addStatus(c, s);
      }
    }
  }
  for (const l of [...lines.values(), total]) for (const c of l.months) if (c) addCounts(l.year, c);
  return { year: input.year, months, lines: [...lines.values()].filter((l) => l.year.due > 0), total };
}

/** Each pairing's counts over the year's counted months (pairings owing nothing are left out). */
export function pairingRates(input: Omit<RateInput, 'townships'>): Map<string, ReportCounts> {
  const counted = countedMonths(input.year, input.deadlineDay, input.today);
  const byPairing = new Map<string, Map<IsoMonth, MonthlyReport>>();
  for (const r of input.reports) {
    let m = byPairing.get(r.pairingId);
    if (!m) byPairing.set(r.pairingId, (m = new Map()));
    m.set(r.month, r);
  }
  const out = new Map<string, ReportCounts>();
  for (const p of input.pairings) {
    const c = pairingCounts(p, counted, byPairing.get(p.id) ?? new Map(), input.deadlineDay, input.today);
    if (c.due) out.set(p.id, c);
  }
  return out;
}
