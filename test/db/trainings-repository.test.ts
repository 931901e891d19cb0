// 骨干培训班 store: a class, its roster taken from the registry with the organization and post
// held at the time (a later move does not rewrite it), the same class or trainee twice refused.
import { describe, expect, it } from 'vitest';
import { freshStore } from './helpers';

async function registry() {
  const store = freshStore();
  const township = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const village = await store.villages.create({ townshipId: township.id, name: '露湖村', industries: [], partyOrg: { type: '党支部' } });
  const other = await store.villages.create({ townshipId: township.id, name: '南塘村', industries: [], partyOrg: { type: '党支部' } });
  const wang = await store.persons.create({ name: '王明', orgKind: 'village', orgId: village.id, post: '村党支部书记' });
  const li = await store.persons.create({ name: '李红', orgKind: 'none' });
  return { store, village, other, wang, li };
}

describe('TrainingRepository', () => {
  it('enrols persons with the organization and post they hold, and keeps them when the person moves', async () => {
    const { store, village, other, wang, li } = await registry();
    const klass = await store.trainings.createClass({ session: '三', name: '全县村企党组织负责人骨干培训班', startDate: '2008/3/17', endDate: '2008-03-21', hours: 40 });
    expect(klass).toMatchObject({ session: '第3期', startDate: '2008-03-17', endDate: '2008-03-21', hours: 40 });
    const added = await store.trainings.addTrainees(klass.id, [wang.id, li.id]);
    expect(added.map((t) => [t.name, t.orgKind, t.orgId, t.orgName, t.post, t.seq])).toEqual([
      ['王明', 'village', village.id, '露湖村', '村党支部书记', 1],
      ['李红', 'none', undefined, undefined, undefined, 2],
    ]);
    await store.persons.update(wang.id, { orgId: other.id, post: '村委会主任' });
    const roster = await store.trainings.listTrainees(klass.id);
    expect(roster[0]).toMatchObject({ orgId: village.id, orgName: '露湖村', post: '村党支部书记' });
    expect(await store.db.audit.filter((e) => e.entity === 'trainees').count()).toBe(2);
  });

  it('refuses a person twice in a class, the same class twice, and an end before the start', async () => {
    const { store, wang } = await registry();
    const klass = await store.trainings.createClass({ session: '第1期', name: '骨干培训班', startDate: '2008-03-17' });
    await store.trainings.addTrainees(klass.id, [wang.id]);
    await expect(store.trainings.addTrainees(klass.id, [wang.id])).rejects.toThrow('「王明」已在「骨干培训班（第1期）」的学员名单中');
    await expect(store.trainings.createClass({ session: '1', name: '另一个名字', startDate: '2008-11-10' })).rejects.toThrow('已有2008年第1期的培训班「骨干培训班（第1期）」');
    // The same 期次 another year is another class.
    await store.trainings.createClass({ session: '1', name: '骨干培训班', startDate: '2009-03-02' });
    await expect(store.trainings.createClass({ name: '骨干培训班', startDate: '2008-03-17', endDate: '2008-03-16' })).rejects.toThrow('结业日期（2008-03-16）不能早于开班日期（2008-03-17）');
    expect(await store.trainings.listTrainees(klass.id)).toHaveLength(1);
  });

  it('removes and puts back a trainee and a class, and corrects what the roster prints', async () => {
    const { store, wang } = await registry();
    const klass = await store.trainings.createClass({ name: '骨干培训班', startDate: '2008-03-17' });
    const [t] = await store.trainings.addTrainees(klass.id, [wang.id]);
    const edited = await store.trainings.updateTrainee(t!.id, { post: '党支部书记', orgName: '河田镇露湖村' });
    expect(edited).toMatchObject({ post: '党支部书记', orgName: '河田镇露湖村', personId: wang.id, seq: 1 });
    await store.trainings.removeTrainee(t!.id);
    expect(await store.trainings.listTrainees(klass.id)).toHaveLength(0);
    await store.trainings.addTrainees(klass.id, [wang.id]);
    await expect(store.trainings.restoreTrainee(t!.id)).rejects.toThrow('「王明」已在学员名单中');
    await store.trainings.removeClass(klass.id);
    expect(await store.trainings.listClasses()).toHaveLength(0);
    await store.trainings.restoreClass(klass.id);
    expect(await store.trainings.listTrainees(klass.id)).toHaveLength(1);
  });
});
