// The sample county's 培训交流 records beyond the classes, added after the rest is built so
// that the random draws of everything else stay as they were: the 技能培训基地 its 技能培训
// entries name (62 villages, one base each, for the 36 enterprises that train there), the
// sessions' 结业日期 and 培训工种, the 45 party-work cadres the 38 enterprises sent (each
// visit lists them), the liaisons linked to the registry's persons, and the meetings of the
// leading group and of one township.
import type { Enterprise, LedgerEntry, Pairing, Person } from '../model/types';
import { basesFromEntries, type TrainingBase } from '../model/training-base';
import type { Meeting, MeetingDecision } from '../model/meeting';
import { base, personName, SEED_TIME, type SeedRegistry } from './seed-registry';
import { createRng, pad } from './seed-random';

export type SeedExchange = { trainingBases: TrainingBase[]; meetings: Meeting[]; persons: Person[] };

const TRADES: Record<string, string> = {
  纺织服装: '缝纫工、挡车工',
  食品加工: '食品加工、包装',
  体育用品: '垒球手缝',
  竹木加工: '竹制品加工',
  机械制造: '机床操作',
  电子信息: '电子装配',
  稀土新材料: '化工操作',
  医药化工: '化工操作',
};

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

function decision(id: string, content: string, owner: string, deadline: string, doneDate?: string, progress?: string): MeetingDecision {
  return { id, content, owner, deadline, done: Boolean(doneDate), ...(doneDate ? { doneDate } : {}), ...(progress ? { progress } : {}) };
}

function meetings(reg: SeedRegistry, pairings: Pairing[]): Meeting[] {
  const orgs = (n: number, from: number) => pairings.slice(from, from + n);
  const secretaryOf = new Map(reg.persons.filter((p) => p.post?.includes('书记')).map((p) => [p.orgId, p.id]));
  const attendees = (list: Pairing[]) => ({
    enterpriseIds: [...new Set(list.map((p) => p.enterpriseId))],
    villageIds: list.map((p) => p.villageId),
    personIds: [...new Set(list.flatMap((p) => [secretaryOf.get(p.enterpriseId), secretaryOf.get(p.villageId)]).filter((id): id is string => Boolean(id)))],
  });
  const hetian = reg.townships.find((t) => t.name === '河田镇')!;
  const county = { host: '县委组织部', chair: '张建华', otherAttendees: '联建活动领导小组成员单位，县农办，开发区党工委，各乡（镇）党委分管领导' };
  const m = (i: number, rest: Omit<Meeting, keyof ReturnType<typeof base>>): Meeting => ({ ...base(`sample-m${pad(i, 2)}`), ...rest });
  return [
    m(1, {
      kind: '交流会', title: '2006年度村企党组织联建活动交流会', date: '2006-12-20', place: '县委党校报告厅', ...county, ...attendees(orgs(8, 0)),
      topics: '总结2006年联建活动开展情况\n交流联建点经验做法\n部署2007年联建工作',
      minutes: '会议听取了各乡镇和8个联建点的交流发言，总结了联建活动开展以来在劳务输送、技能培训、产业帮扶等方面的成效，分析了部分联建点活动不经常、内容单一的问题。',
      decisions: [decision('sample-m01-d1', '各联建点建立联络员制度，村企双方各指派一名联络员', '各乡（镇）党委', '2007-01-31', '2007-01-25', '已全部落实到人'), decision('sample-m01-d2', '建立村企联建档案，实行动态管理', '县委组织部', '2007-03-31', '2007-03-20')],
    }),
    m(2, {
      kind: '研讨会', title: '村企党组织联建活动情况研讨会', date: '2007-06-15', place: '县委组织部会议室', ...county, ...attendees(orgs(6, 10)),
      topics: '研究联建活动中遇到的困难和问题\n研究开展“订单式”技能培训的办法',
      minutes: '与会同志围绕企业用工不足、农村富余劳动力转移难等问题进行了研讨，提出在联建村建立劳动力培训基地，由企业根据用工需求开展“订单式”技能培训。',
      decisions: [decision('sample-m02-d1', '在联建村建立劳动力培训基地，开展“订单式”技能培训', '县委组织部、县劳动就业中心', '2007-09-30', '2007-09-20', '已在30个联建村建立培训基地')],
    }),
    m(3, {
      kind: '交流会', title: '2007年度村企党组织联建活动交流会', date: '2007-12-18', place: '县委党校报告厅', ...county, ...attendees(orgs(10, 20)),
      topics: '交流2007年联建活动成效\n表彰先进基层党组织\n部署2008年联建工作',
      minutes: '会议交流了台慧体育器材公司“阳光工程培训计划”、盼盼食品公司党员“星级”管理等经验，表彰了先进基层党组织。',
      decisions: [decision('sample-m03-d1', '推广党员“星级”管理做法', '各企业党组织', '2008-06-30', '2008-06-20')],
    }),
    m(4, {
      kind: '通报会', title: '2008年第一季度联建活动情况通报会', date: '2008-04-10', place: '县委组织部会议室', ...county, ...attendees(orgs(5, 40)),
      topics: '通报第一季度督查情况\n通报月报报送情况',
      minutes: '通报了一季度督查发现的问题，部分联建点月报报送不及时，要求限期整改。',
      decisions: [decision('sample-m04-d1', '督促未按时报送月报的联建点整改', '各乡（镇）党委', '2008-05-10', '2008-05-08')],
    }),
    m(5, {
      kind: '通报会', title: '2008年第二季度联建活动情况通报会', date: '2008-07-10', place: '县委组织部会议室', ...county, ...attendees(orgs(5, 50)),
      topics: '通报第二季度督查情况',
      minutes: '二季度各联建点活动开展正常，新增联建村企14对。',
      decisions: [],
    }),
    m(6, {
      kind: '推进会', title: '河田镇村企党组织联建工作推进会', date: '2008-09-05', place: '河田镇政府会议室', host: '河田镇党委', chair: hetian.leaderName, townshipId: hetian.id,
      ...attendees(pairings.filter((p) => p.responsibleTownshipId === hetian.id)),
      topics: '推进河田镇联建村治安联防和矛盾化解工作',
      minutes: '会议部署各联建村成立治安联防队，加强与企业沟通协调，及时化解占用土地、环境卫生等方面的矛盾。',
      decisions: [decision('sample-m06-d1', '各联建村年底前成立治安联防队', '各联建村党支部', '2008-12-31')],
    }),
    m(7, {
      kind: '研讨会', title: '村企党组织联建活动长效机制研讨会', date: '2008-11-20', place: '县委党校', ...county, ...attendees(orgs(8, 60)),
      topics: '研究完善联建活动长效机制\n研究开展年度绩效考评',
      minutes: '会议研究了绩效考评办法和年终统计工作，拟拍摄联建活动专题片广泛宣传。',
      decisions: [decision('sample-m07-d1', '拍摄联建活动专题片，刻录光盘发放各联建点', '县委组织部', '2008-12-31'), decision('sample-m07-d2', '制定年度绩效考评办法', '县委组织部', '2008-12-15', '2008-12-01')],
    }),
  ];
}

