import { describe, expect, it } from 'vitest';
import { ValidationError } from '@renderer/db/repositories/entity-repository';
import { honoursOf } from '@renderer/features/commendation/honours';
import { guardNomineeChanges } from '@renderer/db/repositories/commendations';
import { setSetting } from '@renderer/db/settings';
import { freshStore } from './helpers';

async function county() {
  const store = freshStore();
  const t = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const v = await store.villages.create({ townshipId: t.id, name: '露湖村', industries: [], partyOrg: { name: '露湖村党支部', type: '党支部' } } as never);
  const e = await store.enterprises.create({ townshipId: t.id, name: '长汀盼盼食品有限公司', aboveScale: true, partyOrg: { name: '长汀盼盼食品有限公司党支部', type: '党支部' } } as never);
  const round = await store.commendations.createRound({ year: 2008, level: '县委', titles: ['先进基层党组织'] });
  return { store, t, v, e, round };
}

const orgNominee = (kind: 'village' | 'enterprise', refId: string, displayName: string) => ({ title: '先进基层党组织', kind, refId, displayName, source: '手工' as const });

describe('commendation rounds and nominees', () => {
  it('creates a round in 推荐 with its audit entry', async () => {
    const { store, round } = await county();
    expect(round.status).toBe('推荐');
    const audit = await store.db.audit.filter((e) => e.entity === 'commendations').toArray();
    expect(audit).toMatchObject([{ action: 'create', entityId: round.id }]);
  });

  it('adds nominees all or none: one bad item leaves the list empty and writes no audit', async () => {
    const { store, v, e, round } = await county();
    const auditBefore = await store.db.audit.count();
    await expect(
      store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部'), orgNominee('enterprise', 'no-such-id', '某企业党支部')]),
    ).rejects.toThrow('「某企业党支部」：所选企业党组织不存在或已删除');
    await expect(store.commendations.addNominees(round.id, [orgNominee('village', v.id, ''), { ...orgNominee('enterprise', e.id, 'x'), title: '优秀党员' }])).rejects.toBeInstanceOf(ValidationError);
    expect(await store.commendations.listNominees(round.id)).toHaveLength(0);
    expect(await store.db.audit.count()).toBe(auditBefore);
  });

  it('refuses naming the same organization twice for one title', async () => {
    const { store, v, e, round } = await county();
    await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部')]);
    await expect(store.commendations.addNominees(round.id, [orgNominee('village', v.id, '河田镇露湖村党支部')])).rejects.toThrow('已在「先进基层党组织」名单中');
    await expect(store.commendations.addNominees(round.id, [orgNominee('enterprise', e.id, 'a'), orgNominee('enterprise', e.id, 'b')])).rejects.toThrow('「b」已在');
    expect(await store.commendations.listNominees(round.id)).toHaveLength(1);
  });

  it('moves 推荐 → 公示 → 批准, refusing shortcuts, empty lists and approvals without a valid 文号', async () => {
    const { store, v, e, round } = await county();
    await expect(store.commendations.transition(round.id, '公示')).rejects.toThrow('推荐名单为空');
    await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部'), orgNominee('enterprise', e.id, '长汀盼盼食品有限公司党支部')]);
    await expect(store.commendations.transition(round.id, '批准', { docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' })).rejects.toThrow('须先公示');
    await store.commendations.transition(round.id, '公示');
    await expect(store.commendations.addNominees(round.id, [orgNominee('enterprise', e.id, 'x')])).rejects.toThrow('公示期间不能增加对象');
    await expect(store.commendations.transition(round.id, '批准', { docNumber: '汀委2008年42号', decisionDate: '2008-12-03' })).rejects.toThrow('格式不对');
    await expect(store.commendations.transition(round.id, '批准', { docNumber: '汀委〔2008〕42号', decisionDate: '' })).rejects.toThrow('决定日期');
    expect((await store.commendations.getRound(round.id))?.status).toBe('公示');
    const approved = await store.commendations.transition(round.id, '批准', { docNumber: '汀委[2008]42号', decisionDate: '2008年12月3日' });
    expect(approved).toMatchObject({ status: '批准', docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' });
    await expect(store.commendations.transition(round.id, '公示')).rejects.toThrow('已批准');
    const nominees = await store.commendations.listNominees(round.id);
    await expect(store.commendations.removeNominee(nominees[0].id)).rejects.toThrow('名单不能再修改');
    await expect(store.commendations.updateRound(round.id, { titles: ['先进基层党组织', '优秀联建点'] })).rejects.toThrow('已批准');
    const corrected = await store.commendations.correctApproval(round.id, { docNumber: '汀委〔2008〕43号', decisionDate: '2008-12-04' });
    expect(corrected.docNumber).toBe('汀委〔2008〕43号');
  });

  it('withdrawing the publicity lets the list grow again; removed nominees can be restored', async () => {
    const { store, v, e, round } = await county();
    const [n] = await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部')]);
    await store.commendations.transition(round.id, '公示');
    await store.commendations.removeNominee(n.id);
    await expect(store.commendations.restoreNominee(n.id)).rejects.toThrow('公示期间不能增加对象');
    await store.commendations.transition(round.id, '推荐');
    await store.commendations.restoreNominee(n.id);
    await store.commendations.addNominees(round.id, [orgNominee('enterprise', e.id, '长汀盼盼食品有限公司党支部')]);
    expect((await store.commendations.listNominees(round.id)).map((x) => x.displayName).sort()).toEqual(['长汀盼盼食品有限公司党支部', '露湖村党支部']);
  });

  it('keeps titles that still have nominees', async () => {
    const { store, v, round } = await county();
    await store.commendations.updateRound(round.id, { titles: ['先进基层党组织', '优秀联建点'] });
    await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部')]);
    await expect(store.commendations.updateRound(round.id, { titles: ['优秀联建点'] })).rejects.toThrow('称号「先进基层党组织」下还有推荐对象');
  });

  it('saves publicity details and the decision draft, validated', async () => {
    const { store, round } = await county();
    const r = await store.commendations.updateRound(round.id, { publicity: { startDate: '2008年11月20日', endDate: '2008-11-26', phone: '0597-6822345' }, decision: { body: ' 第一段\n第二段 ' } });
    expect(r.publicity).toMatchObject({ startDate: '2008-11-20', endDate: '2008-11-26', phone: '0597-6822345' });
    expect(r.decision?.body).toBe('第一段\n第二段');
    await expect(store.commendations.updateRound(round.id, { publicity: { startDate: '2008-11-26', endDate: '2008-11-20' } })).rejects.toThrow('公示结束日期不能早于开始日期');
  });

  it('honoursOf lists an organization’s honours, leaving out deleted rounds and removed nominees', async () => {
    const { store, v, e, round } = await county();
    await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部'), orgNominee('enterprise', e.id, '长汀盼盼食品有限公司党支部')]);
    await store.commendations.transition(round.id, '公示');
    await store.commendations.transition(round.id, '批准', { docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' });
    expect(await honoursOf(store.db, 'village', v.id)).toMatchObject([{ year: 2008, level: '县委', title: '先进基层党组织', status: '批准', docNumber: '汀委〔2008〕42号', displayName: '露湖村党支部' }]);
    expect(await honoursOf(store.db, 'enterprise', v.id)).toEqual([]);
    await store.commendations.removeRound(round.id);
    expect(await honoursOf(store.db, 'village', v.id)).toEqual([]);
    await store.commendations.restoreRound(round.id);
    expect(await honoursOf(store.db, 'village', v.id, { approvedOnly: true })).toHaveLength(1);
  });

  it('guards imports the same way: additions only while 推荐, no removal (undo) once 批准', async () => {
    const { store, v, e, round } = await county();
    const [n] = await store.commendations.addNominees(round.id, [orgNominee('village', v.id, '露湖村党支部')]);
    const fresh = { ...n, id: 'new', refId: e.id, kind: 'enterprise' as const, displayName: '长汀盼盼食品有限公司党支部' };
    await expect(guardNomineeChanges(store.db, [{ after: fresh }])).resolves.toBeUndefined();
    await store.commendations.transition(round.id, '公示');
    await expect(guardNomineeChanges(store.db, [{ after: fresh }])).rejects.toThrow('2008年度县委表彰：公示期间不能增加对象');
    await expect(guardNomineeChanges(store.db, [{ before: n, after: { ...n, deleted: 1 } }])).resolves.toBeUndefined();
    await store.commendations.transition(round.id, '批准', { docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' });
    await expect(guardNomineeChanges(store.db, [{ before: n, after: { ...n, deleted: 1 } }])).rejects.toThrow('表彰已批准，名单不能再修改');
    await store.commendations.removeRound(round.id);
    await expect(guardNomineeChanges(store.db, [{ after: fresh }])).rejects.toThrow('所属的表彰不存在或已删除');
  });

  it('gives 先进基层党组织 only to an organization whose party organization exists — by hand and by import alike', async () => {
    const { store, t, round } = await county();
    const bare = await store.enterprises.create({ townshipId: t.id, name: '福建台慧体育器材有限公司', aboveScale: false, partyOrg: { type: '未建立' } } as never);
    const noOrgVillage = await store.villages.create({ townshipId: t.id, name: '竹排村', industries: [], partyOrg: {} } as never);
    const message = '「福建台慧体育器材有限公司」尚未建立党组织（信息库中党组织类型为「未建立」），不能推荐为「先进基层党组织」；请先在「信息库 → 企业」中登记其党组织';
    await expect(store.commendations.addNominees(round.id, [orgNominee('enterprise', bare.id, '福建台慧体育器材有限公司')])).rejects.toThrow(message);
    await expect(store.commendations.addNominees(round.id, [orgNominee('village', noOrgVillage.id, '竹排村')])).rejects.toThrow('「河田镇竹排村」在信息库中没有党组织');
    await expect(guardNomineeChanges(store.db, [{ after: { id: 'imp', roundId: round.id, ...orgNominee('enterprise', bare.id, '福建台慧体育器材有限公司'), createdAt: '', updatedAt: '', deleted: 0 } }])).rejects.toThrow(message);
    expect(await store.commendations.listNominees(round.id)).toHaveLength(0);
    // Once its party organization is registered, it may be nominated.
    await store.enterprises.update(bare.id, { partyOrg: { type: '党支部' } } as never);
    await store.commendations.addNominees(round.id, [orgNominee('enterprise', bare.id, '福建台慧体育器材有限公司党支部')]);
    expect(await store.commendations.listNominees(round.id)).toHaveLength(1);
  });

  it('gives a title only to its kind of honouree (设置 → 字典), also when a nominee is retitled', async () => {
    const { store, v, e, round } = await county();
    const pairing = await store.pairings.apply({ enterpriseId: e.id, villageId: v.id, formation: '双向选择', areas: ['劳务输送'], responsibleTownshipId: v.townshipId, appliedDate: '2008-03-01' });
    await store.commendations.updateRound(round.id, { titles: ['先进基层党组织', '优秀联建点'] });
    await expect(store.commendations.addNominees(round.id, [{ ...orgNominee('village', v.id, '露湖村党支部'), title: '优秀联建点' }])).rejects.toThrow('「优秀联建点」授予联建点，不能授予村党组织「露湖村」');
    const [p] = await store.commendations.addNominees(round.id, [{ title: '优秀联建点', kind: 'pairing', refId: pairing.id, displayName: '盼盼—露湖村', source: '台账' }]);
    await expect(store.commendations.updateNominee(p.id, { title: '先进基层党组织' })).rejects.toThrow('「先进基层党组织」授予党组织（企业、村），不能授予联建点');
  });

  it('takes a round’s titles from the dictionary; a round keeps a title the dictionary later drops', async () => {
    const { store, round } = await county();
    await expect(store.commendations.createRound({ year: 2008, level: '县委', titles: ['十佳联建示范点'] })).rejects.toThrow('荣誉称号「十佳联建示范点」不在字典中');
    await setSetting(store.db, 'commendationTitles', [{ name: '十佳联建示范点', target: 'pairing' }]);
    const r = await store.commendations.createRound({ year: 2008, level: '县委', titles: ['十佳联建示范点'] });
    expect(r.titles).toEqual(['十佳联建示范点']);
    // 先进基层党组织 is no longer in the dictionary: the round that has it may keep it, but not add another.
    await store.commendations.updateRound(round.id, { name: '2008年度表彰' });
    await expect(store.commendations.updateRound(round.id, { titles: ['先进基层党组织', '优秀联建点'] })).rejects.toThrow('荣誉称号「优秀联建点」不在字典中');
  });

  it('records a round of the 上级党委 with its 文号, without a county 公示', async () => {
    const { store, v } = await county();
    const city = await store.commendations.createRound({ year: 2008, level: '市委', titles: ['先进基层党组织'] });
    await store.commendations.addNominees(city.id, [orgNominee('village', v.id, '露湖村党支部')]);
    await expect(store.commendations.transition(city.id, '公示')).rejects.toThrow('市委表彰由上级党委公示');
    const approved = await store.commendations.transition(city.id, '批准', { docNumber: '龙委〔2008〕58号', decisionDate: '2008-06-27' });
    expect(approved).toMatchObject({ status: '批准', docNumber: '龙委〔2008〕58号' });
  });
});
