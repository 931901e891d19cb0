// The sample county's information database (企情、村情信息库): 长汀县's townships and the
// 开发区, 290 villages each with its party branch, 727 non-public enterprises employing
// 4万多 people, 39 of them above scale and all of those with a party organization, 41
// enterprise party organizations in all (seed article, first and third paragraphs).
import { DEFAULT_INDUSTRIES, OWNERSHIPS, type Ownership, type TownshipKind } from '../model/enums';
import type { Enterprise, Person, Township, Village } from '../model/types';
import { USCC_ALPHABET, usccCheckChar } from '../model/uscc';
import { createRng, pad, sample, spread, type Rng } from './seed-random';

/** Every sample record carries this time; the loader replaces it with the time of loading. */
export const SEED_TIME = '2008-12-03T00:00:00.000Z';

export const base = (id: string) => ({ id, createdAt: SEED_TIME, updatedAt: SEED_TIME, deleted: 0 as const });

type TownshipPlan = { name: string; kind: TownshipKind; villages: number; enterprises: number; aboveScale: number; extraPartyOrgs: number };

// Village and enterprise counts per township add up to the article's 290 and 727.
const PLAN: readonly TownshipPlan[] = [
  { name: '汀州镇', kind: '镇', villages: 20, enterprises: 150, aboveScale: 6, extraPartyOrgs: 1 },
  { name: '大同镇', kind: '镇', villages: 20, enterprises: 70, aboveScale: 4, extraPartyOrgs: 0 },
  { name: '古城镇', kind: '镇', villages: 16, enterprises: 18, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '新桥镇', kind: '镇', villages: 16, enterprises: 22, aboveScale: 1, extraPartyOrgs: 0 },
  { name: '馆前镇', kind: '镇', villages: 12, enterprises: 15, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '童坊镇', kind: '镇', villages: 20, enterprises: 20, aboveScale: 1, extraPartyOrgs: 0 },
  { name: '河田镇', kind: '镇', villages: 28, enterprises: 45, aboveScale: 3, extraPartyOrgs: 1 },
  { name: '南山镇', kind: '镇', villages: 21, enterprises: 20, aboveScale: 1, extraPartyOrgs: 0 },
  { name: '濯田镇', kind: '镇', villages: 30, enterprises: 28, aboveScale: 2, extraPartyOrgs: 0 },
  { name: '四都镇', kind: '镇', villages: 17, enterprises: 12, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '涂坊镇', kind: '镇', villages: 13, enterprises: 18, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '策武镇', kind: '镇', villages: 15, enterprises: 40, aboveScale: 3, extraPartyOrgs: 0 },
  { name: '三洲镇', kind: '镇', villages: 10, enterprises: 15, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '铁长乡', kind: '乡', villages: 8, enterprises: 8, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '庵杰乡', kind: '乡', villages: 9, enterprises: 8, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '宣成乡', kind: '乡', villages: 11, enterprises: 8, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '红山乡', kind: '乡', villages: 9, enterprises: 10, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '羊牯乡', kind: '乡', villages: 8, enterprises: 8, aboveScale: 0, extraPartyOrgs: 0 },
  { name: '长汀经济开发区', kind: '开发区', villages: 7, enterprises: 212, aboveScale: 18, extraPartyOrgs: 0 },
];

/** Total employees of all enterprises: 「安排就业人员4万多人」. */
export const SEED_EMPLOYEES = 40_618;

const LEADERS = ['张建华', '李明辉', '刘志强', '钟文荣', '陈德福', '赖春生', '丘海清', '罗永平', '王金宝', '吴国平'];
const LEADER_POSTS = ['县委常委、组织部部长', '县委常委、常务副县长', '县人大常委会副主任', '副县长', '县政协副主席'];

const VILLAGE_FIRST = '红星新丰东西南北上中大长高黄石岭溪塘田坑湖山河林竹茶桥罗刘陈';
const VILLAGE_SECOND = '坊坑塘田岭溪坪山湖口背洋畲寨岗埔墩坝光联星';

const SURNAMES = '黄李刘钟陈赖丘罗王张吴曾杨林邱傅范戴温蓝';
const GIVEN = '建国明华志文荣德福金春秀英兰芳伟强军平海清生宝辉勇玉梅红丽';

