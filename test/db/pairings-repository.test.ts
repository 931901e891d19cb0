import { describe, expect, it } from 'vitest';
import { seedCounty } from './pairing-fixtures';
import { setSetting } from '@renderer/db/settings';

async function rejection(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return (e as { messages?: string[] }).messages ?? [String(e)];
  }
  throw new Error('expected a refusal');
}

describe('联建申请', () => {
  it('creates an application with a generated code, its 申请 event and an audit entry', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect(p).toMatchObject({ code: 'LJ2008-001', status: '申请', appliedDate: '2008-03-01', areas: ['劳务输送', '技能培训'] });
    expect(p.villageLiaison).toEqual({ name: '张三', phone: '13905971234', personId: expect.any(String) });
    const events = await store.pairings.events(p.id);
    expect(events.map((e) => [e.kind, e.date])).toEqual([['申请', '2008-03-01']]);
    const audit = await store.db.audit.filter((e) => e.entity === 'pairings').toArray();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('numbers codes per year of application, the next free number, never reusing a deleted one', async () => {
    const { store, application, taihui, luofu, hongxingDatong } = await seedCounty();
    const a = await store.pairings.apply(application());
    const b = await store.pairings.apply(application({ enterpriseId: taihui.id }));
    const c = await store.pairings.apply(application({ villageId: luofu.id, appliedDate: '2007-05-10' }));
    expect([a.code, b.code, c.code]).toEqual(['LJ2008-001', 'LJ2008-002', 'LJ2007-001']);
    await store.pairings.remove(b.id);
    const d = await store.pairings.apply(application({ villageId: hongxingDatong.id }));
    expect(d.code).toBe('LJ2008-003');
  });

  it('lets an enterprise pair with several villages and a village with several enterprises', async () => {
    const { store, application, taihui, luofu } = await seedCounty();
    await store.pairings.apply(application());
    await store.pairings.apply(application({ villageId: luofu.id }));
    await store.pairings.apply(application({ enterpriseId: taihui.id }));
    expect(await store.pairings.list()).toHaveLength(3);
  });

  it('refuses a second live pairing of the same enterprise and village, and allows it after termination', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect(await rejection(store.pairings.apply(application({ appliedDate: '2008-04-01' })))).toEqual([
      '「福建盼盼食品有限公司」与「红星村」已有联建「LJ2008-001」（申请），不能重复申请',
    ]);
    await store.pairings.approve(p.id, '2008-03-10');
    await store.pairings.terminate(p.id, '2008-06-30', '企业停产');
    const again = await store.pairings.apply(application({ appliedDate: '2008-09-01' }));
    expect(again.code).toBe('LJ2008-002');
  });

  it('validates the application before writing: missing sides, bad liaison phone, future date', async () => {
    const { store, application } = await seedCounty();
    expect(await rejection(store.pairings.apply(application({ enterpriseId: '' })))).toContain('请选择企业');
    const phone = await rejection(store.pairings.apply(application({ villageLiaison: { name: '张三', phone: '123' } })));
    expect(phone[0]).toMatch(/^联络电话应为11位手机号/);
    expect(await rejection(store.pairings.apply(application({ appliedDate: '2999-01-01' })))).toEqual([
      expect.stringMatching(/^申请日期（2999-01-01）不能晚于今天/),
    ]);
    expect(await rejection(store.pairings.apply(application({ enterpriseId: 'nope' })))).toEqual(['所选企业不存在或已删除']);
    expect(await store.db.pairings.count()).toBe(0);
    expect(await store.db.pairingEvents.count()).toBe(0);
  });

  it('imports several at once, all or nothing, keeping given codes and refusing a used one', async () => {
    const { store, application, taihui, luofu } = await seedCounty();
    const items = [
      { application: application({ code: '2007-01' }), approvedDate: '2008-03-01', note: '由已有联建名单导入', label: '第4行' },
      { application: application({ enterpriseId: taihui.id, code: '2007-01' }), approvedDate: '2008-03-01', label: '第5行' },
    ];
    expect(await rejection(store.pairings.applyMany(items, 'batch-1'))).toEqual(['第5行：联建编号「2007-01」已被使用']);
    expect(await store.db.pairings.count()).toBe(0);
    items[1].application.code = '2007-02';
    items.push({ application: application({ villageId: luofu.id }), approvedDate: '2008-03-01', label: '第6行' });
    const created = await store.pairings.applyMany(items, 'batch-1');
    expect(created.map((p) => [p.code, p.status, p.importBatchId])).toEqual([
      ['2007-01', '已批准', 'batch-1'],
      ['2007-02', '已批准', 'batch-1'],
      ['LJ2008-001', '已批准', 'batch-1'],
    ]);
    const events = await store.pairings.events(created[0].id);
    expect(events.map((e) => [e.kind, e.date, e.reason])).toEqual([
      ['申请', '2008-03-01', '由已有联建名单导入'],
      ['批准', '2008-03-01', undefined],
    ]);
  });
});

