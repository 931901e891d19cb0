import type { Township } from '@shared/model/types';
import { townshipSchema } from '@shared/model/schemas/township';
import type { AppDatabase } from '../database';
import { EntityRepository, ValidationError } from './entity-repository';
import { zodValidator } from './zod-validator';

export function townshipRepository(db: AppDatabase): EntityRepository<Township> {
  return new EntityRepository<Township>(db, 'townships', {
    validate: zodValidator(townshipSchema),
    checkConflicts: async (database, record) => {
      const sameName = await database.townships.where('name').equals(record.name).filter((t) => !t.deleted && t.id !== record.id).count();
      if (sameName > 0) throw new ValidationError([`乡镇「${record.name}」已存在`]);
    },
  });
}