const ENTERPRISE_PREFIXES = [
  '宏达', '鑫源', '金汀', '汀江', '华辉', '永兴', '恒盛', '裕丰', '兴旺', '龙腾', '瑞祥', '天成', '嘉禾', '顺发', '隆鑫',
  '福源', '腾飞', '东升', '绿洲', '卧龙', '红旗', '远航', '博泰', '三和', '宝丰', '万利', '盛达', '联创', '佳美', '新纪元',
  '长青', '同心', '泰和', '汇丰', '昌盛', '明珠', '丰源', '锦绣', '旭日', '中汀', '创新', '大成', '鸿运', '金龙', '安泰',
  '富民', '正大', '兴达', '凯旋', '星光', '景丰', '合力', '欣荣', '四方', '华兴', '德源', '永泰', '润达', '清源', '广益',
];

const INDUSTRY_WORDS: Record<(typeof DEFAULT_INDUSTRIES)[number], readonly string[]> = {
  纺织服装: ['纺织', '针织', '服装'],
  食品加工: ['食品', '米业'],
  竹木加工: ['竹业', '木业'],
  稀土新材料: ['稀土', '新材料'],
  机械制造: ['机械', '汽配'],
  医药化工: ['药业', '化工'],
  建筑建材: ['建材', '陶瓷'],
  农林牧渔: ['农业', '林业', '生态养殖'],
  商贸物流: ['商贸', '物流'],
  文化旅游: ['旅游', '文化传媒'],
  体育用品: ['体育用品', '体育器材'],
  电子信息: ['电子'],
  其他: ['实业'],
};

export type SeedRegistry = {
  townships: Township[];
  villages: Village[];
  enterprises: Enterprise[];
  /** Village party secretaries, enterprise party secretaries, and party members of the enterprises. */
  persons: Person[];
};

export function personName(rng: Rng): string {
  const given = rng.next() < 0.6 ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]);
  return rng.pick([...SURNAMES]) + given;
}

function uscc(individual: boolean, index: number): string {
  let org = 'MA';
  let n = index * 7919 + 104_729;
  for (let i = 0; i < 7; i++) {
    org += USCC_ALPHABET[n % 31];
    n = Math.floor(n / 31) + i * 13;
  }
  const first17 = `${individual ? '92' : '91'}350821${org}`;
  return first17 + usccCheckChar(first17);
}

function buildVillages(townships: Township[], rng: Rng): Village[] {
  const names: string[] = [];
  for (const a of VILLAGE_FIRST) for (const b of VILLAGE_SECOND) if (a !== b) names.push(`${a}${b}村`);
  const chosen = sample(names, 290, rng);
  const villages: Village[] = [];
  PLAN.forEach((plan, t) => {
    for (let i = 0; i < plan.villages; i++) {
      const name = chosen[villages.length];
      const population = rng.int(900, 4200);
      villages.push({
        ...base(`sample-v${pad(villages.length + 1)}`),
        townshipId: townships[t].id,
        name,
        areaCode: `350821${pad(100 + t, 3)}${pad(200 + i, 3)}`,
        households: Math.round(population / 3.6),
        population,
        surplusLabour: Math.round(population * (0.12 + rng.next() * 0.1)),
        landlessFarmers: plan.kind === '开发区' || t === 0 ? rng.int(60, 300) : rng.int(0, 40),
        industries: [rng.pick(['水稻', '毛竹', '烤烟', '蔬菜', '脐橙', '槟榔芋', '生猪', '河田鸡'])],
        collectiveIncome: Math.round((1 + rng.next() * 12) * 10) / 10,
        partyOrg: { name: `${name}党支部`, type: '党支部', members: rng.int(18, 65) },
      });
    }
  });
  return villages;
}

