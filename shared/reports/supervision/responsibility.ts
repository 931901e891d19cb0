// 分片挂钩责任制 as plain data: each township party committee's pairings (by the pairing's
// responsible township) and each leading-group member's pairings (挂钩领导: the pairing's own
// responsible leader, else its township's), with their monthly-report rate over the year's
// due months, their open rectifications and their ledger totals for the year.
import type { IsoDate, IsoMonth, LedgerAggregate, MonthlyReport, Pairing, Township } from '../../model/types';
import { addCounts, emptyCounts, isReportDue, monthsOfYear, pairingCounts, reportRate, type ReportCounts } from '../../model/monthly-report';
import { ledgerType } from '../../model/ledger-catalog';

/** 挂钩领导 of a pairing: its own responsible leader, else its township's leader. */
export function leaderOf(p: Pick<Pairing, 'responsibleLeader'>, township: Pick<Township, 'leaderName'> | undefined): string {
  return p.responsibleLeader?.name || township?.leaderName || '';
}

function leaderPostOf(p: Pick<Pairing, 'responsibleLeader'>, township: Pick<Township, 'leaderName' | 'leaderPost'> | undefined): string {
  if (p.responsibleLeader?.name) return p.responsibleLeader.post ?? '';
  return township?.leaderName ? (township.leaderPost ?? '') : '';
}

/** The ledger totals the view shows: one figure of a catalog type, or '#count' for the number of entries. */
export type ResponsibilityFigure = { id: string; label: string; unit: string; typeKey?: string; fieldKey?: string };

const figure = (typeKey: string, fieldKey: string, label: string): ResponsibilityFigure => {
  const field = ledgerType(typeKey).fields.find((f) => f.key === fieldKey);
  if (!field) throw new Error(`台账类型 ${typeKey} 没有栏目 ${fieldKey}`);
  return { id: `${typeKey}.${fieldKey}`, label, unit: field.unit ?? '', typeKey, fieldKey };
};

export const RESPONSIBILITY_FIGURES: readonly ResponsibilityFigure[] = [
  figure('labour', 'sent', '输送劳动力'),
  figure('training', 'trainees', '培训人次'),
  figure('funds', 'amount', '扶持资金'),
  figure('welfare', 'amount', '公益帮扶'),
  figure('dispute', 'resolved', '化解纠纷'),
  { id: '#count', label: '台账', unit: '条' },
];

export type Totals = { counts: ReportCounts; rate: number | null; openRectifications: number; figures: Record<string, number> };

export type PairingLine = Totals & { pairingId: string; code: string; enterpriseName: string; villageName: string; townshipName: string; leader: string };

export type ResponsibilityGroup = Totals & {
  key: string;
  /** The township's name, or the leader's. */
  name: string;
  /** The township's leader, or the leader's post. */
  detail: string;
  /** For a leader: the townships of the pairings. */
  townships: string[];
  pairings: PairingLine[];
};

export type ResponsibilityView = { year: number; months: IsoMonth[]; byTownship: ResponsibilityGroup[]; byLeader: ResponsibilityGroup[]; total: Totals };

export type ResponsibilityInput = {
  year: number;
  /** The months a rate counts (countedMonths). */
  months: readonly IsoMonth[];
  deadlineDay: number;
  today: IsoDate;
  townships: readonly Township[];
  pairings: readonly Pairing[];
  /** Live reports of the year. */
  reports: readonly MonthlyReport[];
  /** Ledger aggregates of the year. */
  aggregates: readonly LedgerAggregate[];
  /** Open rectifications per pairing id. */
  openRectifications: ReadonlyMap<string, number>;
  enterpriseName: (id: string) => string;
  villageName: (id: string) => string;
};

const emptyTotals = (): Totals => ({ counts: emptyCounts(), rate: null, openRectifications: 0, figures: {} });

function addTotals(into: Totals, t: Totals): void {
  addCounts(into.counts, t.counts);
  into.rate = reportRate(into.counts);
  into.openRectifications += t.openRectifications;
  for (const [k, v] of Object.entries(t.figures)) into.figures[k] = Math.round(((into.figures[k] ?? 0) + v) * 1e6) / 1e6;
}

