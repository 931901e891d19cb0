// 培训交流 figures, from the records and nowhere else:
// - 技能培训供给关系: an enterprise and a village between which 技能培训 was recorded (the
//   ledger's 技能培训 entries of their pairing — order-based sessions or yearly entries alike),
//   read from the running totals (LedgerAggregate), as the seed counts them: 「36家企业与62个村
//   建立了劳动力技能培训供给关系」 is the distinct enterprises and villages of those relations;
// - 派出党务干部: the 学习交流 cadres that enterprises sent (direction 企→村, 互访 or not given;
//   村→企 is the village sending, counted apart), and the enterprises that sent any
//   (「38个企业派出45名党务干部」);
// - meetings (交流会、研讨会、通报会…) held in the years.
// The county figures, the annual table, the dashboard and the 培训交流 pages all count here.
import { splitSumKey } from '../../model/ledger-aggregate';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../model/meeting';
import type { LedgerAggregate, Pairing } from '../../model/types';

type PairingSides = Pick<Pairing, 'id' | 'enterpriseId' | 'villageId' | 'responsibleTownshipId'>;
type PairingLookup = (id: string) => PairingSides | undefined;

export type SupplyRelation = {
  enterpriseId: string;
  villageId: string;
  /** The pairings of the two (usually one), and the township of the first. */
  pairingIds: string[];
  townshipId: string;
  /** 期数, 培训人次, 培训后上岗, entries marked 订单式, entries. */
  sessions: number;
  trainees: number;
  employedAfter: number;
  orderBased: number;
  entries: number;
  years: number[];
};

export const TRAINING = 'training';
export const EXCHANGE = 'exchange';
const VILLAGE_SENT = splitSumKey('cadres', 'direction', '村→企');

// Training was recorded: ledger entries, or a year-end tally's 期数 / 人次 (a tally row has no entries).
const recorded = (a: LedgerAggregate) => a.count > 0 || (a.sums.sessions ?? 0) > 0 || (a.sums.trainees ?? 0) > 0;

/** The supply relations of the aggregates given (any years), enterprise × village. */
export function supplyRelations(aggregates: readonly LedgerAggregate[], pairingOf: PairingLookup): SupplyRelation[] {
  const out = new Map<string, SupplyRelation>();
  for (const a of aggregates) {
    if (a.type !== TRAINING || !a.pairingId || !recorded(a)) continue;
    const p = pairingOf(a.pairingId);
    if (!p) continue;
    const key = `${p.enterpriseId}|${p.villageId}`;
    const r = out.get(key) ?? { enterpriseId: p.enterpriseId, villageId: p.villageId, pairingIds: [], townshipId: p.responsibleTownshipId, sessions: 0, trainees: 0, employedAfter: 0, orderBased: 0, entries: 0, years: [] };
    if (!r.pairingIds.includes(p.id)) r.pairingIds.push(p.id);
    if (!r.years.includes(a.year)) r.years.push(a.year);
    r.sessions += a.sums.sessions ?? 0;
    r.trainees += a.sums.trainees ?? 0;
    r.employedAfter += a.sums.employedAfter ?? 0;
    r.orderBased += a.sums['orderBased=true'] ?? 0;
    r.entries += a.count;
    out.set(key, r);
  }
  for (const r of out.values()) r.years.sort((x, y) => x - y);
  return [...out.values()];
}

export type SupplyCounts = { enterprises: number; villages: number; relations: number };

export function supplyCounts(relations: readonly Pick<SupplyRelation, 'enterpriseId' | 'villageId'>[]): SupplyCounts {
  return { enterprises: new Set(relations.map((r) => r.enterpriseId)).size, villages: new Set(relations.map((r) => r.villageId)).size, relations: relations.length };
}

/** Cadres an aggregate's enterprise sent (everything but 村→企), and those its village sent. */
export const enterpriseCadres = (a: Pick<LedgerAggregate, 'sums'>): number => Math.max(0, (a.sums.cadres ?? 0) - (a.sums[VILLAGE_SENT] ?? 0));
export const villageCadres = (a: Pick<LedgerAggregate, 'sums'>): number => a.sums[VILLAGE_SENT] ?? 0;

export type ExchangeCounts = {
  /** Enterprises that sent cadres, and how many cadres they sent. */
  enterprises: number;
  cadres: number;
  /** Villages that sent cadres to their enterprises (村→企), and how many. */
  villages: number;
  villageCadres: number;
};