function enterpriseName(index: number, industry: (typeof DEFAULT_INDUSTRIES)[number], zone: boolean, used: Set<string>): string {
  const words = INDUSTRY_WORDS[industry];
  for (let k = 0; ; k++) {
    const prefix = ENTERPRISE_PREFIXES[(index + k * 7) % ENTERPRISE_PREFIXES.length];
    const word = words[(index + k) % words.length];
    const name = `${zone ? '福建' : '长汀县'}${prefix}${word}有限公司`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

// The two enterprises the article names, kept with their own names in the 开发区.
const NAMED = [
  { name: '福建台慧体育器材有限公司', industry: '体育用品', ownership: '港澳台资' },
  { name: '长汀盼盼食品有限公司', industry: '食品加工', ownership: '私营' },
] as const;

function buildEnterprises(townships: Township[], rng: Rng): Enterprise[] {
  const used = new Set<string>(NAMED.map((n) => n.name));
  const enterprises: Enterprise[] = [];
  PLAN.forEach((plan, t) => {
    const zone = plan.kind === '开发区';
    for (let i = 0; i < plan.enterprises; i++) {
      const index = enterprises.length;
      const aboveScale = i < plan.aboveScale;
      const hasParty = aboveScale || i < plan.aboveScale + plan.extraPartyOrgs;
      const named = zone && i < NAMED.length ? NAMED[i] : undefined;
      const industry = named?.industry ?? rng.pick(DEFAULT_INDUSTRIES);
      const ownership: Ownership = named?.ownership ?? (aboveScale ? rng.pick(['私营', '私营', '股份合作', '外资']) : rng.pick(OWNERSHIPS.slice(0, 2)));
      const name = named?.name ?? enterpriseName(index, industry, zone, used);
      const foundedYear = rng.int(1993, 2007);
      enterprises.push({
        ...base(`sample-e${pad(index + 1)}`),
        townshipId: townships[t].id,
        name,
        uscc: uscc(ownership === '个体', index),
        industry,
        ownership,
        aboveScale,
        employees: 0,
        outputValue: aboveScale ? rng.int(2500, 30000) : rng.int(50, 1800),
        foundedYear: named?.name === '长汀盼盼食品有限公司' ? 2006 : foundedYear,
        partyOrg: hasParty
          ? {
              name: `${name}${aboveScale && rng.next() < 0.15 ? '党总支' : '党支部'}`,
              type: '党支部',
              establishedDate: `${Math.max(foundedYear, 2003)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
              members: rng.int(5, 48),
            }
          : { type: '未建立' },
      });
    }
  });
  for (const e of enterprises) if (e.partyOrg.name?.endsWith('党总支')) e.partyOrg.type = '党总支';
  // 39 above-scale enterprises employ about 24,000; the other 688 share the rest.
  const big = enterprises.filter((e) => e.aboveScale);
  const small = enterprises.filter((e) => !e.aboveScale);
  const bigTotal = 24_310;
  spread(bigTotal, big.length, rng, 300).forEach((n, i) => (big[i].employees = n));
  spread(SEED_EMPLOYEES - bigTotal, small.length, rng, 3).forEach((n, i) => (small[i].employees = n));
  return enterprises;
}

function secretaries(villages: Village[], enterprises: Enterprise[], rng: Rng): Person[] {
  const persons: Person[] = [];
  const add = (orgKind: 'village' | 'enterprise', orgId: string, post: string): Person => {
    const person: Person = {
      ...base(`sample-p${pad(persons.length + 1, 4)}`),
      name: personName(rng),
      gender: rng.next() < 0.8 ? '男' : '女',
      politicalStatus: '中共党员',
      orgKind,
      orgId,
      post,
    };
    persons.push(person);
    return person;
  };
  for (const v of villages) v.partyOrg.secretary = add('village', v.id, '村党支部书记').name;
  for (const e of enterprises) {
    if (e.partyOrg.type === '未建立') continue;
    e.partyOrg.secretary = add('enterprise', e.id, `企业${e.partyOrg.type}书记`).name;
  }
  return persons;
}

export function buildSeedRegistry(seed = 2008): SeedRegistry {
  const rng = createRng(seed);
  const townships: Township[] = PLAN.map((plan, i) => ({
    ...base(`sample-t${pad(i + 1, 2)}`),
    name: plan.name,
    kind: plan.kind,
    order: i + 1,
    leaderName: LEADERS[i % LEADERS.length],
    leaderPost: LEADER_POSTS[i % LEADER_POSTS.length],
  }));
  const villages = buildVillages(townships, rng);
  const enterprises = buildEnterprises(townships, rng);
  const persons = secretaries(villages, enterprises, rng);
  return { townships, villages, enterprises, persons };
}
