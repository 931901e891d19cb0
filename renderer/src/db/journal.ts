// The operation journal: an entry written before an import, an undo of one or a restore, and
// deleted inside that operation's own write transaction (so the deletion commits with the
// data, or not at all). The entry is written in a transaction of its own and awaited, and
// the database commits with strict durability, so it survives the process being killed —
// localStorage, flushed lazily, might not. An entry found at start-up is an operation that
// was cut off before its data committed: nothing of it was written.
import type { AppDatabase } from './database';
import { newId, nowIso } from './audit';

export type JournalKind = 'import' | 'undo' | 'restore' | 'tally';

export type JournalEntry = {
  id: string;
  kind: JournalKind;
  /** What it worked on, as the user named it: the file name. */
  label: string;
  startedAt: string;
  /** For an undo of several batches (each its own transaction): their ids, to tell at start-up how far it got. */
  targets?: string[];
};

export const JOURNAL_LABELS: Record<JournalKind, string> = {
  import: '导入',
  undo: '撤销导入',
  restore: '从备份恢复',
  tally: '年终统计表导入',
};

export async function beginJournal(db: AppDatabase, kind: JournalKind, label: string, targets?: string[]): Promise<JournalEntry> {
  const entry: JournalEntry = { id: newId(), kind, label: label.slice(0, 200), startedAt: nowIso(), ...(targets ? { targets } : {}) };
  await db.journal.add(entry);
  return entry;
}

/** Deletes the entry; inside the operation's transaction this commits with its data. */
export async function endJournal(db: AppDatabase, id: string | undefined): Promise<void> {
  if (id) await db.journal.delete(id);
}

/** Entries left by operations that were cut off, oldest first. */
export async function interruptedOperations(db: AppDatabase): Promise<JournalEntry[]> {
  const all = await db.journal.toArray();
  return all.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function dismissInterrupted(db: AppDatabase, ids: readonly string[]): Promise<void> {
  await db.journal.bulkDelete([...ids]);
}
