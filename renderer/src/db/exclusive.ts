// One bulk write at a time across every window of the app: imports, undoing an import and
// restores take a Web Lock (navigator.locks, shared by the tabs of one browser profile), and
// a second window asking while one holds it is told at once instead of writing over it.
// The operation also gets a journal entry (journal.ts) for as long as it runs.
import type { AppDatabase } from './database';
import { beginJournal, endJournal, type JournalKind } from './journal';

export const DATA_LOCK = 'cunqi-lianjian-bulk-write';

export const BUSY_MESSAGE = '另一个窗口正在导入、撤销或恢复数据，请等它完成后再试（本窗口未做任何更改）。';

export class BusyError extends Error {
  readonly messages = [BUSY_MESSAGE];
  constructor() {
    super(BUSY_MESSAGE);
    this.name = 'BusyError';
  }
}

type Locks = {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

function locks(): Locks | undefined {
  return (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
}

/**
 * Runs `work` holding the lock, with a journal entry; `work` gets the entry's id to delete
 * inside its write transaction. Throws BusyError when another window holds the lock.
 * (Where the platform has no Web Locks — the store tests in Node — there is one window.)
 */
export async function runExclusive<T>(db: AppDatabase, kind: JournalKind, label: string, work: (journalId: string) => Promise<T>, targets?: string[]): Promise<T> {
  const run = async () => {
    const entry = await beginJournal(db, kind, label, targets);
    try {
      return await work(entry.id);
    } finally {
      // Gone already when the write committed; after a failure nothing was written, so it goes too.
      await endJournal(db, entry.id).catch(() => undefined);
    }
  };
  const api = locks();
  if (!api) return run();
  return api.request(DATA_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) throw new BusyError();
    return run();
  });
}

/**
 * Runs `work` once no window holds the lock (waiting for it): a journal entry read then
 * belongs to an operation that was cut off, not to one another window is running.
 */
export async function whenNoBulkWrite<T>(work: () => Promise<T>): Promise<T> {
  const api = locks();
  return api ? api.request(DATA_LOCK, () => work()) : work();
}
