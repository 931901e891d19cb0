// The sample county's joint-building work, 2006–2008: 125 pairings (72 joined since 2007,
// three ended in 2007) with their history, the ledger (seed-ledger.ts), 6 classes with 234
// trainees, and the commendations (3 enterprises + 8 villages by 市委, 8 + 14 by 县委).
import type { CommendationRound, LedgerEntry, Nominee, Pairing, PairingEvent, Person, Trainee, TrainingClass } from '../model/types';
import type { CooperationArea } from '../model/enums';
import type { IndustryBase } from '../model/industry-base';
import { base, personName, SEED_TIME, type SeedRegistry } from './seed-registry';
import { createRng, pad, sample, type Rng } from './seed-random';
import { buildSeedLedger, date, type Plan } from './seed-ledger';

export const SEED_LAST_YEAR = 2008;

export type SeedActivity = {
  pairings: Pairing[];
  pairingEvents: PairingEvent[];
  ledger: LedgerEntry[];
  /** 产业基地 (the 产业共建 figures). */
  bases: IndustryBase[];
  /** Persons created for the activity: cross-appointed members and enterprise party members. */
  persons: Person[];
  trainings: TrainingClass[];
  trainees: Trainee[];
  commendations: CommendationRound[];
  nominees: Nominee[];
};



function buildPairings(reg: SeedRegistry, rng: Rng): Plan[] {
  const partyEnterprises = reg.enterprises.filter((e) => e.partyOrg.type !== '未建立');
  const villages = sample(reg.villages, 125, rng);
  const leader = new Map(reg.townships.map((t) => [t.id, t]));
  const seq = new Map<number, number>();
  return villages.map((village, k) => {
    const enterprise = partyEnterprises[k % partyEnterprises.length];
    const year = k < 53 ? 2006 : k < 93 ? 2007 : 2008;
    const number = (seq.get(year) ?? 0) + 1;
    seq.set(year, number);
    const month = year === 2006 ? rng.int(1, 4) : rng.int(1, 9);
    const applied = date(year, month, rng.int(1, 20));
    const approved = date(year, month + 1, rng.int(1, 28));
    const ended = k >= 50 && k < 53;
    const township = leader.get(village.townshipId)!;
    const pairing: Pairing = {
      ...base(`sample-lj${pad(k + 1)}`),
      code: `LJ${year}-${pad(number)}`,
      enterpriseId: enterprise.id,
      villageId: village.id,
      status: ended ? '已终止' : '已批准',
      formation: year === 2006 ? '组织推荐' : '双向选择',
      areas: [],
      enterpriseLiaison: { name: enterprise.partyOrg.secretary ?? personName(rng) },
      villageLiaison: { name: village.partyOrg.secretary ?? personName(rng) },
      responsibleTownshipId: village.townshipId,
      responsibleLeader: township.leaderName ? { name: township.leaderName, post: township.leaderPost } : undefined,
      agreement: `${enterprise.name}党组织与${village.name}党支部签订村企党组织联建协议：村向企业输送劳动力、开展技能培训，企业扶持村产业发展和公益事业。`,
      appliedDate: applied,
      approvedDate: approved,
    };
    if (ended) {
      pairing.endedDate = '2007-10-15';
      pairing.endReason = '企业停产转型，双方协商终止联建';
    }
    return { pairing, from: year, to: ended ? 2007 : SEED_LAST_YEAR };
  });
}

function events(plans: Plan[]): PairingEvent[] {
  return plans.flatMap(({ pairing: p }) => {
    const ev = (kind: PairingEvent['kind'], d: string, reason?: string): PairingEvent => ({
      id: `${p.id}-${kind}`,
      pairingId: p.id,
      kind,
      date: d,
      createdAt: SEED_TIME,
      ...(reason ? { reason } : {}),
    });
    const list = [ev('申请', p.appliedDate), ev('批准', p.approvedDate!)];
    if (p.endedDate) list.push(ev('终止', p.endedDate, p.endReason));
    return list;
  });
}

const AREA_OF_TYPE: Record<string, CooperationArea> = {
  labour: '劳务输送',
  training: '技能培训',
  funds: '资金扶持',
  industry: '产业帮扶',
  crossAppointment: '交叉任职',
  dispute: '矛盾化解',
  security: '治安联防',
  exchange: '学习交流',
  welfare: '公益事业',
};

