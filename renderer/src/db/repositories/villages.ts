import type { Village } from '@shared/model/types';
import { villageSchema } from '@shared/model/schemas/village';
import type { AppDatabase } from '../database';
import { EntityRepository, ValidationError } from './entity-repository';
import { zodValidator } from './zod-validator';

/** Inside a transaction over villages + townships: the township exists, and the name is free in it. */
export async function checkVillageConflicts(db: AppDatabase, record: Village): Promise<void> {
  const township = await db.townships.get(record.townshipId);
  if (!township || township.deleted) throw new ValidationError(['所属乡镇不存在或已删除，请重新选择']);
  const sameName = await db.villages
    .where('[townshipId+name]')
    .equals([record.townshipId, record.name])
    .filter((v) => !v.deleted && v.id !== record.id)
    .count();
  if (sameName > 0) throw new ValidationError([`${township.name}已有村「${record.name}」`]);
}

export function villageRepository(db: AppDatabase): EntityRepository<Village> {
  return new EntityRepository<Village>(db, 'villages', {
    validate: zodValidator(villageSchema),
    checkConflicts: checkVillageConflicts,
    readTables: ['townships'],
  });
}
