import type { Enterprise } from '@shared/model/types';
import { enterpriseSchema } from '@shared/model/schemas/enterprise';
import type { AppDatabase } from '../database';
import { EntityRepository, ValidationError } from './entity-repository';
import { zodValidator } from './zod-validator';

/**
 * Inside a transaction over enterprises + townships: the township exists, the USCC belongs to
 * no other live enterprise, and the name is free within the township (name + township is how
 * imports recognise an enterprise without a code).
 */
export async function checkEnterpriseConflicts(db: AppDatabase, record: Enterprise): Promise<void> {
  const township = await db.townships.get(record.townshipId);
  if (!township || township.deleted) throw new ValidationError(['所属乡镇（开发区）不存在或已删除，请重新选择']);
  const messages: string[] = [];
  if (record.uscc) {
    const holder = await db.enterprises
      .where('uscc')
      .equals(record.uscc)
      .filter((e) => !e.deleted && e.id !== record.id)
      .first();
    if (holder) messages.push(`统一社会信用代码 ${record.uscc} 已登记为企业「${holder.name}」`);
  }
  const sameName = await db.enterprises
    .where('name')
    .equals(record.name)
    .filter((e) => !e.deleted && e.id !== record.id && e.townshipId === record.townshipId)
    .count();
  if (sameName > 0) messages.push(`${township.name}已有企业「${record.name}」`);
  if (messages.length) throw new ValidationError(messages);
}

export function enterpriseRepository(db: AppDatabase): EntityRepository<Enterprise> {
  return new EntityRepository<Enterprise>(db, 'enterprises', {
    validate: zodValidator(enterpriseSchema),
    checkConflicts: checkEnterpriseConflicts,
    readTables: ['townships'],
  });
}
