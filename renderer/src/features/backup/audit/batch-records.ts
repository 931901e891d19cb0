// The records an import batch's entry names, read by id from their table (soft-deleted ones
// too: an undone import still shows what it had created), as names people know.
import type { AuditEntry } from '@shared/model/types';
import type { AppDatabase } from '../../../db/database';
import { createdRecordName } from './audit-fields';

/** Names of the first `limit` records of a batch entry, in the order they were imported. */
export async function batchRecordNames(db: AppDatabase, entry: Pick<AuditEntry, 'entity' | 'ids'>, limit = Infinity): Promise<string[]> {
  const ids = (entry.ids ?? []).slice(0, limit);
  if (!db.tables.some((t) => t.name === entry.entity)) return ids.map(() => '（记录已不存在）');
  const records = (await db.table(entry.entity).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
  return ids.map((id, i) => createdRecordName(entry.entity, records[i], id));
}

/** For the export: every batch entry's record names, by the entry's `seq`. */
export async function namesOfBatches(db: AppDatabase, entries: readonly AuditEntry[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (const e of entries) if (e.ids && e.seq !== undefined) out.set(e.seq, await batchRecordNames(db, e));
  return out;
}