function trainings(reg: SeedRegistry, plans: Plan[], rng: Rng): { classes: TrainingClass[]; trainees: Trainee[] } {
  const secretaryIds = new Set<string>();
  const pairedOrgs = new Set(plans.flatMap(({ pairing }) => [pairing.villageId, pairing.enterpriseId]));
  for (const p of reg.persons) if (p.orgId && pairedOrgs.has(p.orgId)) secretaryIds.add(p.id);
  const pool = [...secretaryIds];
  const personById = new Map(reg.persons.map((p) => [p.id, p]));
  const orgName = new Map([...reg.villages, ...reg.enterprises].map((o) => [o.id, o.name] as const));
  const starts = ['2007-04-16', '2007-09-10', '2008-03-17', '2008-06-09', '2008-09-08', '2008-11-10'];
  const ordinal = '一二三四五六';
  const classes: TrainingClass[] = [];
  const trainees: Trainee[] = [];
  starts.forEach((start, i) => {
    const end = new Date(`${start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 4);
    const klass: TrainingClass = {
      ...base(`sample-c${pad(i + 1, 2)}`),
      session: `第${i + 1}期`,
      name: `全县村企党组织负责人骨干培训班（第${ordinal[i]}期）`,
      startDate: start,
      endDate: end.toISOString().slice(0, 10),
      place: '县委党校',
      organizer: '县委组织部',
      content: '党的基本理论和党的建设\n非公有制企业党建工作实务\n村企党组织联建政策与经验交流\n现场观摩联建点',
      hours: 40,
    };
    classes.push(klass);
    // A secretary may be called to more than one class, as in a real county.
    sample(pool, 39, rng).forEach((personId, k) => {
      const p = personById.get(personId)!;
      trainees.push({
        ...base(`${klass.id}-t${pad(k + 1, 2)}`),
        classId: klass.id,
        personId,
        name: p.name,
        orgKind: p.orgKind,
        orgId: p.orgId,
        orgName: p.orgId ? orgName.get(p.orgId) : undefined,
        post: p.post,
        seq: k + 1,
      });
    });
  });
  return { classes, trainees };
}

function commendations(reg: SeedRegistry, plans: Plan[], rng: Rng): { rounds: CommendationRound[]; nominees: Nominee[] } {
  // Only enterprises with a party organization can be honoured as 先进基层党组织 (shared/model/honour-rules.ts).
  const enterprises = [...new Set(plans.map((p) => p.pairing.enterpriseId))].map((id) => reg.enterprises.find((e) => e.id === id)!).filter((e) => e.partyOrg.type !== '未建立');
  const villages = plans.map((p) => reg.villages.find((v) => v.id === p.pairing.villageId)!);
  const rounds: CommendationRound[] = [
    { ...base('sample-r01'), year: 2007, level: '县委', titles: ['先进基层党组织'], status: '批准', docNumber: '汀委〔2007〕36号', decisionDate: '2007-06-28' },
    { ...base('sample-r02'), year: 2008, level: '县委', titles: ['先进基层党组织'], status: '批准', docNumber: '汀委〔2008〕12号', decisionDate: '2008-06-30' },
    { ...base('sample-r03'), year: 2008, level: '市委', titles: ['先进基层党组织'], status: '批准', docNumber: '龙委〔2008〕58号', decisionDate: '2008-06-27' },
  ];
  const plan: [CommendationRound, number, number][] = [
    [rounds[0], 4, 7],
    [rounds[1], 4, 7],
    [rounds[2], 3, 8],
  ];
  const nominees: Nominee[] = [];
  for (const [round, e, v] of plan) {
    const orgs = [
      ...sample(enterprises, e, rng).map((x) => ({ kind: 'enterprise' as const, id: x.id, name: x.partyOrg.name ?? x.name })),
      ...sample(villages, v, rng).map((x) => ({ kind: 'village' as const, id: x.id, name: x.partyOrg.name ?? x.name })),
    ];
    for (const org of orgs) {
      nominees.push({
        ...base(`sample-n${pad(nominees.length + 1)}`),
        roundId: round.id,
        title: '先进基层党组织',
        kind: org.kind,
        refId: org.id,
        displayName: org.name,
        source: '手工',
      });
    }
  }
  return { rounds, nominees };
}

export function buildSeedActivity(reg: SeedRegistry, seed = 1203): SeedActivity {
  const rng = createRng(seed);
  const plans = buildPairings(reg, rng);
  const { entries, persons, bases } = buildSeedLedger(reg, plans, rng);
  const areasOf = new Map<string, Set<CooperationArea>>();
  const uses = [...entries.map((e) => ({ pairingId: e.pairingId, type: e.type })), ...bases.flatMap((b) => b.pairingIds.map((pairingId) => ({ pairingId, type: 'industry' })))];
  for (const e of uses) {
    if (!e.pairingId || !AREA_OF_TYPE[e.type]) continue;
    const set = areasOf.get(e.pairingId) ?? new Set();
    set.add(AREA_OF_TYPE[e.type]);
    areasOf.set(e.pairingId, set);
  }
  for (const { pairing } of plans) pairing.areas = [...(areasOf.get(pairing.id) ?? new Set(['劳务输送' as const]))];
  const { rounds, nominees } = commendations(reg, plans, rng);
  const classes = trainings(reg, plans, rng);
  return {
    pairings: plans.map((p) => p.pairing),
    pairingEvents: events(plans),
    ledger: entries,
    bases,
    persons,
    trainings: classes.classes,
    trainees: classes.trainees,
    commendations: rounds,
    nominees,
  };
}
