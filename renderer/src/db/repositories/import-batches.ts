// Import batches: committing a whole import, and undoing one whole, each in ONE transaction.
//
// A CommitPlan is fully validated before it gets here (shared/io + the target's schema); this
// module keeps the store consistent: every record written carries the batch id; the records a
// batch creates in a table get ONE audit entry (batch id, their ids, the file's name and hash —
// the records themselves are the after-state), each updated record its own entry with before
// and after, all in the same transaction; records to update must still be
// exactly as they were when the preview was built, and tables with derived data (the ledger's
// aggregates) are kept current through TABLE_HOOKS. A failure anywhere rolls back everything.
//
// Inside the commit transaction, every record written is also checked against the natural
// keys of the live records already stored (the registry's `unique` rules: 乡镇+村名, USCC, ID
// number, 联建编号…): a second window, or a second commit of the same file, that previewed
// before the first one committed would otherwise add the same records again.
//
// Undo reads the batch's audit entries (batch entries and the per-record ones older versions
// wrote for created records alike): created records are soft-deleted, updated records go
// back to their before-state. It refuses, naming the records, when any of them was changed
// after the import or when a record outside the batch now refers to one the batch created.
import dayjs from 'dayjs';
import type { AuditEntry, BaseRecord, ImportBatch, ImportBatchKind, LedgerEntry, MonthlyReport, Nominee, Pairing } from '@shared/model/types';
import { RECORD_RULES } from '@shared/model/record-rules';
import { isBackupTable } from '@shared/backup/tables';
import type { AppDatabase, EntityTable } from '../database';
import { newId, nowIso } from '../audit';
import { ValidationError } from './entity-repository';
import { applyLedgerChanges } from './ledger-aggregates';
import { recordImportedPairingEvents } from './pairings';
import { guardNomineeChanges, NOMINEE_HOOK_TABLES } from './commendations';
import { applyBaseChanges } from './industry-bases';
import type { IndustryBase } from '@shared/model/industry-base';
import { endJournal } from '../journal';
import { REPORT_LEDGER_TABLES, syncReportLedger } from './monthly-report-ledger';

export type BatchInput = {
  kind: ImportBatchKind;
  fileName: string;
  fileHash: string;
  counts: ImportBatch['counts'];
  townshipId?: string;
  year?: number;
};

/** A new record: `id` chosen by the caller (so other rows can refer to it), the rest filled here. */
export type CreateWrite = { action: 'create'; table: EntityTable; batch: number; id: string; draft: Record<string, unknown> };
/** A changed record: `next` is its whole new content; `expectedUpdatedAt` what the preview saw. */
export type UpdateWrite = { action: 'update'; table: EntityTable; batch: number; id: string; next: Record<string, unknown>; expectedUpdatedAt: string };
export type RecordWrite = CreateWrite | UpdateWrite;

export type CommitPlan = {
  /** One batch per file; writes refer to them by index. */
  batches: BatchInput[];
  /** In order: records others refer to (new townships) come first. */
  writes: RecordWrite[];
  /** Short description of a record for messages, e.g. 「村「红星村」」. */
  describe?: (table: EntityTable, record: Record<string, unknown>) => string;
};

type Change = { before?: BaseRecord; after?: BaseRecord };

/** Derived data to keep current when a table is written (inside the same transaction). */
export const TABLE_HOOKS: Partial<Record<EntityTable, { tables: string[]; apply: (db: AppDatabase, changes: Change[]) => Promise<void> }>> = {
  ledger: {
    tables: ['ledgerAggregates', 'townshipAggregates'],
    apply: (db, changes) => applyLedgerChanges(db, changes as { before?: LedgerEntry; after?: LedgerEntry }[]),
  },
  pairings: {
    tables: ['pairingEvents'],
    apply: (db, changes) => recordImportedPairingEvents(db, changes as { before?: Pairing; after?: Pairing }[]),
  },
  nominees: {
    tables: NOMINEE_HOOK_TABLES,
    apply: (db, changes) => guardNomineeChanges(db, changes as { before?: Nominee; after?: Nominee }[]),
  },
  industryBases: {
    tables: ['ledgerAggregates', 'townshipAggregates', 'pairings'],
    apply: (db, changes) => applyBaseChanges(db, changes as { before?: IndustryBase; after?: IndustryBase }[]),
  },
  monthlyReports: {
    tables: [...REPORT_LEDGER_TABLES],
    apply: (db, changes) => syncReportLedger(db, changes as { before?: MonthlyReport; after?: MonthlyReport }[]),
  },
};

