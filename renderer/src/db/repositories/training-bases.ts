// 技能培训基地 store. A base is found from its sessions (the 技能培训 ledger entries of its
// village's pairings) by its name, so: a name is unique among the live bases of a village;
// renaming a base renames it in those entries in the same transaction (through the ledger
// repository, which keeps the aggregates and the audit log); a base with sessions is not
// deleted (its sessions would lose their base). The record rules run before the transaction,
// the rules that read the store inside it.
import type { Table } from 'dexie';
import { TRAINING_TYPE, type TrainingBase } from '@shared/model/training-base';
import { trainingBaseSchema, type TrainingBaseInput } from '@shared/model/schemas/training-base';
import type { LedgerEntry } from '@shared/model/types';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';
import { applyLedgerChanges } from './ledger-aggregates';

type Draft = Omit<TrainingBase, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>;

function parse(input: TrainingBaseInput): Draft {
  const r = trainingBaseSchema.safeParse(input);
  if (!r.success) throw new ValidationError(r.error.issues.map((i) => i.message));
  return Object.fromEntries(Object.entries(r.data).filter(([, v]) => v !== undefined)) as Draft;
}

export class TrainingBaseRepository {
  constructor(readonly db: AppDatabase) {}

  get table(): Table<TrainingBase, string> {
    return this.db.trainingBases;
  }

  list(): Promise<TrainingBase[]> {
    return this.table.where('deleted').equals(0).toArray();
  }

  /** The live 技能培训 entries held at a base (entries of its village's pairings that name it). */
  async sessionsOf(base: Pick<TrainingBase, 'villageId' | 'name'>): Promise<LedgerEntry[]> {
    const pairingIds = await this.db.pairings.where('villageId').equals(base.villageId).primaryKeys();
    if (pairingIds.length === 0) return [];
    return this.db.ledger
      .where('pairingId')
      .anyOf(pairingIds)
      .filter((e) => !e.deleted && e.type === TRAINING_TYPE && e.figures.base === base.name)
      .toArray();
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // The base, the sessions renamed with it, their aggregates and the audit log commit together; the registry is read for the rules.
    return db.transaction('rw', [db.trainingBases, db.villages, db.enterprises, db.pairings, db.ledger, db.ledgerAggregates, db.townshipAggregates, db.audit], work);
  }

  /** The rules that read the store. */
  private async check(record: TrainingBase): Promise<void> {
    const issues: string[] = [];
    const village = await this.db.villages.get(record.villageId);
    if (!village || village.deleted) issues.push('所选村不存在或已删除');
    const enterprises = await this.db.enterprises.bulkGet(record.enterpriseIds);
    if (enterprises.some((e) => !e || e.deleted)) issues.push('所选企业不存在或已删除');
    const twin = await this.table
      .where('villageId')
      .equals(record.villageId)
      .filter((b) => !b.deleted && b.id !== record.id && b.name === record.name)
      .first();
    if (twin) issues.push(`${village?.name ?? '该村'}已有名为「${record.name}」的培训基地`);
    if (issues.length) throw new ValidationError(issues);
  }

  async create(input: TrainingBaseInput): Promise<TrainingBase> {
    const time = nowIso();
    const record: TrainingBase = { ...parse(input), id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
    await this.tx(async () => {
      await this.check(record);
      await this.table.add(record);
      await recordAudit(this.db, { action: 'create', entity: 'trainingBases', entityId: record.id, after: record });
    });
    return record;
  }

  async update(id: string, input: TrainingBaseInput): Promise<TrainingBase> {
    const draft = parse(input);
    let after!: TrainingBase;
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before || before.deleted) throw new ValidationError(['培训基地不存在或已删除']);
      after = { ...draft, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 };
      if (before.importBatchId) after.importBatchId = before.importBatchId;
      await this.check(after);
      const sessions = await this.sessionsOf(before);
      if (sessions.length && after.villageId !== before.villageId) {
        throw new ValidationError([`该基地已有 ${sessions.length} 次培训记录，不能改到其他村；如确属另一个基地，请新建`]);
      }
      if (after.name !== before.name) await this.renameIn(sessions, after.name);
      await this.table.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'trainingBases', entityId: id, before, after });
    });
    return after;
  }

  /** The sessions take the base's new name (the figure is not summed: the aggregates stay, but go through the same path). */
  private async renameIn(sessions: readonly LedgerEntry[], name: string): Promise<void> {
    const time = nowIso();
    const changes = sessions.map((before) => ({ before, after: { ...before, figures: { ...before.figures, base: name }, updatedAt: time } }));
    if (changes.length === 0) return;
    await this.db.ledger.bulkPut(changes.map((c) => c.after));
    await applyLedgerChanges(this.db, changes);
    await this.db.audit.bulkAdd(changes.map(({ before, after }) => ({ time, action: 'update' as const, entity: 'ledger', entityId: after.id, before, after })));
  }

  async remove(id: string): Promise<void> {
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before || before.deleted) throw new ValidationError(['培训基地不存在或已删除']);
      const sessions = await this.sessionsOf(before);
      if (sessions.length) throw new ValidationError([`「${before.name}」已有 ${sessions.length} 次培训记录，不能删除`]);
      const time = nowIso();
      const after: TrainingBase = { ...before, deleted: 1, deletedAt: time, updatedAt: time };
      await this.table.put(after);
      await recordAudit(this.db, { action: 'delete', entity: 'trainingBases', entityId: id, before, after });
    });
  }

  async restore(id: string): Promise<void> {
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before || !before.deleted) return;
      const { deletedAt: _d, ...rest } = before;
      const after: TrainingBase = { ...rest, deleted: 0, updatedAt: nowIso() };
      await this.check(after);
      await this.table.put(after);
      await recordAudit(this.db, { action: 'restore', entity: 'trainingBases', entityId: id, before, after });
    });
  }
}

