// 季度督查 store: a round with visits and rectification items, each change audited; the
// refusals (closing without a 复查 date, an item for a pairing not visited, a visit of an
// unapproved pairing, removing a visit that has items); 逾期 from the deadline; evidence
// files; a round deleted and restored with its items; the open items per pairing.
import { describe, expect, it } from 'vitest';
import { openRectificationsByPairing, overdueRectifications } from '@renderer/db/repositories/inspections';
import { seedCounty } from './pairing-fixtures';

async function county() {
  const f = await seedCounty();
  const a = await f.store.pairings.apply(f.application());
  await f.store.pairings.approve(a.id, '2008-03-10');
  const b = await f.store.pairings.apply(f.application({ enterpriseId: f.taihui.id, villageId: f.luofu.id }));
  await f.store.pairings.approve(b.id, '2008-04-01');
  const pending = await f.store.pairings.apply(f.application({ enterpriseId: f.taihui.id, villageId: f.hongxingDatong.id, responsibleTownshipId: f.datong.id }));
  const round = await f.store.inspections.createRound({ year: 2008, quarter: 3, team: '县委组织部组织科', startDate: '2008-09-22', endDate: '2008-09-26' });
  return { ...f, a, b, pending, round };
}

const item = (inspectionId: string, pairingId: string, extra: Record<string, unknown> = {}) => ({
  inspectionId,
  pairingId,
  problem: '月报未按时报送',
  requirement: '补报月报',
  responsible: '河田镇党委',
  deadline: '2008-10-31',
  status: '待整改' as const,
  ...extra,
});