/** Adds to `ledger` and `pairings` in place (the sessions' details, the visits' cadres, the liaisons' persons). */
export function buildSeedExchange(reg: SeedRegistry, pairings: Pairing[], ledger: LedgerEntry[], extraPersons: readonly Person[]): SeedExchange {
  const rng = createRng(1208);
  const enterpriseOf = new Map<string, Enterprise>(reg.enterprises.map((e) => [e.id, e]));
  const pairingOf = new Map(pairings.map((p) => [p.id, p]));
  const allPersons = [...reg.persons, ...extraPersons];
  const ofOrg = (orgId: string, name?: string) => allPersons.find((p) => p.orgId === orgId && (name === undefined || p.name === name));

  // 技能培训: each session ends a few days after it starts and says what it trains.
  const training = ledger.filter((e) => e.type === 'training');
  training.forEach((e, i) => {
    const trade = TRADES[enterpriseOf.get(pairingOf.get(e.pairingId!)!.enterpriseId)?.industry ?? ''] ?? '岗前技能';
    e.figures = { ...e.figures, endDate: addDays(e.date, 2 + (i % 5)), content: trade };
  });
  let n = 0;
  const trainingBases = basesFromEntries(ledger as unknown as Record<string, unknown>[], pairings as unknown as Record<string, unknown>[], () => `sample-tb${pad(++n)}`, SEED_TIME);
  for (const b of trainingBases) {
    const trades = [...new Set(training.filter((e) => e.figures.base === b.name && pairingOf.get(e.pairingId!)?.villageId === b.villageId).map((e) => String(e.figures.content)))];
    b.trains = trades.join('、');
    b.site = '村委会培训室';
  }

  // 学习交流: the enterprise's party secretary goes, and a second cadre where two went.
  const persons: Person[] = [];
  for (const e of ledger.filter((x) => x.type === 'exchange')) {
    const enterpriseId = pairingOf.get(e.pairingId!)!.enterpriseId;
    const enterprise = enterpriseOf.get(enterpriseId)!;
    const ids = [ofOrg(enterpriseId, enterprise.partyOrg.secretary)!.id];
    if (e.figures.cadres === 2) {
      const cadre: Person = {
        ...base(`sample-p${pad(7000 + persons.length, 4)}`),
        name: personName(rng),
        gender: rng.next() < 0.6 ? '男' : '女',
        politicalStatus: '中共党员',
        orgKind: 'enterprise',
        orgId: enterpriseId,
        post: `企业${enterprise.partyOrg.type}组织委员`,
      };
      persons.push(cadre);
      ids.push(cadre.id);
    }
    e.personIds = ids;
    e.figures = { ...e.figures, place: '联建村村部' };
    e.description = '学习联建村党支部对党员实行定岗定责、开展“三会一课”的做法';
  }

  // 联络员: the party secretaries each side named, linked to the registry.
  for (const p of pairings) {
    for (const [side, orgId] of [['enterpriseLiaison', p.enterpriseId], ['villageLiaison', p.villageId]] as const) {
      const l = p[side];
      const person = l && ofOrg(orgId, l.name);
      if (l && person) p[side] = { ...l, personId: person.id };
    }
  }
  return { trainingBases, meetings: meetings(reg, pairings), persons };
}
