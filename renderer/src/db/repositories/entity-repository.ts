// Create / update / soft-delete / restore for any domain table, each change and its audit
// entry in one transaction. Validation runs before the transaction starts; checks that need
// the store (uniqueness) run inside it, so a refusal rolls everything back.
import type { Table } from 'dexie';
import type { BaseRecord, Draft } from '@shared/model/types';
import type { AppDatabase, EntityTable } from '../database';
import { newId, nowIso, recordAudit } from '../audit';

export class ValidationError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('；'));
    this.name = 'ValidationError';
  }
}

export type RepositoryOptions<T extends BaseRecord> = {
  /** Checks and normalizes a draft; throws ValidationError with Chinese messages. */
  validate?: (draft: Draft<T>) => Draft<T>;
  /** Checks against stored data inside the write transaction (e.g. duplicate names). */
  checkConflicts?: (db: AppDatabase, record: T) => Promise<void>;
  /** Other tables checkConflicts reads (e.g. the township a village belongs to), added to the write transaction. */
  readTables?: EntityTable[];
};

export class EntityRepository<T extends BaseRecord> {
  constructor(
    readonly db: AppDatabase,
    readonly tableName: EntityTable,
    private readonly options: RepositoryOptions<T> = {},
  ) {}

  get table(): Table<T, string> {
    return this.db.table(this.tableName);
  }

  private get scope(): Table[] {
    return [this.table, this.db.audit, ...(this.options.readTables ?? []).map((t) => this.db.table(t))];
  }

  /** Live (not deleted) records. */
  list(): Promise<T[]> {
    return this.table.where('deleted').equals(0).toArray();
  }

  count(): Promise<number> {
    return this.table.where('deleted').equals(0).count();
  }

  get(id: string): Promise<T | undefined> {
    return this.table.get(id);
  }

  async create(draft: Draft<T>, batchId?: string): Promise<T> {
    const clean = this.options.validate ? this.options.validate(draft) : draft;
    const time = nowIso();
    const record = { ...clean, id: newId(), createdAt: time, updatedAt: time, deleted: 0 } as T;
    if (batchId) record.importBatchId = batchId;
    // The record and its audit entry commit together.
    await this.db.transaction('rw', this.scope, async () => {
      await this.options.checkConflicts?.(this.db, record);
      await this.table.add(record);
      await recordAudit(this.db, { action: 'create', entity: this.tableName, entityId: record.id, after: record, batchId });
    });
    return record;
  }

  async update(id: string, patch: Partial<Draft<T>>): Promise<T> {
    let after!: T;
    // Read-modify-write with its audit entry in one transaction.
    await this.db.transaction('rw', this.scope, async () => {
      const before = await this.table.get(id);
      if (!before || before.deleted) throw new ValidationError(['记录不存在或已删除']);
      const { id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...beforeDraft } = before;
      const merged = { ...beforeDraft, ...patch } as unknown as Draft<T>;
      const clean = this.options.validate ? this.options.validate(merged) : merged;
      after = { ...clean, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 } as T;
      await this.options.checkConflicts?.(this.db, after);
      await this.table.put(after);
      await recordAudit(this.db, { action: 'update', entity: this.tableName, entityId: id, before, after });
    });
    return after;
  }

  /** Soft delete: the record stays in the store (for undo and the audit log) but leaves every list. */
  async remove(id: string): Promise<void> {
    await this.setDeleted(id, true);
  }

  /** Undo of a delete. */
  async restore(id: string): Promise<void> {
    await this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag change and its audit entry commit together.
    await this.db.transaction('rw', this.scope, async () => {
      const before = await this.table.get(id);
      if (!before) throw new ValidationError(['记录不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time } as T;
      if (!deleted) await this.options.checkConflicts?.(this.db, after);
      await this.table.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: this.tableName, entityId: id, before, after });
    });
  }
}
