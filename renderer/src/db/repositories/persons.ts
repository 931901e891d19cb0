import type { Person } from '@shared/model/types';
import { personSchema } from '@shared/model/schemas/person';
import type { AppDatabase } from '../database';
import { EntityRepository, ValidationError } from './entity-repository';
import { zodValidator } from './zod-validator';

/**
 * Inside a transaction over persons + enterprises + villages: the ID number belongs to no
 * other live person, and the organization named exists.
 */
export async function checkPersonConflicts(db: AppDatabase, record: Person): Promise<void> {
  const messages: string[] = [];
  if (record.idNumber) {
    const holder = await db.persons
      .where('idNumber')
      .equals(record.idNumber)
      .filter((p) => !p.deleted && p.id !== record.id)
      .first();
    if (holder) messages.push(`身份证号 ${record.idNumber} 已登记为「${holder.name}」`);
  }
  if (record.orgKind !== 'none' && record.orgId) {
    const org = record.orgKind === 'enterprise' ? await db.enterprises.get(record.orgId) : await db.villages.get(record.orgId);
    if (!org || org.deleted) messages.push(`所在${record.orgKind === 'enterprise' ? '企业' : '村'}不存在或已删除，请重新选择`);
  }
  if (messages.length) throw new ValidationError(messages);
}

export function personRepository(db: AppDatabase): EntityRepository<Person> {
  return new EntityRepository<Person>(db, 'persons', {
    validate: zodValidator(personSchema),
    checkConflicts: checkPersonConflicts,
    readTables: ['enterprises', 'villages'],
  });
}
