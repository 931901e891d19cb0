// v007 from a v002 database: classes that listed their trainees as person ids get one trainee
// record each (with the person's organization and post), the head-count beyond the list is
// kept as 名单外学员, 期次 is read from the name, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v007Trainees } from '@renderer/db/migrations/v007-trainees';
import { BACKUP_TABLES } from '@shared/backup/tables';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const dbName = () => `mig7-${crypto.randomUUID()}`;

describe('v007-trainees', () => {
  it('is in the list of migrations', () => {
    expect(MIGRATIONS).toContain(v007Trainees);
  });

  it('turns every listed trainee into a record with the organization and post held then, and keeps every total', async () => {
    const name = dbName();
    const data = makeV001Data();
    const persons = data.persons as { id: string; name: string; orgKind: string; orgId?: string; post?: string }[];
    const withOrg = persons.filter((p) => p.orgId);
    const classBase = { createdAt: '2008-01-01T00:00:00.000Z', updatedAt: '2008-01-01T00:00:00.000Z', deleted: 0, place: '县委党校' };
    const trainings = [
      ...data.trainings,
      // Listed twice, a person no longer in the store, and more heads than names.
      { ...classBase, id: 'tr-old', name: '全县村企党组织负责人骨干培训班（第三期）', startDate: '2007-09-10', traineeIds: [withOrg[0]!.id, withOrg[0]!.id, 'gone'], headCount: 40 },
      // A deleted class keeps its trainees (they come back with it).
      { ...classBase, id: 'tr-del', name: '专题培训班', startDate: '2008-05-01', traineeIds: [withOrg[1]!.id], headCount: 1, deleted: 1 },
    ];
    await buildDatabaseAt(2, name, { ...data, trainings });

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);

    const classes = await db.trainings.orderBy('id').toArray();
    for (const c of classes) {
      expect(c).not.toHaveProperty('traineeIds');
      expect(c).not.toHaveProperty('headCount');
    }
    const old = classes.find((c) => c.id === 'tr-old')!;
    expect(old.session).toBe('第3期');
    expect(old.unlistedCount).toBe(38);
    expect(classes.find((c) => c.id === data.trainings[0]!.id)?.unlistedCount).toBeUndefined();

    const trainees = await db.trainees.toArray();
    const first = data.trainings[0] as { id: string; traineeIds: string[] };
    const ofFirst = trainees.filter((t) => t.classId === first.id).sort((a, b) => a.seq - b.seq);
    expect(ofFirst.map((t) => t.personId)).toEqual(first.traineeIds);
    for (const t of ofFirst) {
      const p = persons.find((x) => x.id === t.personId)!;
      expect(t).toMatchObject({ name: p.name, orgKind: p.orgKind, deleted: 0 });
      expect(t.post).toBe(p.post);
      if (p.orgId) {
        const org = [...data.villages, ...data.enterprises].find((o) => o.id === p.orgId) as { name: string };
        expect(t).toMatchObject({ orgId: p.orgId, orgName: org.name });
      }
    }
    const ofOld = trainees.filter((t) => t.classId === 'tr-old').sort((a, b) => a.seq - b.seq);
    expect(ofOld.map((t) => [t.personId, t.name])).toEqual([
      [withOrg[0]!.id, withOrg[0]!.name],
      ['gone', '（人员记录缺失）'],
    ]);
    // Listed + unlisted = the old head-count, class by class.
    expect(ofOld.length + old.unlistedCount!).toBe(40);
    expect(trainees.filter((t) => t.classId === 'tr-del').map((t) => t.deleted)).toEqual([0]);
    expect(await db.trainees.where('[classId+personId]').equals(['tr-old', withOrg[0]!.id]).count()).toBe(1);

    // Every other table as it was (industryBases is v004's, which makes bases of 产业共建 entries).
    for (const table of BACKUP_TABLES) {
      // (v006 moves the old inspection's items into rectifications: migration-v006.test.ts; v008 makes
      // trainingBases from the ledger's 培训基地 names: migration-v008.test.ts.)
      if (table === 'trainings' || table === 'trainees' || table === 'attachments' || table === 'audit' || table === 'rectifications' || table === 'industryBases' || table === 'trainingBases') continue;
      expect(await db.table(table).count(), table).toBe(data[table].length);
    }
    expect(await db.persons.get(withOrg[0]!.id)).toMatchObject({ name: withOrg[0]!.name });
    db.close();
  });

  it('opens an empty v002 database', async () => {
    const name = dbName();
    await buildDatabaseAt(2, name, {});
    const db = new AppDatabase(name);
    await db.open();
    expect(await db.trainees.count()).toBe(0);
    db.close();
  });
});
