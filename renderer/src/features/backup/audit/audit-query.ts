// Reads the operation log newest first through the v002 indexes ([entity+time],
// [action+time], time), never more than `limit` entries.
import type { AuditAction, AuditEntry } from '@shared/model/types';
import type { AppDatabase } from '../../../db/database';

export type AuditFilter = {
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  entity?: string;
  action?: AuditAction;
};

export const AUDIT_LIMIT = 20_000;

export async function queryAudit(db: AppDatabase, filter: AuditFilter, limit = AUDIT_LIMIT): Promise<{ entries: AuditEntry[]; more: boolean }> {
  const lo = filter.from ?? '';
  const hi = filter.to ?? '\uffff';
  let collection = filter.entity
    ? db.audit.where('[entity+time]').between([filter.entity, lo], [filter.entity, hi], true, true)
    : filter.action
      ? db.audit.where('[action+time]').between([filter.action, lo], [filter.action, hi], true, true)
      : db.audit.where('time').between(lo, hi, true, true);
  if (filter.entity && filter.action) collection = collection.filter((e) => e.action === filter.action);
  const entries = await collection.reverse().limit(limit + 1).toArray();
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}
