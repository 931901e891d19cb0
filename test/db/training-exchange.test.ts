// The 培训交流 stores: training bases (unique in their village, renamed in their sessions, kept
// while they have sessions), sessions and visits as ledger entries (the persons a visit lists
// are its 派出党务干部), meetings with their decisions' follow-up, and a liaison change.
import { describe, expect, it } from 'vitest';
import { seedCounty } from './pairing-fixtures';

async function rejection(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return (e as { messages?: string[] }).messages ?? [String(e)];
  }
  throw new Error('expected a refusal');
}

async function approved() {
  const county = await seedCounty();
  const pairing = await county.store.pairings.apply(county.application());
  await county.store.pairings.approve(pairing.id, '2008-03-10');
  return { ...county, pairing };
}

const session = (pairingId: string, base: string | undefined, date = '2008-04-01') => ({
  pairingId,
  type: 'training',
  date,
  precision: 'day' as const,
  figures: { sessions: 1, trainees: 40, employedAfter: 32, base, orderBased: true, endDate: '2008-04-05', content: '缝纫工' },
});

describe('技能培训基地', () => {
  it('is unique by name in its village, renames its sessions with it, and stays while it has sessions', async () => {
    const { store, pairing, hongxing, hongxingDatong, panpan } = await approved();
    const base = await store.trainingBases.create({ name: '红星村劳动力培训基地', villageId: hongxing.id, enterpriseIds: [panpan.id], establishedDate: '2008-03-15' });
    expect(await rejection(store.trainingBases.create({ name: '红星村劳动力培训基地', villageId: hongxing.id, enterpriseIds: [panpan.id] }))).toEqual(['红星村已有名为「红星村劳动力培训基地」的培训基地']);
    // The same name in another village is another base.
    await store.trainingBases.create({ name: '红星村劳动力培训基地', villageId: hongxingDatong.id, enterpriseIds: [panpan.id] });

    const [entry] = await store.ledgerEntries.add([session(pairing.id, base.name)]);
    expect(await store.trainingBases.sessionsOf(base)).toHaveLength(1);
    expect(await rejection(store.trainingBases.remove(base.id))).toEqual(['「红星村劳动力培训基地」已有 1 次培训记录，不能删除']);

    const renamed = await store.trainingBases.update(base.id, { name: '红星村缝纫培训基地', villageId: hongxing.id, enterpriseIds: [panpan.id] });
    expect((await store.db.ledger.get(entry!.id))!.figures.base).toBe('红星村缝纫培训基地');
    expect(await store.trainingBases.sessionsOf(renamed)).toHaveLength(1);
    const audit = await store.db.audit.where('entityId').equals(entry!.id).toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'update', entity: 'ledger' });
    expect(await rejection(store.trainingBases.update(base.id, { name: '红星村缝纫培训基地', villageId: hongxingDatong.id, enterpriseIds: [panpan.id] }))).toEqual([
      '该基地已有 1 次培训记录，不能改到其他村；如确属另一个基地，请新建',
    ]);
    // Aggregates are untouched by a rename (the name is not summed).
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2008|training`)).toMatchObject({ count: 1, sums: { sessions: 1, trainees: 40, employedAfter: 32, 'orderBased=true': 1 } });
  });

  it('a session ending before it starts, or placing more than it trained, is refused by the ledger', async () => {
    const { store, pairing } = await approved();
    const bad = { ...session(pairing.id, undefined), figures: { sessions: 1, trainees: 10, employedAfter: 12, endDate: '2008-03-30' } };
    expect(await rejection(store.ledgerEntries.add([bad]))).toEqual(['「培训后上岗」（12）不能大于「培训人次」（10）']);
    expect(await rejection(store.ledgerEntries.add([{ ...bad, figures: { ...bad.figures, employedAfter: 5 } }]))).toEqual(['「结业日期」（2008-03-30）不能早于日期（2008-04-01）']);
  });
});

describe('交流互访 as 学习交流 entries listing their cadres', () => {
  it('stores the persons, counts them as 派出党务干部 per direction, and keeps them when the entry is edited elsewhere', async () => {
    const { store, pairing, worker, panpan } = await approved();
    const cadre = await store.persons.create({ name: '钟六', orgKind: 'enterprise', orgId: panpan.id, politicalStatus: '中共党员' });
    const visit = { pairingId: pairing.id, type: 'exchange', date: '2008-05-10', precision: 'day' as const, figures: { visits: 1, direction: '企→村', place: '红星村村部' }, personIds: [worker.id, cadre.id], description: '学习党员定岗定责' };
    const [entry] = await store.ledgerEntries.add([visit]);
    expect(entry).toMatchObject({ personIds: [worker.id, cadre.id], figures: { cadres: 2, direction: '企→村', place: '红星村村部' } });
    expect(await store.db.ledgerAggregates.get(`${pairing.id}|2008|exchange`)).toMatchObject({ sums: { cadres: 2, 'cadres|direction=企→村': 2 } });

    expect(await rejection(store.ledgerEntries.add([{ ...visit, figures: { ...visit.figures, cadres: 3 } }]))).toEqual(['「派出党务干部」（3人）与所列人员（2人）不一致']);
    // The ledger's own form sends no persons: the listed ones stay, and the count must still match them.
    const edited = await store.ledgerEntries.update(entry!.id, { pairingId: pairing.id, type: 'exchange', date: '2008-05-11', precision: 'day', figures: { cadres: 2, visits: 2, direction: '企→村' } }, []);
    expect(edited.personIds).toEqual([worker.id, cadre.id]);
    expect(await rejection(store.ledgerEntries.update(entry!.id, { pairingId: pairing.id, type: 'exchange', date: '2008-05-11', precision: 'day', figures: { cadres: 1 } }, []))).toEqual([
      '「派出党务干部」（1人）与所列人员（2人）不一致',
    ]);

    await store.persons.remove(cadre.id);
    expect(await rejection(store.ledgerEntries.add([visit]))).toEqual(['所列人员不存在或已删除，请重新选择']);
  });
});

describe('meetings', () => {
  it('records attendees of the registry and follows a decision up to done', async () => {
    const { store, hetian, panpan, hongxing, villager } = await approved();
    const m = await store.meetings.create({
      kind: '通报会',
      title: '2008年第一季度联建活动情况通报会',
      date: '2008-04-10',
      townshipId: hetian.id,
      enterpriseIds: [panpan.id],
      villageIds: [hongxing.id],
      personIds: [villager.id],
      decisions: [{ id: 'd1', content: '督促未报月报的联建点整改', owner: '各乡（镇）党委', deadline: '2008-05-10' }],
    });
    expect(m.decisions).toEqual([{ id: 'd1', content: '督促未报月报的联建点整改', owner: '各乡（镇）党委', deadline: '2008-05-10', done: false }]);
    const done = await store.meetings.followUp(m.id, 'd1', { done: true, doneDate: '2008-05-08', progress: '已整改' });
    expect(done.decisions[0]).toMatchObject({ done: true, doneDate: '2008-05-08', progress: '已整改' });
    expect(await store.db.audit.where('entityId').equals(m.id).count()).toBe(2);
    expect(await rejection(store.meetings.followUp(m.id, 'd1', { done: true, doneDate: '2008-04-01' }))).toEqual(['议定事项「督促未报月报的联建点整改」的办结日期（2008-04-01）不能早于会议日期（2008-04-10）']);

    await store.persons.remove(villager.id);
    expect(await rejection(store.meetings.update(m.id, { ...done, decisions: done.decisions }))).toEqual(['所选参会人员不存在或已删除']);
  });
});

describe('更换联络员', () => {
  it('takes a person of that side only, and the change keeps who it was and who it became', async () => {
    const { store, pairing, worker, outsider, villager } = await approved();
    expect(await rejection(store.pairings.change(pairing.id, { villageLiaison: { personId: outsider.id, name: outsider.name } }, '2008-06-01', '调整'))).toEqual([
      '「王五」不是联建村方的人员，不能担任村联络员',
    ]);
    await store.pairings.change(pairing.id, { enterpriseLiaison: { personId: worker.id, name: worker.name, phone: '13800000002' } }, '2008-06-01', '指派联络员');
    const last = (await store.pairings.events(pairing.id)).at(-1)!;
    expect(last.changes).toEqual([{ field: 'enterpriseLiaison', label: '企业联络员', from: '（空）', to: '李四（13800000002）', liaison: { to: { name: '李四', phone: '13800000002', personId: worker.id } } }]);
    expect((await store.pairings.get(pairing.id))!.villageLiaison?.personId).toBe(villager.id);
  });
});