export const UNASSIGNED_LEADER = '（未指定挂钩领导）';

export function buildResponsibility(input: ResponsibilityInput): ResponsibilityView {
  const townships = [...input.townships].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const townshipById = new Map(townships.map((t) => [t.id, t]));
  const yearMonths = monthsOfYear(input.year);
  const reportsOf = new Map<string, Map<IsoMonth, MonthlyReport>>();
  for (const r of input.reports) {
    let m = reportsOf.get(r.pairingId);
    if (!m) reportsOf.set(r.pairingId, (m = new Map()));
    m.set(r.month, r);
  }
  const aggregatesOf = new Map<string, LedgerAggregate[]>();
  for (const a of input.aggregates) {
    if (!a.pairingId || a.year !== input.year) continue;
    const list = aggregatesOf.get(a.pairingId);
    if (list) list.push(a);
    else aggregatesOf.set(a.pairingId, [a]);
  }
  const pairingById = new Map(input.pairings.map((p) => [p.id, p]));

  const lines: PairingLine[] = [];
  for (const p of input.pairings) {
    if (!yearMonths.some((m) => isReportDue(p, m))) continue;
    const township = townshipById.get(p.responsibleTownshipId);
    const counts = pairingCounts(p, input.months, reportsOf.get(p.id) ?? new Map(), input.deadlineDay, input.today);
    const figures: Record<string, number> = {};
    for (const f of RESPONSIBILITY_FIGURES) {
      const aggs = (aggregatesOf.get(p.id) ?? []).filter((a) => !f.typeKey || a.type === f.typeKey);
      const value = aggs.reduce((s, a) => s + (f.fieldKey ? (a.sums[f.fieldKey] ?? 0) : a.count), 0);
      if (value) figures[f.id] = value;
    }
    lines.push({
      pairingId: p.id,
      code: p.code,
      enterpriseName: input.enterpriseName(p.enterpriseId),
      villageName: input.villageName(p.villageId),
      townshipName: township?.name ?? '（未指定乡镇）',
      leader: leaderOf(p, township),
      counts,
      rate: reportRate(counts),
      openRectifications: input.openRectifications.get(p.id) ?? 0,
      figures,
    });
  }
  lines.sort((a, b) => a.code.localeCompare(b.code));

  const group = (key: string, name: string, detail: string): ResponsibilityGroup => ({ key, name, detail, townships: [], pairings: [], ...emptyTotals() });
  const byTownship = new Map<string, ResponsibilityGroup>(townships.map((t) => [t.id, group(t.id, t.name, [t.leaderName, t.leaderPost].filter(Boolean).join('　'))]));
  const byLeader = new Map<string, ResponsibilityGroup>();
  const total = emptyTotals();
  for (const line of lines) {
    const p = pairingById.get(line.pairingId)!;
    const township = townshipById.get(p.responsibleTownshipId);
    let t = byTownship.get(p.responsibleTownshipId);
    if (!t) byTownship.set(p.responsibleTownshipId, (t = group(p.responsibleTownshipId, '（未指定乡镇）', '')));
    t.pairings.push(line);
    addTotals(t, line);
    const leaderKey = line.leader || UNASSIGNED_LEADER;
    let l = byLeader.get(leaderKey);
    if (!l) byLeader.set(leaderKey, (l = group(leaderKey, leaderKey, leaderPostOf(p, township))));
    if (!l.townships.includes(line.townshipName)) l.townships.push(line.townshipName);
    l.pairings.push(line);
    addTotals(l, line);
    addTotals(total, line);
  }
  const leaders = [...byLeader.values()].sort((a, b) => (a.key === UNASSIGNED_LEADER ? 1 : b.key === UNASSIGNED_LEADER ? -1 : a.name.localeCompare(b.name, 'zh-CN')));
  return { year: input.year, months: [...input.months], byTownship: [...byTownship.values()].filter((g) => g.pairings.length), byLeader: leaders, total };
}
