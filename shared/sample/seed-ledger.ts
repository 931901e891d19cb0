// The sample county's ledger, 2006–2008, laid out so that its totals are the seed article's
// figures: 5100多 skilled workers sent, 600多万元 of funds, 85 cross-appointed members
// (7 → middle managers, 34 → rural economic leaders, 18 → elected branch secretaries), 36
// enterprises and 62 villages in training-supply relations, 12 pairings with 2.6万亩 of
// bamboo bases, 21 pairing points with patrol teams, 13 villages resolving 34 disputes, 38
// enterprises sending 45 party-work cadres; and 盼盼食品's own star ratings.
import { CROSS_APPOINTMENT_OUTCOMES } from '../model/ledger-catalog';
import type { Enterprise, FigureValue, LedgerEntry, Pairing, Person, Village } from '../model/types';
import type { IndustryBase } from '../model/industry-base';
import { base, personName, type SeedRegistry } from './seed-registry';
import { pad, sample, spread, type Rng } from './seed-random';

/** A pairing and the years it is active in. */
export type Plan = { pairing: Pairing; from: number; to: number };

export const date = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

class LedgerBuilder {
  readonly entries: LedgerEntry[] = [];
  constructor(private readonly rng: Rng) {}

  /** A dated entry inside the pairing's active part of `year`. */
  add(plan: Plan, year: number, type: string, figures: Record<string, FigureValue>, extra: Partial<LedgerEntry> = {}): void {
    const p = plan.pairing;
    const approvedMonth = Number(p.approvedDate!.slice(5, 7));
    const first = year === plan.from ? Math.min(approvedMonth + 1, 12) : 1;
    const last = p.endedDate && year === 2007 ? 9 : 11;
    const month = this.rng.int(Math.min(first, last), last);
    this.entries.push({
      ...base(`sample-l${pad(this.entries.length + 1, 5)}`),
      pairingId: p.id,
      townshipId: p.responsibleTownshipId,
      type,
      date: date(year, month, this.rng.int(1, 28)),
      precision: 'day',
      year,
      figures,
      personIds: [],
      attachmentIds: [],
      ...extra,
    });
  }
}

export const years = (plan: Plan) => Array.from({ length: plan.to - plan.from + 1 }, (_, i) => plan.from + i);

