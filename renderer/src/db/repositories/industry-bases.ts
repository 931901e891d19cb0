// 产业基地 store: create / update / soft-delete / restore, each with its audit entry and the
// bases' running totals (LedgerAggregate rows of the 产业共建 type) in one transaction. The
// record rules (shared/model/schemas/industry-base.ts) run before the transaction; the rules
// that read the store (the pairings exist and are approved, no second base of the same name
// for the same pairing) run inside it, so a refusal writes nothing.
import type { Table } from 'dexie';
import { baseAggregateId, baseAggregates, baseIdentity, basePairingIssues, baseTownship, type IndustryBase } from '@shared/model/industry-base';
import { industryBaseSchema, type IndustryBaseInput } from '@shared/model/schemas/industry-base';
import type { Pairing } from '@shared/model/types';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';
import { applyAggregateRowChanges } from './township-aggregates';

type Change = { before?: IndustryBase; after?: IndustryBase };

/**
 * Keeps the bases' aggregate rows equal to the live bases: the rows of each `before` go, the
 * rows of each `after` come. Runs inside the caller's transaction, which must include
 * `ledgerAggregates`, `townshipAggregates` and `pairings`.
 */
export async function applyBaseChanges(db: Pick<AppDatabase, 'ledgerAggregates' | 'pairings' | 'townshipAggregates' | 'tables'>, changes: readonly Change[]): Promise<void> {
  const gone = changes.flatMap(({ before }) => (before ? before.pairingIds.map((p) => baseAggregateId(before.id, p)) : []));
  const ids = [...new Set(changes.flatMap(({ after }) => after?.pairingIds ?? []))];
  const pairings = new Map((await db.pairings.bulkGet(ids)).filter((p): p is Pairing => p !== undefined).map((p) => [p.id, p]));
  const rows = changes.flatMap(({ after }) => (after ? baseAggregates(after, (id) => pairings.get(id)) : []));
  const kept = new Set(rows.map((r) => r.id));
  const removed = gone.filter((id) => !kept.has(id));
  // The rows replaced, for the township totals (townshipAggregates).
  const touched = [...new Set([...removed, ...kept])];
  const previous = touched.length ? await db.ledgerAggregates.bulkGet(touched) : [];
  if (removed.length) await db.ledgerAggregates.bulkDelete(removed);
  if (rows.length) await db.ledgerAggregates.bulkPut(rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  await applyAggregateRowChanges(db, touched.map((id, i) => ({ before: previous[i], after: byId.get(id) })));
}

function parse(input: IndustryBaseInput): Omit<IndustryBase, 'id' | 'createdAt' | 'updatedAt' | 'deleted'> {
  // The township comes from the lead pairing inside the transaction; a placeholder passes the schema.
  const r = industryBaseSchema.safeParse({ ...input, townshipId: input.townshipId || '?' });
  if (!r.success) throw new ValidationError(r.error.issues.map((i) => i.message));
  const out = { ...r.data } as Omit<IndustryBase, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>;
  for (const key of Object.keys(out) as (keyof typeof out)[]) if (out[key] === undefined) delete out[key];
  return out;
}

export class IndustryBaseRepository {
  constructor(readonly db: AppDatabase) {}

  get table(): Table<IndustryBase, string> {
    return this.db.industryBases;
  }

  list(): Promise<IndustryBase[]> {
    return this.table.where('deleted').equals(0).toArray();
  }

  /** Live bases one pairing belongs to. */
  ofPairing(pairingId: string): Promise<IndustryBase[]> {
    return this.table.where('pairingIds').equals(pairingId).filter((b) => !b.deleted).toArray();
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // The base, its aggregate rows and its audit entry commit together; pairings are read for the rules.
    return db.transaction('rw', [db.industryBases, db.pairings, db.ledgerAggregates, db.townshipAggregates, db.audit], work);
  }

  /** The rules that read the store; sets the township from the lead pairing. */
  private async check(record: IndustryBase): Promise<void> {
    const pairings = await this.db.pairings.bulkGet(record.pairingIds);
    const of = (id: string) => pairings.find((p) => p?.id === id);
    const issues = basePairingIssues(record.pairingIds, of);
    const key = baseIdentity(record);
    if (key) {
      const twin = await this.table
        .where('pairingIds')
        .equals(record.pairingIds[0])
        .filter((b) => !b.deleted && b.id !== record.id && baseIdentity(b) === key)
        .count();
      if (twin) issues.push(`该联建已有名为「${record.name}」的产业基地`);
    }
    if (issues.length) throw new ValidationError([...new Set(issues)]);
    record.townshipId = baseTownship(record.pairingIds, of) ?? record.townshipId;
  }

  async create(input: IndustryBaseInput, batchId?: string): Promise<IndustryBase> {
    const clean = parse(input);
    const time = nowIso();
    const record: IndustryBase = { ...clean, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
    if (batchId) record.importBatchId = batchId;
    await this.tx(async () => {
      await this.check(record);
      await this.table.add(record);
      await applyBaseChanges(this.db, [{ after: record }]);
      await recordAudit(this.db, { action: 'create', entity: 'industryBases', entityId: record.id, after: record, batchId });
    });
    return record;
  }

  async update(id: string, input: IndustryBaseInput): Promise<IndustryBase> {
    const clean = parse(input);
    let after!: IndustryBase;
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before || before.deleted) throw new ValidationError(['产业基地不存在或已删除']);
      after = { ...clean, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 };
      if (before.importBatchId) after.importBatchId = before.importBatchId;
      await this.check(after);
      await this.table.put(after);
      await applyBaseChanges(this.db, [{ before, after }]);
      await recordAudit(this.db, { action: 'update', entity: 'industryBases', entityId: id, before, after });
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
      const before = await this.table.get(id);
      if (!before) throw new ValidationError(['产业基地不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after: IndustryBase = { ...before, deleted: deleted ? 1 : 0, updatedAt: time };
      if (deleted) after.deletedAt = time;
      else {
        delete after.deletedAt;
        await this.check(after);
      }
      await this.table.put(after);
      await applyBaseChanges(this.db, [{ before, after }]);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'industryBases', entityId: id, before, after });
    });
  }
}