const TABLE_LABELS: Partial<Record<EntityTable, string>> = {
  townships: '乡镇',
  villages: '村',
  enterprises: '企业',
  persons: '人员',
  pairings: '联建',
  ledger: '台账',
  nominees: '表彰对象',
  trainings: '培训班',
  trainees: '学员',
  industryBases: '产业基地',
  commendations: '表彰',
  monthlyReports: '月报',
};

export function describeRecord(table: EntityTable, record: Record<string, unknown> | undefined): string {
  const label = TABLE_LABELS[table] ?? table;
  const name = record?.name ?? record?.code ?? record?.displayName;
  return typeof name === 'string' ? `${label}「${name}」` : label;
}

function tablesOf(db: AppDatabase, names: Iterable<string>) {
  const base = [...names];
  const set = new Set<string>(base);
  for (const name of base) for (const extra of TABLE_HOOKS[name as EntityTable]?.tables ?? []) set.add(extra);
  return [...set].map((n) => db.table(n));
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const MAX_LISTED = 20;

const localTime = (iso: string | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '');

function refuse(messages: string[]): never {
  const listed = messages.slice(0, MAX_LISTED);
  if (messages.length > MAX_LISTED) listed.push(`……共 ${messages.length} 处`);
  throw new ValidationError(listed);
}

type Row = Record<string, unknown>;

/**
 * Records about to be written that share a natural key with a live stored record not being
 * rewritten (or with an earlier write): one message each. Runs inside the commit transaction.
 */
async function naturalKeyClashes(db: AppDatabase, table: EntityTable, written: readonly BaseRecord[], describe: (t: EntityTable, r: Row) => string): Promise<string[]> {
  const rules = isBackupTable(table) ? (RECORD_RULES[table].unique ?? []) : [];
  if (rules.length === 0 || written.length === 0) return [];
  const rewriting = new Set(written.map((r) => r.id));
  const stored = (await db.table<BaseRecord, string>(table).where('deleted').equals(0).toArray()).filter((r) => !rewriting.has(r.id)) as unknown as Row[];
  const problems: string[] = [];
  for (const rule of rules) {
    const applies = (r: Row) => (rule.applies ? rule.applies(r) : r.deleted !== 1);
    const holders = new Map<string, Row>();
    for (const r of stored) {
      const key = applies(r) ? rule.key(r) : null;
      if (key !== null) holders.set(key, r);
    }
    for (const record of written as unknown as Row[]) {
      const key = applies(record) ? rule.key(record) : null;
      if (key === null) continue;
      const holder = holders.get(key);
      if (holder) problems.push(`${describe(table, record)}：已有${describe(table, holder)}（${rule.label}相同）`);
      else holders.set(key, record);
    }
  }
  return problems;
}

export const CLASH_HEAD = '本次导入未写入任何数据，下列记录在预览之后已由另一个窗口或另一次导入写入，再导入会重复（请返回「上一步」重新预览，已有的记录将作为更新）';

export type CommitOptions = {
  /** The journal entry of this import (db/journal.ts), deleted in the same transaction as the data. */
  journalId?: string;
  /** Records per write request inside the one transaction (COMMIT_CHUNK unless a test asks for fewer). */
  chunkSize?: number;
};

/**
 * Records handed to IndexedDB per request, one request after another, all in the commit's ONE
 * transaction. Measured in Chromium on a disk profile (load ~7): 100,000 enterprises written
 * as one bulkAdd took 66 s, as ten bulkAdds of 10,000 in the same transaction 45 s (chunked
 * bulkPuts in ten transactions, the benchmark's floor, 52 s): with every request queued at
 * once the store falls behind. Larger chunks also make the register digest rewrite its rows
 * fewer times.
 */
export const COMMIT_CHUNK = 10_000;

/** `write` over `records` in slices of `size`, each awaited before the next (same transaction). */
async function inChunks<T>(records: readonly T[], size: number, write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < records.length; i += size) await write(records.slice(i, i + size));
}

/** The one audit entry of the records a batch created in a table: `entityId` is the batch id. */
export function batchAuditEntry(batch: Pick<ImportBatch, 'id' | 'fileName' | 'fileHash'>, table: string, ids: string[], time: string): AuditEntry {
  return { time, action: 'create', entity: table, entityId: batch.id, batchId: batch.id, ids, fileName: batch.fileName, fileHash: batch.fileHash };
}

/** A batch's audit entries as one item per record: a batch entry gives one per id created. */
type BatchItem = { entity: string; action: 'create' | 'update'; entityId: string; before?: unknown; writtenAt?: string };

function batchItems(entries: readonly AuditEntry[]): BatchItem[] {
  const items: BatchItem[] = [];
  for (const e of entries) {
    if (e.ids) for (const id of e.ids) items.push({ entity: e.entity, action: 'create', entityId: id, writtenAt: e.time });
    else if (e.action === 'create' || e.action === 'update')
      items.push({ entity: e.entity, action: e.action, entityId: e.entityId, before: e.before, writtenAt: (e.after as BaseRecord | undefined)?.updatedAt });
  }
  return items;
}

