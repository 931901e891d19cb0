// 年终统计 in the store: a township's (or an enterprise party organization's) returned tally
// for a year is one import batch of kind 'tally' with one TallyReport holding its rows.
// Re-importing the same scope and year replaces the previous batch in the same transaction
// (its report is removed and the batch marked undone), so a tally is never counted twice.
// Tallies stay beside the ledger: the annual table reads only the ledger; reconciliation
// compares the two.
import type { FigureValue, ImportBatch, TallyReport } from '@shared/model/types';
import type { TallyScope } from '@shared/tally/meta';
import type { AppDatabase } from '../database';
import { newId, nowIso } from '../audit';
import { runExclusive } from '../exclusive';
import { endJournal } from '../journal';

/** What a stored tally keeps beyond TallyReport's own fields. */
export type StoredTally = TallyReport & {
  scope: TallyScope;
  fileName: string;
  /** Every problem of the file, as 「文件 … · 工作表 … · 第N行 · X列「…」：…」. */
  issues: string[];
  blankMeansZero: boolean;
  blankCells: number;
  /** Codes of the scope's pairings the file did not report. */
  missingCodes: string[];
  deleted?: 0 | 1;
};

export type TallyBatch = ImportBatch & { scope?: TallyScope; replacedBy?: string };

export type TallyCommit = {
  year: number;
  scope: TallyScope;
  /** The township the tally belongs to (the enterprise's township for an enterprise's tally). */
  townshipId: string;
  fileName: string;
  fileHash: string;
  rows: { pairingId: string; figures: Record<string, Record<string, FigureValue>> }[];
  rejected: number;
  issues: string[];
  blankMeansZero: boolean;
  blankCells: number;
  missingCodes: string[];
};

/** Live tally batches of a year (not undone, not replaced). */
export async function tallyBatches(db: AppDatabase, year: number): Promise<TallyBatch[]> {
  const all = (await db.importBatches.where('kind').equals('tally').toArray()) as TallyBatch[];
  return all.filter((b) => b.year === year && !b.undone);
}

/** Live tally reports of a year, oldest first (a later one wins for a pairing it repeats). */
export async function tallyReports(db: AppDatabase, year: number): Promise<StoredTally[]> {
  const reports = (await db.tallyReports.where('year').equals(year).toArray()) as StoredTally[];
  return reports.filter((r) => !r.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** One file's tally, as one batch; one bulk write at a time across windows (db/exclusive.ts), journaled. */
export function commitTally(db: AppDatabase, input: TallyCommit): Promise<{ batch: TallyBatch; replaced: TallyBatch[] }> {
  return runExclusive(db, 'tally', input.fileName, (journalId) => writeTally(db, input, journalId));
}

async function writeTally(db: AppDatabase, input: TallyCommit, journalId: string): Promise<{ batch: TallyBatch; replaced: TallyBatch[] }> {
  const time = nowIso();
  const batch: TallyBatch = {
    id: newId(),
    kind: 'tally',
    fileName: input.fileName,
    fileHash: input.fileHash,
    createdAt: time,
    counts: { added: input.rows.length, updated: 0, rejected: input.rejected },
    townshipId: input.townshipId,
    year: input.year,
    undone: false,
    scope: input.scope,
  };
  const report: StoredTally = {
    id: newId(),
    year: input.year,
    townshipId: input.townshipId,
    batchId: batch.id,
    rows: input.rows,
    createdAt: time,
    scope: input.scope,
    fileName: input.fileName,
    issues: input.issues,
    blankMeansZero: input.blankMeansZero,
    blankCells: input.blankCells,
    missingCodes: input.missingCodes,
  };
  let replaced: TallyBatch[] = [];
  // The new batch and report, the previous ones' removal, the audit entries and the journal commit together.
  await db.transaction('rw', db.importBatches, db.tallyReports, db.audit, db.journal, async () => {
    const previous = (await db.importBatches.where('[kind+year+townshipId]').equals(['tally', input.year, input.townshipId]).toArray()) as TallyBatch[];
    replaced = previous.filter((b) => !b.undone && b.scope?.kind === input.scope.kind && b.scope.id === input.scope.id);
    for (const old of replaced) {
      const marked: TallyBatch = { ...old, undone: true, undoneAt: time, replacedBy: batch.id };
      await db.importBatches.put(marked);
      const reports = await db.tallyReports.where('batchId').equals(old.id).toArray();
      await db.tallyReports.bulkDelete(reports.map((r) => r.id));
      for (const r of reports) await db.audit.add({ time, action: 'delete', entity: 'tallyReports', entityId: r.id, before: r, batchId: batch.id });
    }
    await db.importBatches.add(batch);
    await db.tallyReports.add(report);
    await db.audit.add({ time, action: 'create', entity: 'tallyReports', entityId: report.id, after: report, batchId: batch.id });
    await endJournal(db, journalId);
  });
  return { batch, replaced };
}

/** Withdraws a tally (撤销导入): its report goes, the batch is marked undone. */
export async function undoTally(db: AppDatabase, batchId: string): Promise<void> {
  await db.transaction('rw', db.importBatches, db.tallyReports, db.audit, async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch || batch.kind !== 'tally' || batch.undone) throw new Error('该年终统计已撤销或已被重新导入的文件替换');
    const time = nowIso();
    const reports = await db.tallyReports.where('batchId').equals(batchId).toArray();
    await db.tallyReports.bulkDelete(reports.map((r) => r.id));
    for (const r of reports) await db.audit.add({ time, action: 'delete', entity: 'tallyReports', entityId: r.id, before: r, batchId });
    await db.importBatches.put({ ...batch, undone: true, undoneAt: time });
  });
}