describe('批准', () => {
  it('approves an application on a date not before it was applied for', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect(await rejection(store.pairings.approve(p.id, '2008-02-28'))).toEqual(['批准日期（2008-02-28）不能早于申请日期（2008-03-01）']);
    const approved = await store.pairings.approve(p.id, '2008-03-10', '汀委组〔2008〕5号');
    expect(approved).toMatchObject({ status: '已批准', approvedDate: '2008-03-10' });
    const events = await store.pairings.events(p.id);
    expect(events.map((e) => [e.kind, e.date, e.reason])).toEqual([
      ['申请', '2008-03-01', undefined],
      ['批准', '2008-03-10', '汀委组〔2008〕5号'],
    ]);
  });

  it('refuses to approve twice, to approve a terminated pairing, or in the future', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect((await rejection(store.pairings.approve(p.id, '2999-01-01')))[0]).toMatch(/^批准日期（2999-01-01）不能晚于今天/);
    await store.pairings.approve(p.id, '2008-03-10');
    expect(await rejection(store.pairings.approve(p.id, '2008-03-11'))).toEqual(['联建「LJ2008-001」已于 2008-03-10 批准，不能重复批准']);
    await store.pairings.terminate(p.id, '2008-12-31', '村企合并');
    expect(await rejection(store.pairings.approve(p.id, '2009-01-05'))).toEqual(['联建「LJ2008-001」已终止，不能再批准']);
    expect((await store.pairings.events(p.id)).map((e) => e.kind)).toEqual(['申请', '批准', '终止']);
  });
});

describe('变更', () => {
  it('records each changed field from → to, with date and reason', async () => {
    const { store, application, datong } = await seedCounty();
    const p = await store.pairings.apply(application());
    await store.pairings.approve(p.id, '2008-03-10');
    const changed = await store.pairings.change(
      p.id,
      {
        villageLiaison: { name: '赵六', phone: '0597-6822345' },
        areas: ['技能培训', '劳务输送', '资金扶持'],
        responsibleTownshipId: datong.id,
        agreement: undefined,
      },
      '2008-05-01',
      '原联络员外出务工',
    );
    expect(changed.villageLiaison).toEqual({ name: '赵六', phone: '0597-6822345' });
    expect(changed.areas).toEqual(['劳务输送', '技能培训', '资金扶持']);
    const change = (await store.pairings.events(p.id)).at(-1)!;
    expect(change).toMatchObject({ kind: '变更', date: '2008-05-01', reason: '原联络员外出务工' });
    expect(change.changes).toEqual([
      { field: 'areas', label: '联建内容', from: '劳务输送、技能培训', to: '劳务输送、技能培训、资金扶持' },
      {
        field: 'villageLiaison',
        label: '村联络员',
        from: '张三（13905971234）',
        to: '赵六（0597-6822345）',
        // Who it was and who it became, with the person each was linked to (the liaison history reads these).
        liaison: { from: { name: '张三', phone: '13905971234', personId: expect.any(String) }, to: { name: '赵六', phone: '0597-6822345' } },
      },
      { field: 'responsibleTownshipId', label: '挂钩乡镇', from: '河田镇', to: '大同镇' },
    ]);
  });

  it('records clearing a field as a change, and refuses a 变更 that changes nothing', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    expect(await rejection(store.pairings.change(p.id, { areas: ['技能培训', '劳务输送'] }, '2008-03-05', '核对'))).toEqual(['没有修改任何内容，无需变更']);
    const after = await store.pairings.change(p.id, { villageLiaison: { name: '' } }, '2008-03-05', '联络员调离');
    expect(after.villageLiaison).toBeUndefined();
    expect((await store.pairings.events(p.id)).at(-1)!.changes).toEqual([
      { field: 'villageLiaison', label: '村联络员', from: '张三（13905971234）', to: '（空）', liaison: { from: { name: '张三', phone: '13905971234', personId: expect.any(String) } } },
    ]);
  });

  it('refuses a change without a reason, dated before the last event, or of a terminated pairing', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    await store.pairings.approve(p.id, '2008-03-10');
    expect(await rejection(store.pairings.change(p.id, { agreement: '新协议' }, '2008-04-01', ' '))).toEqual(['请填写变更原因']);
    expect(await rejection(store.pairings.change(p.id, { agreement: '新协议' }, '2008-03-09', '补签'))).toEqual([
      '变更日期（2008-03-09）不能早于上一条记录的日期（2008-03-10）',
    ]);
    await store.pairings.terminate(p.id, '2008-06-30', '企业搬迁');
    expect(await rejection(store.pairings.change(p.id, { agreement: '新协议' }, '2008-07-01', '补签'))).toEqual(['联建「LJ2008-001」已终止，不能再变更']);
    expect((await store.pairings.get(p.id))!.agreement).toBeUndefined();
    expect((await store.pairings.events(p.id)).map((e) => e.kind)).toEqual(['申请', '批准', '终止']);
  });
});

