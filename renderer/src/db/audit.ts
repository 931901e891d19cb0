// Audit entries are written inside the caller's transaction (which must include `audit`),
// so a change and its record commit or roll back together.
import type { AuditAction, AuditEntry } from '@shared/model/types';
import type { AppDatabase } from './database';

export type AuditInput = {
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  batchId?: string;
};

export function nowIso(): string {
  return new Date().toISOString();
}

export async function recordAudit(db: AppDatabase, input: AuditInput): Promise<void> {
  await db.audit.add({ ...input, time: nowIso() });
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Is this the one entry of the records an import batch created in a table? */
export function isBatchEntry(entry: Pick<AuditEntry, 'ids'>): entry is AuditEntry & { ids: string[] } {
  return Array.isArray(entry.ids);
}

/**
 * Every entry about one record, oldest first: its own entries (by `entityId`) and the entry of
 * the import batch that created it. The batch is found through the batch ids the record and
 * its entries carry (a batch entry's `entityId` is its batch id) (an update by a later batch moves the record's `importBatchId`, but the
 * update's before-state keeps the earlier one).
 */
export async function recordHistory(db: AppDatabase, table: string, id: string): Promise<AuditEntry[]> {
  const [own, record] = await Promise.all([
    db.audit.where('entityId').equals(id).toArray(),
    db.table<{ importBatchId?: string }, string>(table).get(id),
  ]);
  const mine = own.filter((e) => e.entity === table);
  const batchIds = new Set<string>();
  const note = (r: unknown) => {
    const batchId = (r as { importBatchId?: unknown } | undefined)?.importBatchId;
    if (typeof batchId === 'string' && batchId) batchIds.add(batchId);
  };
  note(record);
  for (const e of mine) {
    note(e.before);
    note(e.after);
  }
  const batches = batchIds.size ? await db.audit.where('entityId').anyOf([...batchIds]).filter((e) => e.entity === table && isBatchEntry(e) && e.ids.includes(id)).toArray() : [];
  return [...mine, ...batches].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}
