// v007: trainees of the 骨干培训班 become records of their own (table `trainees`), each with
// the organization and post the person held at the time, instead of a list of person ids and
// a head-count on the class. Data step: every stored class is upgraded by the same function
// that upgrades an older backup on restore (shared/model/training-legacy.ts): one trainee per
// listed person, the head-count beyond the list kept as 名单外学员, 期次 read from the name.
import type { Transaction } from 'dexie';
import { isLegacyClass, upgradeLegacyClass } from '@shared/model/training-legacy';
import type { Migration } from './types';

type Row = { id: string; [key: string]: unknown };

async function upgrade(tx: Transaction): Promise<void> {
  const classes = (await tx.table('trainings').toArray()) as Row[];
  const legacy = classes.filter(isLegacyClass);
  if (legacy.length === 0) return;
  const personIds = [...new Set(legacy.flatMap((c) => (Array.isArray(c.traineeIds) ? c.traineeIds : [])))].filter((id): id is string => typeof id === 'string');
  const persons = (await tx.table('persons').bulkGet(personIds)) as (Row | undefined)[];
  const personById = new Map(persons.filter((p): p is Row => p !== undefined).map((p) => [p.id, p]));
  const orgIds = [...new Set([...personById.values()].map((p) => p.orgId).filter((id): id is string => typeof id === 'string'))];
  const [enterprises, villages] = (await Promise.all([tx.table('enterprises').bulkGet(orgIds), tx.table('villages').bulkGet(orgIds)])) as (Row | undefined)[][];
  const orgName = new Map<string, string>();
  for (const o of [...enterprises!, ...villages!]) if (o && typeof o.name === 'string') orgName.set(o.id, o.name);

  const time = new Date().toISOString();
  const lookups = { person: (id: string) => personById.get(id), orgName: (id: string) => orgName.get(id) };
  const upgraded = legacy.map((c) => upgradeLegacyClass(c, lookups, () => crypto.randomUUID(), time));
  await tx.table('trainings').bulkPut(upgraded.map((u) => u.klass));
  await tx.table('trainees').bulkAdd(upgraded.flatMap((u) => u.trainees));
}

export const v007Trainees: Migration = {
  version: 7,
  name: 'trainees',
  stores: {
    trainings: 'id, startDate, deleted, importBatchId',
    trainees: 'id, classId, personId, [classId+personId], orgId, deleted, importBatchId',
  },
  upgrade,
};