describe('终止', () => {
  it('terminates with a date and reason, and refuses to terminate twice', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    await store.pairings.approve(p.id, '2008-03-10');
    expect(await rejection(store.pairings.terminate(p.id, '2008-06-30', ''))).toEqual(['请填写终止原因']);
    expect(await rejection(store.pairings.terminate(p.id, '2008-03-01', '企业停产'))).toEqual([
      '终止日期（2008-03-01）不能早于批准日期（2008-03-10）',
    ]);
    const ended = await store.pairings.terminate(p.id, '2008-06-30', '企业停产');
    expect(ended).toMatchObject({ status: '已终止', endedDate: '2008-06-30', endReason: '企业停产' });
    expect(await rejection(store.pairings.terminate(p.id, '2008-07-01', '再次终止'))).toEqual(['联建「LJ2008-001」已于 2008-06-30 终止，不能重复终止']);
    const audit = await store.db.audit.where('entityId').equals(p.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('lets an application that was never approved be closed (withdrawn)', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    const ended = await store.pairings.terminate(p.id, '2008-03-20', '申请撤回');
    expect(ended.status).toBe('已终止');
    expect(ended.approvedDate).toBeUndefined();
  });
});

describe('删除与恢复', () => {
  it('deletes a pairing without ledger entries, and restores it unless the pair is live again', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    await store.pairings.remove(p.id);
    expect(await store.pairings.list()).toEqual([]);
    await store.pairings.restore(p.id);
    expect((await store.pairings.list()).map((x) => x.code)).toEqual(['LJ2008-001']);
    await store.pairings.remove(p.id);
    await store.pairings.apply(application());
    expect(await rejection(store.pairings.restore(p.id))).toEqual(['无法恢复联建「LJ2008-001」：已有相同编号或相同企业与村的联建']);
  });

  it('refuses to delete a pairing that has ledger entries', async () => {
    const { store, application } = await seedCounty();
    const p = await store.pairings.apply(application());
    await store.pairings.approve(p.id, '2008-03-10');
    await store.ledgerEntries.add([{ pairingId: p.id, type: 'funds', date: '2008-04-01', precision: 'day', figures: { amount: 5 } }]);
    expect(await rejection(store.pairings.remove(p.id))).toEqual(['联建「LJ2008-001」已有 1 条台账记录，不能删除；联建结束时请使用「终止」']);
  });
});

describe('联建内容 from the office’s dictionary (设置 → 字典)', () => {
  it('takes a new area once the dictionary has it, refuses one it lacks, and lets a pairing keep an area the dictionary later drops', async () => {
    const { store, application } = await seedCounty();
    expect(await rejection(store.pairings.apply(application({ areas: ['劳务输送', '电商帮扶'] })))).toEqual([
      '联建内容「电商帮扶」不在字典中，可填：劳务输送、技能培训、产业帮扶、资金扶持、公益事业、矛盾化解、治安联防、学习交流、交叉任职；如需新增，请先在「设置 → 字典」中添加',
    ]);
    await setSetting(store.db, 'cooperationAreas', ['劳务输送', '技能培训', '电商帮扶']);
    const p = await store.pairings.apply(application({ areas: ['电商帮扶', '技能培训', '劳务输送'] }));
    expect(p.areas).toEqual(['劳务输送', '技能培训', '电商帮扶']);
    // 技能培训 leaves the dictionary: the pairing keeps it through a change, but cannot gain 治安联防.
    await setSetting(store.db, 'cooperationAreas', ['劳务输送', '电商帮扶']);
    await store.pairings.approve(p.id, '2008-03-10');
    const changed = await store.pairings.change(p.id, { areas: ['劳务输送', '技能培训'] }, '2008-04-01', '调整联建内容');
    expect(changed.areas).toEqual(['劳务输送', '技能培训']);
    expect((await rejection(store.pairings.change(p.id, { areas: ['劳务输送', '治安联防'] }, '2008-06-01', '调整')))[0]).toContain('联建内容「治安联防」不在字典中');
    expect((await store.pairings.get(p.id))?.areas).toEqual(['劳务输送', '技能培训']);
  });
});