/** Writes the plan and its batch records; returns the batches. All or nothing. */
export async function commitImport(db: AppDatabase, plan: CommitPlan, options: CommitOptions = {}): Promise<ImportBatch[]> {
  const time = nowIso();
  const batches: ImportBatch[] = plan.batches.map((b) => ({ id: newId(), createdAt: time, undone: false, ...b }));
  const byTable = groupBy(plan.writes, (w) => w.table);
  const describe = plan.describe ?? describeRecord;
  const chunk = Math.max(1, options.chunkSize ?? COMMIT_CHUNK);

  // Every table written, the hooks' tables, the audit log, the batch list and the journal commit together.
  await db.transaction('rw', [...tablesOf(db, byTable.keys()), db.audit, db.importBatches, db.journal], async () => {
    const audit: AuditEntry[] = [];
    const stale: string[] = [];
    const clashes: string[] = [];
    const planned: { table: EntityTable; created: BaseRecord[]; updated: BaseRecord[]; changes: Change[] }[] = [];
    // First every check (records changed since the preview, natural keys taken meanwhile), then the writes.
    for (const [table, writes] of byTable) {
      const store = db.table<BaseRecord, string>(table);
      // Created records: one entry per batch and table (the records carry the batch id).
      const createdIds = new Map<number, string[]>();
      const updates = writes.filter((w): w is UpdateWrite => w.action === 'update');
      const currents = updates.length ? await store.bulkGet(updates.map((u) => u.id)) : [];
      const changes: Change[] = [];
      const created: BaseRecord[] = [];
      const updated: BaseRecord[] = [];
      for (const w of writes) {
        const batchId = batches[w.batch].id;
        if (w.action === 'create') {
          const after = { ...w.draft, id: w.id, createdAt: time, updatedAt: time, deleted: 0, importBatchId: batchId } as BaseRecord;
          created.push(after);
          changes.push({ after });
          const ids = createdIds.get(w.batch);
          if (ids) ids.push(w.id);
          else createdIds.set(w.batch, [w.id]);
        }
      }
      for (const [index, ids] of createdIds) {
        const b = batches[index];
        audit.push(batchAuditEntry(b, table, ids, time));
      }
      updates.forEach((w, i) => {
        const before = currents[i];
        if (!before || before.deleted || before.updatedAt !== w.expectedUpdatedAt) {
          stale.push(`${describe(table, (before ?? w.next) as Record<string, unknown>)}在预览之后已被修改或删除`);
          return;
        }
        const batchId = batches[w.batch].id;
        const after = { ...w.next, id: w.id, createdAt: before.createdAt, updatedAt: time, deleted: 0, importBatchId: batchId } as BaseRecord;
        updated.push(after);
        changes.push({ before, after });
        audit.push({ time, action: 'update', entity: table, entityId: w.id, before, after, batchId });
      });
      if (!stale.length) clashes.push(...(await naturalKeyClashes(db, table, [...created, ...updated], describe)));
      planned.push({ table, created, updated, changes });
    }
    if (stale.length) refuse([...stale, '请重新预览后再导入']);
    if (clashes.length) refuse([CLASH_HEAD, ...clashes]);
    for (const { table, created, updated, changes } of planned) {
      const store = db.table<BaseRecord, string>(table);
      // bulkAdd: a new record never overwrites one that exists (the whole import fails instead).
      await inChunks(created, chunk, (slice) => store.bulkAdd(slice));
      await inChunks(updated, chunk, (slice) => store.bulkPut(slice));
      await TABLE_HOOKS[table]?.apply(db, changes);
    }
    await db.audit.bulkAdd(audit);
    await db.importBatches.bulkAdd(batches);
    await endJournal(db, options.journalId);
  });
  return batches;
}

