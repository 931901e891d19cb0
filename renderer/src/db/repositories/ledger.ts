// Ledger entries: every write updates the aggregates and the audit log in the same
// transaction. Domain checks (active period of the pairing, warnings) belong to the
// caller; this layer guarantees the totals and the history stay consistent.
import type { Draft, LedgerEntry } from '@shared/model/types';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';
import { applyLedgerChanges } from './ledger-aggregates';

export type LedgerDraft = Draft<LedgerEntry>;

function build(draft: LedgerDraft, time: string, batchId?: string): LedgerEntry {
  const entry: LedgerEntry = { ...draft, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
  if (batchId) entry.importBatchId = batchId;
  return entry;
}

export class LedgerRepository {
  constructor(readonly db: AppDatabase) {}

  private tx<R>(work: () => Promise<R>): Promise<R> {
    // Entry, aggregates and audit commit together.
    return this.db.transaction('rw', [this.db.ledger, this.db.ledgerAggregates, this.db.townshipAggregates, this.db.audit], work);
  }

  async create(draft: LedgerDraft): Promise<LedgerEntry> {
    const entry = build(draft, nowIso());
    await this.tx(async () => {
      await this.db.ledger.add(entry);
      await applyLedgerChanges(this.db, [{ after: entry }]);
      await recordAudit(this.db, { action: 'create', entity: 'ledger', entityId: entry.id, after: entry });
    });
    return entry;
  }

  /** Many entries in one all-or-nothing transaction (quick grid, imports). */
  async createMany(drafts: readonly LedgerDraft[], batchId?: string): Promise<LedgerEntry[]> {
    const time = nowIso();
    const entries = drafts.map((d) => build(d, time, batchId));
    await this.tx(async () => {
      await this.db.ledger.bulkAdd(entries);
      await applyLedgerChanges(this.db, entries.map((after) => ({ after })));
      await this.db.audit.bulkAdd(
        entries.map((after) => ({ time, action: 'create' as const, entity: 'ledger', entityId: after.id, after, batchId })),
      );
    });
    return entries;
  }

  async update(id: string, patch: Partial<LedgerDraft>): Promise<LedgerEntry> {
    let after!: LedgerEntry;
    await this.tx(async () => {
      const before = await this.db.ledger.get(id);
      if (!before || before.deleted) throw new ValidationError(['台账记录不存在或已删除']);
      after = { ...before, ...patch, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 };
      await this.db.ledger.put(after);
      await applyLedgerChanges(this.db, [{ before, after }]);
      await recordAudit(this.db, { action: 'update', entity: 'ledger', entityId: id, before, after });
    });
    return after;
  }

  remove(id: string): Promise<void> {
    return this.setDeleted(id, true);
  }

  restore(id: string): Promise<void> {
    return this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<void> {
    await this.tx(async () => {
      const before = await this.db.ledger.get(id);
      if (!before) throw new ValidationError(['台账记录不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after: LedgerEntry = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.db.ledger.put(after);
      await applyLedgerChanges(this.db, [{ before, after }]);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'ledger', entityId: id, before, after });
    });
  }
}
