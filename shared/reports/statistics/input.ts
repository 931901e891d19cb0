// What the statistics are computed from: plain arrays as the store holds them (live records
// only; the functions skip deleted ones anyway). Ledger figures come from LedgerAggregate rows
// (per pairing × year × type), never from the ledger itself; the townships' year-end tallies
// and the office's choices say, per township and year, which of the two stands (sources.ts).
import type { SourceKind } from '../../model/figure-source';
import type { InspectionRound, Rectification } from '../../model/inspection';
import type {
  CommendationRound,
  Enterprise,
  FigureValue,
  LedgerAggregate,
  Nominee,
  Pairing,
  Person,
  Township,
  Trainee,
  TrainingClass,
  Village,
} from '../../model/types';
import type { Meeting } from '../../model/meeting';
import type { DigestEnterprise, DigestPairing, DigestVillage } from '../../model/register-digest';

/** An accepted year-end tally (a township's, or an enterprise party organization's): its rows per pairing. */
export type TallyInput = {
  year: number;
  /** The township it is filed under. */
  townshipId: string;
  /** Whose tally it is; none: the township's own (as stored before scopes existed). */
  scope?: { kind: 'township' | 'enterprise'; id: string };
  createdAt: string;
  rows: readonly { pairingId: string; figures: Record<string, Record<string, FigureValue>> }[];
  deleted?: 0 | 1;
};

/** The office's choice of the figures that stand for one township and year (对账). */
export type SourceChoiceInput = { year: number; townshipId: string; source: SourceKind };

export type StatisticsInput = {
  townships: readonly Township[];
  // The registers as the store's digest holds them (register-digest.ts), or whole records.
  enterprises: readonly (DigestEnterprise & Pick<Enterprise, 'id' | 'townshipId'> & { deleted?: 0 | 1 })[];
  villages: readonly (DigestVillage & Pick<Village, 'id' | 'townshipId'> & { deleted?: 0 | 1 })[];
  pairings: readonly (DigestPairing & Pick<Pairing, 'id' | 'responsibleTownshipId'> & { deleted?: 0 | 1 })[];
  aggregates: readonly LedgerAggregate[];
  trainings: readonly Pick<TrainingClass, 'id' | 'startDate' | 'unlistedCount' | 'deleted'>[];
  /** Trainees of the classes, with the organization they held then (it gives their township). */
  trainees: readonly Pick<Trainee, 'classId' | 'orgId' | 'deleted'>[];
  /** At least the persons nominated, to find their township. */
  persons: readonly Pick<Person, 'id' | 'orgKind' | 'orgId'>[];
  commendations: readonly Pick<CommendationRound, 'id' | 'year' | 'level' | 'status' | 'deleted'>[];
  nominees: readonly Pick<Nominee, 'id' | 'roundId' | 'kind' | 'refId' | 'title' | 'deleted'>[];
  /** 季度督查 and their 整改事项 (the 督查整改 part); absent, the part shows zeros. */
  inspections?: readonly Pick<InspectionRound, 'id' | 'year' | 'visits' | 'deleted'>[];
  rectifications?: readonly Pick<Rectification, 'inspectionId' | 'townshipId' | 'status' | 'deadline' | 'reviewDate' | 'deleted'>[];
  /** 交流会、研讨会、通报会… (none given: no meetings are counted). */
  meetings?: readonly Pick<Meeting, 'date' | 'kind' | 'townshipId' | 'deleted'>[];
  /** The years' accepted tallies (none: every township stands on the ledger). */
  tallies?: readonly TallyInput[];
  /** The office's choices of the years read. */
  sourceChoices?: readonly SourceChoiceInput[];
};

export const live = <T extends { deleted?: 0 | 1 }>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted);

/** Looks up the township of an enterprise, village, pairing or person. */
export function townshipFinder(input: StatisticsInput) {
  const of = new Map<string, string>();
  for (const e of input.enterprises) of.set(e.id, e.townshipId);
  for (const v of input.villages) of.set(v.id, v.townshipId);
  for (const p of input.pairings) of.set(p.id, p.responsibleTownshipId);
  for (const p of input.persons) if (p.orgId && of.has(p.orgId)) of.set(p.id, of.get(p.orgId)!);
  return (id: string): string | undefined => of.get(id);
}

const yearEnd = (year: number) => `${year}-12-31`;

/** Approved by the end of `year` and not ended by then. */
export function activeAtYearEnd(p: StatisticsInput['pairings'][number], year: number): boolean {
  if (p.deleted || p.status === '申请' || !p.approvedDate || p.approvedDate > yearEnd(year)) return false;
  return !p.endedDate || p.endedDate > yearEnd(year);
}

/** Active at some time in `year`: approved by its end, not ended before its start (it has figures to report). */
export function activeDuring(p: StatisticsInput['pairings'][number], year: number): boolean {
  if (p.deleted || p.status === '申请' || !p.approvedDate || p.approvedDate > yearEnd(year)) return false;
  return !p.endedDate || p.endedDate >= `${year}-01-01`;
}

export function approvedIn(p: StatisticsInput['pairings'][number], from: number, to: number): boolean {
  if (p.deleted || p.status === '申请' || !p.approvedDate) return false;
  const y = Number(p.approvedDate.slice(0, 4));
  return y >= from && y <= to;
}

/** Commendation rounds of the years that are approved (批准), with their live nominees. */
export function approvedNominees(input: StatisticsInput, from: number, to: number) {
  const rounds = new Map(live(input.commendations).filter((r) => r.status === '批准' && r.year >= from && r.year <= to).map((r) => [r.id, r]));
  return live(input.nominees)
    .filter((n) => rounds.has(n.roundId))
    .map((n) => ({ nominee: n, level: rounds.get(n.roundId)!.level }));
}