/** Records outside a batch that refer to records it created (index on each table). */
const DEPENDENTS: Partial<Record<EntityTable, { table: EntityTable; index: string; label: string }[]>> = {
  townships: [
    { table: 'villages', index: 'townshipId', label: '村' },
    { table: 'enterprises', index: 'townshipId', label: '企业' },
    { table: 'pairings', index: 'responsibleTownshipId', label: '联建' },
    { table: 'ledger', index: 'townshipId', label: '台账' },
  ],
  villages: [
    { table: 'persons', index: 'orgId', label: '人员' },
    { table: 'pairings', index: 'villageId', label: '联建' },
    { table: 'ledger', index: 'villageId', label: '台账' },
    { table: 'nominees', index: 'refId', label: '表彰对象' },
  ],
  enterprises: [
    { table: 'persons', index: 'orgId', label: '人员' },
    { table: 'pairings', index: 'enterpriseId', label: '联建' },
    { table: 'ledger', index: 'enterpriseId', label: '台账' },
    { table: 'nominees', index: 'refId', label: '表彰对象' },
  ],
  pairings: [
    { table: 'ledger', index: 'pairingId', label: '台账' },
    { table: 'monthlyReports', index: 'pairingId', label: '月报' },
    { table: 'nominees', index: 'refId', label: '表彰对象' },
    { table: 'industryBases', index: 'pairingIds', label: '产业基地' },
  ],
  persons: [
    { table: 'nominees', index: 'refId', label: '表彰对象' },
    { table: 'trainees', index: 'personId', label: '学员' },
  ],
  trainings: [{ table: 'trainees', index: 'classId', label: '学员' }],
  commendations: [{ table: 'nominees', index: 'roundId', label: '表彰对象' }],
};

export type UndoResult = { removed: number; restored: number };

/** Undoes a whole batch (see the module comment); throws ValidationError naming what blocks it. */
export async function undoImportBatch(db: AppDatabase, batchId: string, options: CommitOptions = {}): Promise<UndoResult> {
  const entries = batchItems(await db.audit.where('batchId').equals(batchId).toArray());
  const byTable = groupBy(entries, (e) => e.entity as EntityTable);
  const dependentTables = [...byTable.keys()].flatMap((t) => (DEPENDENTS[t] ?? []).map((d) => d.table));
  const time = nowIso();
  const result: UndoResult = { removed: 0, restored: 0 };

  // The batch's records, their derived data, the audit log, the batch flag and the journal change together.
  await db.transaction('rw', [...tablesOf(db, [...byTable.keys(), ...dependentTables]), db.audit, db.importBatches, db.journal], async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) refuse(['导入批次不存在']);
    if (batch.undone) refuse([`该批次已于 ${localTime(batch.undoneAt)} 撤销`]);

    const problems: string[] = [];
    const plans: { table: EntityTable; entries: BatchItem[]; currents: (BaseRecord | undefined)[] }[] = [];
    for (const [table, list] of byTable) {
      const currents = await db.table<BaseRecord, string>(table).bulkGet(list.map((e) => e.entityId));
      list.forEach((e, i) => {
        const current = currents[i];
        if (!current || current.updatedAt !== e.writtenAt) {
          const when = current ? `（${localTime(current.updatedAt)}）` : '';
          problems.push(`${describeRecord(table, current as Record<string, unknown> | undefined)}在导入后已被修改或删除${when}`);
        }
      });
      const createdIds = list.filter((e) => e.action === 'create').map((e) => e.entityId);
      for (const dep of DEPENDENTS[table] ?? []) {
        if (createdIds.length === 0) break;
        const users = await db
          .table<BaseRecord & Record<string, unknown>, string>(dep.table)
          .where(dep.index)
          .anyOf(createdIds)
          .filter((r) => !r.deleted && r.importBatchId !== batchId)
          .toArray();
        for (const user of users) {
          const ref = currents[list.findIndex((e) => e.entityId === user[dep.index])];
          problems.push(`${describeRecord(table, ref as Record<string, unknown> | undefined)}已被${describeRecord(dep.table, user)}使用`);
        }
      }
      plans.push({ table, entries: list, currents });
    }
    if (problems.length) refuse(['本批次导入的数据之后有改动，不能整批撤销：', ...problems]);

    const audit: AuditEntry[] = [];
    for (const { table, entries: list, currents } of plans) {
      const records: BaseRecord[] = [];
      const changes: Change[] = [];
      list.forEach((e, i) => {
        const current = currents[i]!;
        // An updated record gets its before-state back exactly (updatedAt too), so undoing a
        // later batch leaves an earlier one undoable.
        const after = e.action === 'create' ? ({ ...current, deleted: 1, deletedAt: time, updatedAt: time } as BaseRecord) : (e.before as BaseRecord);
        records.push(after);
        changes.push({ before: current, after });
        audit.push({ time, action: e.action === 'create' ? 'delete' : 'update', entity: table, entityId: e.entityId, before: current, after });
        if (e.action === 'create') result.removed++;
        else result.restored++;
      });
      await db.table<BaseRecord, string>(table).bulkPut(records);
      await TABLE_HOOKS[table]?.apply(db, changes);
    }
    await db.audit.bulkAdd(audit);
    await db.importBatches.put({ ...batch, undone: true, undoneAt: time });
    await endJournal(db, options.journalId);
  });
  return result;
}

/** Every batch, newest first. */
export function listImportBatches(db: AppDatabase): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('createdAt').reverse().toArray();
}
