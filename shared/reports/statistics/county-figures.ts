// The county's figures over a span of years, as a work summary reports them (the seed
// article's second paragraph): registry totals as they stand, ledger totals and distinct
// enterprises / villages / pairing points since `fromYear` — each year's township by township
// from its tally or the ledger, under the rule of sources.ts —, classes, commendations, and the
// pairings that joined in the last two years. Pure, over aggregates.
import type { CommendationLevel, NomineeKind } from '../../model/enums';
import type { LedgerAggregate } from '../../model/types';
import { activeAtYearEnd, approvedIn, approvedNominees, live, type StatisticsInput } from './input';
import { trainingFigures } from './training-figures';
import { exchangeCounts, meetingCounts, supplyCounts, supplyRelations } from './training-exchange';
import type { MeetingKind } from '../../model/meeting';
import { yearFigures } from './sources';

export type Commended = { level: CommendationLevel; title: string; counts: Record<NomineeKind, number> };

export type CountyFigures = {
  fromYear: number;
  toYear: number;
  enterprises: number;
  employees: number;
  aboveScale: number;
  aboveScaleWithParty: number;
  enterprisePartyOrgs: number;
  villages: number;
  villagePartyOrgs: number;
  pairingsActive: number;
  /** Pairings approved since the year before `toYear` (「2007年以来，又有72个村企自愿加入联建」). */
  newSinceYear: number;
  pairingsNewSince: number;
  workersSent: number;
  skilledWorkers: number;
  funds: number;
  crossAppointed: number;
  becameManagers: number;
  becameLeaders: number;
  electedSecretaries: number;
  trainingEnterprises: number;
  trainingVillages: number;
  industryPairings: number;
  /** 产业基地 counted once each (a base of several pairings counts once). */
  industryBases: number;
  industryArea: number;
  securityPoints: number;
  disputeVillages: number;
  disputes: number;
  /** Enterprises that sent party-work cadres to their villages, and the cadres they sent (training-exchange.ts). */
  exchangeEnterprises: number;
  cadresSent: number;
  /** Meetings held in the years, and per kind. */
  meetings: number;
  meetingsByKind: Record<MeetingKind, number>;
  trainingClasses: number;
  trainees: number;
  commended: Commended[];
};

export function computeCountyFigures(input: StatisticsInput, span: { fromYear: number; toYear: number }): CountyFigures {
  const { fromYear, toYear } = span;
  const enterprises = live(input.enterprises);
  const villages = live(input.villages);
  const pairingOf = new Map(input.pairings.map((p) => [p.id, p]));
  const aggs = Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => yearFigures(input, fromYear + i).aggregates).flat();
  const ofType = (type: string) => aggs.filter((a) => a.type === type);
  const sum = (type: string, key: string) => Math.round(ofType(type).reduce((s, a) => s + (a.sums[key] ?? 0), 0) * 1e6) / 1e6;
  const side = (a: LedgerAggregate, which: 'enterpriseId' | 'villageId') => (a.pairingId ? pairingOf.get(a.pairingId)?.[which] : a[which]);
  // Distinct organizations (or pairing points) among the aggregates of a type that pass `keep`.
  const distinct = (type: string, which: 'enterpriseId' | 'villageId' | 'pairingId', keep: (a: LedgerAggregate) => boolean = () => true) => {
    const ids = new Set<string>();
    for (const a of ofType(type)) {
      const id = which === 'pairingId' ? a.pairingId : side(a, which);
      if (id && keep(a)) ids.add(id);
    }
    return ids.size;
  };
  const positive = (key: string) => (a: LedgerAggregate) => (a.sums[key] ?? 0) > 0;

  const trainings = trainingFigures(input, fromYear, toYear);
  const lookupPairing = (id: string) => pairingOf.get(id);
  const supply = supplyCounts(supplyRelations(aggs, lookupPairing));
  const exchange = exchangeCounts(aggs, lookupPairing);
  const meetings = meetingCounts(input.meetings, fromYear, toYear);
  const commended = new Map<string, Commended>();
  for (const { nominee, level } of approvedNominees(input, fromYear, toYear)) {
    const key = `${level}|${nominee.title}`;
    const entry = commended.get(key) ?? { level, title: nominee.title, counts: { enterprise: 0, village: 0, pairing: 0, person: 0 } };
    entry.counts[nominee.kind] += 1;
    commended.set(key, entry);
  }
  const newSinceYear = Math.max(fromYear, toYear - 1);

  return {
    fromYear,
    toYear,
    enterprises: enterprises.length,
    employees: enterprises.reduce((s, e) => s + (e.employees ?? 0), 0),
    aboveScale: enterprises.filter((e) => e.aboveScale).length,
    aboveScaleWithParty: enterprises.filter((e) => e.aboveScale && e.partyOrg.type !== '未建立').length,
    enterprisePartyOrgs: enterprises.filter((e) => e.partyOrg.type !== '未建立').length,
    villages: villages.length,
    villagePartyOrgs: villages.filter((v) => v.partyOrg.type || v.partyOrg.name).length,
    pairingsActive: input.pairings.filter((p) => activeAtYearEnd(p, toYear)).length,
    newSinceYear,
    pairingsNewSince: input.pairings.filter((p) => approvedIn(p, newSinceYear, toYear)).length,
    workersSent: sum('labour', 'sent'),
    skilledWorkers: sum('labour', 'skilled'),
    funds: sum('funds', 'amount'),
    crossAppointed: ofType('crossAppointment').reduce((s, a) => s + a.count, 0),
    becameManagers: sum('crossAppointment', 'outcome=企业中层管理人员'),
    becameLeaders: sum('crossAppointment', 'outcome=农村经济发展带头人'),
    electedSecretaries: sum('crossAppointment', 'outcome=当选村党组织书记'),
    trainingEnterprises: supply.enterprises,
    trainingVillages: supply.villages,
    industryPairings: distinct('industry', 'pairingId'),
    industryBases: sum('industry', 'bases'),
    industryArea: sum('industry', 'area'),
    securityPoints: distinct('security', 'pairingId', positive('teams')),
    disputeVillages: distinct('dispute', 'villageId', positive('resolved')),
    disputes: sum('dispute', 'resolved'),
    exchangeEnterprises: exchange.enterprises,
    cadresSent: exchange.cadres,
    meetings: meetings.total,
    meetingsByKind: meetings.byKind,
    trainingClasses: trainings.classes,
    trainees: trainings.trainees,
    commended: [...commended.values()],
  };
}
