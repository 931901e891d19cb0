// A small county for pairing and ledger store tests: two townships that both have a 红星村,
// two enterprises, a few persons. Built through the registry repositories, as the app does.
import type { PairingApplicationInput } from '@shared/model/schemas/pairing';
import { freshStore } from './helpers';

export type Fixture = Awaited<ReturnType<typeof seedCounty>>;

export async function seedCounty() {
  const store = freshStore();
  const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1, leaderName: '王明', leaderPost: '镇党委书记' });
  const zone = await store.townships.create({ name: '长汀经济开发区', kind: '开发区', order: 2 });
  const datong = await store.townships.create({ name: '大同镇', kind: '镇', order: 3 });
  const hongxing = await store.villages.create({
    townshipId: hetian.id,
    name: '红星村',
    industries: ['纺织服装', '毛竹'],
    surplusLabour: 100,
    partyOrg: { name: '中共红星村支部委员会', type: '党支部', secretary: '刘一', members: 30 },
  });
  const hongxingDatong = await store.villages.create({ townshipId: datong.id, name: '红星村', industries: ['农林牧渔'], surplusLabour: 40, partyOrg: {} });
  const luofu = await store.villages.create({ townshipId: hetian.id, name: '露湖村', industries: [], partyOrg: {} });
  const panpan = await store.enterprises.create({
    townshipId: zone.id,
    name: '福建盼盼食品有限公司',
    industry: '食品加工',
    aboveScale: true,
    employees: 1200,
    partyOrg: { type: '党支部', name: '中共盼盼食品有限公司支部委员会', secretary: '陈二', members: 25 },
  });
  const taihui = await store.enterprises.create({ townshipId: hetian.id, name: '台慧体育器材公司', industry: '纺织服装', aboveScale: false, employees: 300, partyOrg: { type: '党支部' } });
  const villager = await store.persons.create({ name: '张三', orgKind: 'village', orgId: hongxing.id, politicalStatus: '中共党员' });
  const worker = await store.persons.create({ name: '李四', orgKind: 'enterprise', orgId: panpan.id, politicalStatus: '中共党员' });
  const outsider = await store.persons.create({ name: '王五', orgKind: 'village', orgId: luofu.id, politicalStatus: '中共党员' });
  const application = (over: Partial<PairingApplicationInput> = {}): PairingApplicationInput => ({
    enterpriseId: panpan.id,
    villageId: hongxing.id,
    formation: '双向选择',
    areas: ['劳务输送', '技能培训'],
    responsibleTownshipId: hetian.id,
    villageLiaison: { name: '张三', phone: '13905971234', personId: villager.id },
    appliedDate: '2008-03-01',
    ...over,
  });
  return { store, hetian, zone, datong, hongxing, hongxingDatong, luofu, panpan, taihui, villager, worker, outsider, application };
}