describe('inspections', () => {
  it('records a round, its visits and items, each with an audit entry', async () => {
    const { store, a, b, round, hetian } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, date: '2008-09-23', rating: '较好', finding: '台账齐全' });
    await store.inspections.saveVisit(round.id, { pairingId: b.id, finding: '活动记录不全' });
    const r = await store.inspections.createRectification(item(round.id, b.id));
    expect(r).toMatchObject({ townshipId: hetian.id, status: '待整改', attachmentIds: [] });
    expect((await store.inspections.getRound(round.id))!.visits.map((v) => v.pairingId)).toEqual([a.id, b.id]);
    const audit = await store.db.audit.toArray();
    expect(audit.filter((e) => e.entity === 'inspections').map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(audit.filter((e) => e.entity === 'rectifications').map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a visit of an unapproved pairing, a pairing twice, a date outside the round, and a round ending before it starts', async () => {
    const { store, a, pending, round } = await county();
    await expect(store.inspections.saveVisit(round.id, { pairingId: pending.id, finding: 'x' })).rejects.toThrow(`联建「${pending.code}」尚未批准，不能督查`);
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    await expect(store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'y' })).rejects.toThrow('该联建点已在本次督查中');
    await expect(store.inspections.saveVisit(round.id, { pairingId: a.id, date: '2008-10-05', finding: 'y' }, a.id)).rejects.toThrow('督查日期（2008-10-05）不在本次督查的日期（2008-09-22至2008-09-26）内');
    await expect(store.inspections.createRound({ year: 2008, quarter: 3, team: '督查组', startDate: '2008-09-22', endDate: '2008-09-20' })).rejects.toThrow('督查结束日期（2008-09-20）不能早于开始日期（2008-09-22）');
    await expect(store.inspections.createRound({ year: 2008, quarter: 3, team: ' ', startDate: '2008-09-22', endDate: '2008-09-22' })).rejects.toThrow('请填写督查组成员');
  });

  it('refuses an item for a pairing the round did not visit, and a deadline before the round', async () => {
    const { store, a, b, round } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    await expect(store.inspections.createRectification(item(round.id, b.id))).rejects.toThrow('整改的联建点须是本次督查的联建点');
    await expect(store.inspections.createRectification(item(round.id, a.id, { deadline: '2008-09-01' }))).rejects.toThrow('整改期限（2008-09-01）不能早于督查开始日期（2008-09-22）');
  });

  it('refuses closing an item without its 复查 date, reviewer and 整改情况, and reopening straight to 待整改', async () => {
    const { store, a, round } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    const r = await store.inspections.createRectification(item(round.id, a.id));
    await expect(store.inspections.updateRectification(r.id, item(round.id, a.id, { status: '已整改' }))).rejects.toThrow('整改完成须填写复查日期；整改完成须填写复查人；整改完成须填写整改情况');
    const closed = await store.inspections.updateRectification(r.id, item(round.id, a.id, { status: '已整改', reviewDate: '2008-10-20', reviewer: '张明', progress: '已补报' }));
    expect(closed).toMatchObject({ status: '已整改', reviewDate: '2008-10-20', reviewer: '张明' });
    await expect(store.inspections.updateRectification(r.id, item(round.id, a.id))).rejects.toThrow('已整改的事项只能退回「整改中」重新整改');
    const reopened = await store.inspections.updateRectification(r.id, item(round.id, a.id, { status: '整改中', reviewDate: '2008-10-20', reviewer: '张明' }));
    expect(reopened.reviewDate).toBeUndefined();
    expect(reopened.reviewer).toBeUndefined();
  });

  it('keeps evidence files with an item, adds and drops them on edit', async () => {
    const { store, a, round } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    const photo = { name: '整改现场.jpg', blob: new Blob([new Uint8Array([0xff, 0xd8, 1, 2])], { type: 'image/jpeg' }) };
    await expect(store.inspections.createRectification(item(round.id, a.id), [{ name: '说明.docx', blob: new Blob(['x']) }])).rejects.toThrow('不是照片、扫描件或 PDF');
    const r = await store.inspections.createRectification(item(round.id, a.id), [photo]);
    const files = await store.inspections.evidence(r.id);
    expect(files).toMatchObject([{ name: '整改现场.jpg', ownerId: r.id, ownerTable: 'rectifications', size: 4 }]);
    const scan = { name: '复查记录.pdf', blob: new Blob(['%PDF-1.4'], { type: 'application/pdf' }) };
    const after = await store.inspections.updateRectification(r.id, item(round.id, a.id), [], [scan]);
    expect((await store.inspections.evidence(r.id)).map((x) => x.name)).toEqual(['复查记录.pdf']);
    expect(after.attachmentIds).toHaveLength(1);
  });

  it('lists the open items past their deadline and counts open items per pairing', async () => {
    const { store, a, b, round } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    await store.inspections.saveVisit(round.id, { pairingId: b.id, finding: 'y' });
    const onTime = await store.inspections.createRectification(item(round.id, a.id, { deadline: '2008-10-15' }));
    await store.inspections.updateRectification(onTime.id, item(round.id, a.id, { deadline: '2008-10-15', status: '已整改', reviewDate: '2008-10-10', reviewer: '张明', progress: '已整改' }));
    const late = await store.inspections.createRectification(item(round.id, b.id, { deadline: '2008-10-31', status: '整改中' }));
    await store.inspections.createRectification(item(round.id, b.id, { deadline: '2099-12-31' }));
    expect((await overdueRectifications(store.db, '2008-11-01')).map((r) => r.id)).toEqual([late.id]);
    expect(await overdueRectifications(store.db, '2008-10-31')).toEqual([]);
    expect(await openRectificationsByPairing(store.db)).toEqual(new Map([[b.id, 2]]));
  });

  it('refuses removing a visit that has items; deletes a round with its items and restores them together', async () => {
    const { store, a, round } = await county();
    await store.inspections.saveVisit(round.id, { pairingId: a.id, finding: 'x' });
    const r1 = await store.inspections.createRectification(item(round.id, a.id));
    const r2 = await store.inspections.createRectification(item(round.id, a.id, { problem: '协议到期' }));
    await expect(store.inspections.removeVisit(round.id, a.id)).rejects.toThrow('该联建点有整改事项，请先删除其整改事项');
    await store.inspections.removeRectification(r2.id);
    await store.inspections.removeRound(round.id);
    expect(await store.inspections.listRounds()).toEqual([]);
    expect(await openRectificationsByPairing(store.db)).toEqual(new Map());
    await store.inspections.restoreRound(round.id);
    expect((await store.inspections.listRectifications(round.id)).map((r) => r.id)).toEqual([r1.id]);
  });
});