export function exchangeCounts(aggregates: readonly LedgerAggregate[], pairingOf: PairingLookup): ExchangeCounts {
  const enterprises = new Set<string>();
  const villages = new Set<string>();
  let cadres = 0;
  let fromVillages = 0;
  for (const a of aggregates) {
    if (a.type !== EXCHANGE) continue;
    const p = a.pairingId ? pairingOf(a.pairingId) : undefined;
    const e = enterpriseCadres(a);
    const v = villageCadres(a);
    const enterpriseId = p?.enterpriseId ?? a.enterpriseId;
    const villageId = p?.villageId ?? a.villageId;
    if (e > 0 && enterpriseId) enterprises.add(enterpriseId);
    if (v > 0 && villageId) villages.add(villageId);
    cadres += e;
    fromVillages += v;
  }
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { enterprises: enterprises.size, cadres: round(cadres), villages: villages.size, villageCadres: round(fromVillages) };
}

export type MeetingRef = Pick<Meeting, 'date' | 'kind' | 'townshipId' | 'deleted'>;

/** Live meetings held from `fromYear` to `toYear`, per kind (every kind present, in order). */
export function meetingCounts(meetings: readonly MeetingRef[] | undefined, fromYear: number, toYear: number): { total: number; byKind: Record<MeetingKind, number> } {
  const byKind = Object.fromEntries(MEETING_KINDS.map((k) => [k, 0])) as Record<MeetingKind, number>;
  let total = 0;
  for (const m of meetings ?? []) {
    const y = Number(m.date.slice(0, 4));
    if (m.deleted || y < fromYear || y > toYear) continue;
    byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
    total += 1;
  }
  return { total, byKind };
}

/** The annual table's 培训交流 part. */
export const EXCHANGE_GROUPS = [
  {
    label: '技能培训供给关系',
    columns: [
      { id: 'supplyEnterprises', label: '供给企业', unit: '家' },
      { id: 'supplyVillages', label: '受训村', unit: '个' },
    ],
  },
  {
    label: '学习交流',
    columns: [
      { id: 'exchangeEnterprises', label: '派出企业', unit: '家' },
      { id: 'cadresSent', label: '派出党务干部', unit: '人' },
    ],
  },
  { label: '交流会议', columns: [{ id: 'meetings', label: '交流会、研讨会、通报会', unit: '次' }] },
] as const;

type ColumnId = (typeof EXCHANGE_GROUPS)[number]['columns'][number]['id'];

/**
 * The 培训交流 columns of one year, per township and in total. Organizations are counted once
 * each: an enterprise training villages of two townships counts in each township's row but once
 * in the total (which is therefore not the sum of the rows). A county meeting (no township)
 * counts only in the whole-county total. `townshipIds`: the townships of a filtered table.
 */
export function exchangeTableFigures(
  input: { aggregates: readonly LedgerAggregate[]; meetings?: readonly MeetingRef[] },
  year: number,
  pairingOf: PairingLookup,
  townshipIds: readonly string[] | null,
): { byTownship: Map<string, Partial<Record<ColumnId, number>>>; total: Record<ColumnId, number> } {
  const chosen = townshipIds?.length ? new Set(townshipIds) : null;
  const aggs = input.aggregates.filter((a) => a.year === year && (a.type === TRAINING || a.type === EXCHANGE));
  const townships = new Set(aggs.map((a) => a.townshipId));
  const byTownship = new Map<string, Partial<Record<ColumnId, number>>>();
  const figures = (list: readonly LedgerAggregate[]) => {
    const supply = supplyCounts(supplyRelations(list, pairingOf));
    const exchange = exchangeCounts(list, pairingOf);
    return { supplyEnterprises: supply.enterprises, supplyVillages: supply.villages, exchangeEnterprises: exchange.enterprises, cadresSent: exchange.cadres };
  };
  for (const t of townships) byTownship.set(t, figures(aggs.filter((a) => a.townshipId === t)));
  const meetings = (input.meetings ?? []).filter((m) => !m.deleted && Number(m.date.slice(0, 4)) === year);
  for (const m of meetings) {
    if (!m.townshipId) continue;
    const row = byTownship.get(m.townshipId) ?? {};
    row.meetings = (row.meetings ?? 0) + 1;
    byTownship.set(m.townshipId, row);
  }
  const inScope = (townshipId: string | undefined) => !chosen || (townshipId !== undefined && chosen.has(townshipId));
  const total = { ...figures(aggs.filter((a) => inScope(a.townshipId))), meetings: meetings.filter((m) => inScope(m.townshipId)).length };
  return { byTownship, total };
}