export function buildSeedLedger(reg: SeedRegistry, plans: Plan[], rng: Rng): { entries: LedgerEntry[]; persons: Person[]; bases: IndustryBase[] } {
  const b = new LedgerBuilder(rng);
  const persons: Person[] = [];
  const villageOf = new Map<string, Village>(reg.villages.map((v) => [v.id, v]));
  const enterpriseOf = new Map<string, Enterprise>(reg.enterprises.map((e) => [e.id, e]));
  const taihui = reg.enterprises.find((e) => e.name === '福建台慧体育器材有限公司')!;

  // 劳务输送: 100 pairings, every active year; 5123 skilled workers (「5100多名」).
  const labour = sample(plans, 100, rng).flatMap((plan) => years(plan).map((y) => ({ plan, y })));
  const skilled = spread(5123, labour.length, rng, 5);
  const women = labour.filter(({ plan }) => plan.pairing.enterpriseId === taihui.id);
  const womenCounts = spread(243, Math.max(women.length, 1), rng, 1);
  labour.forEach(({ plan, y }, i) => {
    const w = women.indexOf(labour[i]) >= 0 ? womenCounts[women.indexOf(labour[i])] : 0;
    const sent = Math.max(skilled[i], w) + rng.int(2, 30);
    const landless = rng.next() < 0.4 ? rng.int(1, Math.min(12, sent)) : 0;
    const figures: Record<string, FigureValue> = { sent, skilled: skilled[i] };
    if (landless) figures.landless = landless;
    if (w) figures.leftBehindWomen = w;
    b.add(plan, y, 'labour', figures);
  });

  // 资金扶持: 612.5万元 in all (「600多万元」).
  const funds = plans.flatMap((plan) => years(plan).filter(() => rng.next() < 0.55).map((y) => ({ plan, y })));
  spread(6125, funds.length, rng, 5).forEach((tenths, i) =>
    b.add(funds[i].plan, funds[i].y, 'funds', { amount: tenths / 10, purpose: rng.pick(['产业发展', '公益事业', '基础设施', '帮扶困难群众']) }),
  );

  // 技能培训: 62 pairings of 36 enterprises (one village each): 「36家企业与62个村」.
  const enterpriseIndex = (plan: Plan) => plans.findIndex((q) => q.pairing.enterpriseId === plan.pairing.enterpriseId);
  const firstOf36 = plans.slice(0, 36);
  const more = sample(plans.slice(41).filter((plan) => enterpriseIndex(plan) < 36), 26, rng);
  for (const plan of [...firstOf36, ...more]) {
    const village = villageOf.get(plan.pairing.villageId)!;
    for (const y of years(plan)) {
      const trainees = rng.int(20, 60);
      b.add(plan, y, 'training', {
        sessions: rng.int(1, 3),
        trainees,
        employedAfter: rng.int(Math.floor(trainees / 2), trainees),
        base: `${village.name}劳动力培训基地`,
        orderBased: rng.next() < 0.5,
      });
    }
  }

  // 产业共建: 12 pairings built 2.6万亩 of bamboo bases, each enterprise 45万元 a year better off.
  // They are 产业基地 records (the ledger type reads them); the random draws are those the
  // ledger entries used to take, so the rest of the county stays as it was.
  const bases: IndustryBase[] = [];
  const basePlans = sample(plans.slice(0, 93), 12, rng);
  spread(26_000, 12, rng, 800).forEach((area, i) => {
    const plan = basePlans[i];
    const households = rng.int(80, 320);
    const incomePerHousehold = rng.int(200, 260);
    rng.int(1, 12);
    rng.int(1, 28);
    const village = villageOf.get(plan.pairing.villageId)!;
    bases.push({
      ...base(`sample-b${pad(i + 1, 2)}`),
      name: `${village.name}丰产毛竹林和加工基地`,
      product: '毛竹、竹制品',
      area,
      households,
      incomePerHousehold,
      enterpriseGain: 45,
      pairingIds: [plan.pairing.id],
      year: plan.from,
      townshipId: plan.pairing.responsibleTownshipId,
    });
  });

  // 交叉任职: 85 village party members appointed in enterprises (2006–2007).
  const outcomes = [
    ...Array<string>(7).fill(CROSS_APPOINTMENT_OUTCOMES[0]),
    ...Array<string>(34).fill(CROSS_APPOINTMENT_OUTCOMES[1]),
    ...Array<string>(18).fill(CROSS_APPOINTMENT_OUTCOMES[2]),
  ];
  const crossPlans = plans.slice(0, 93);
  for (let i = 0; i < 85; i++) {
    const plan = crossPlans[(i * 7) % crossPlans.length];
    const person: Person = {
      ...base(`sample-p${pad(5000 + i, 4)}`),
      name: personName(rng),
      gender: rng.next() < 0.75 ? '男' : '女',
      politicalStatus: '中共党员',
      orgKind: 'village',
      orgId: plan.pairing.villageId,
      post: '党员',
    };
    persons.push(person);
    const figures: Record<string, FigureValue> = {
      person: person.id,
      direction: '村→企',
      post: rng.pick(['车间主任助理', '班组长', '生产调度员', '质检员', '办公室文员']),
      start: date(plan.from, rng.int(6, 10), rng.int(1, 28)),
    };
    if (outcomes[i]) figures.outcome = outcomes[i];
    b.add(plan, plan.from, 'crossAppointment', figures, { personIds: [person.id] });
  }

  // 矛盾化解: 13 villages, 34 disputes.
  const disputeCounts = [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2];
  sample(plans, 13, rng).forEach((plan, i) =>
    b.add(plan, rng.int(plan.from, plan.to), 'dispute', { resolved: disputeCounts[i], category: rng.pick(['占用土地', '环境卫生', '社会治安']) }),
  );

  // 治安联防: 21 pairing points set up a patrol team, then patrol every year.
  for (const plan of sample(plans, 21, rng)) {
    years(plan).forEach((y, i) => b.add(plan, y, 'security', { teams: i === 0 ? 1 : 0, members: rng.int(8, 16), patrols: rng.int(12, 48) }));
  }

  // 学习交流: 38 enterprises sent 45 party-work cadres to their villages.
  plans.slice(0, 38).forEach((plan, i) => b.add(plan, plan.from, 'exchange', { cadres: i < 7 ? 2 : 1, visits: rng.int(1, 4), direction: '企→村' }));

  // 公益帮扶: 85万元 to 40 projects.
  const welfare = sample(plans, 40, rng);
  spread(850, 40, rng, 5).forEach((tenths, i) =>
    b.add(welfare[i], rng.int(welfare[i].from, welfare[i].to), 'welfare', { amount: tenths / 10, beneficiaries: rng.int(50, 500) }),
  );

  // 党员星级: 盼盼食品's branch rates its 15 members (an enterprise's own entry, no pairing).
  const panpan = reg.enterprises.find((e) => e.name === '长汀盼盼食品有限公司')!;
  for (let i = 0; i < 15; i++) {
    const person: Person = {
      ...base(`sample-p${pad(6000 + i, 4)}`),
      name: personName(rng),
      gender: rng.next() < 0.5 ? '男' : '女',
      politicalStatus: i < 13 ? '中共党员' : '预备党员',
      orgKind: 'enterprise',
      orgId: panpan.id,
      post: rng.pick(['车间主任', '班组长', '技术员', '仓储主管', '销售员']),
    };
    persons.push(person);
    const entry = b.entries.length;
    b.entries.push({
      ...base(`sample-l${pad(entry + 1, 5)}`),
      enterpriseId: panpan.id,
      townshipId: enterpriseOf.get(panpan.id)!.townshipId,
      type: 'starRating',
      date: '2008-12-01',
      precision: 'day',
      year: 2008,
      figures: { person: person.id, year: 2008, stars: String(rng.int(3, 5)) },
      personIds: [person.id],
      attachmentIds: [],
    });
  }
  return { entries: b.entries, persons, bases };
}
