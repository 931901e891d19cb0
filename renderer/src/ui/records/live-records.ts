// The live records of a registry table, one read shared by every component that shows them,
// and startable before any of them renders: a route can begin reading its list while its page's
// code is still loading (prefetchRecords). The 50,000-person list's read starts that way with
// the router instead of after the page's first render, so IndexedDB reads while the app draws
// its frame (a CPU profile of the open showed the main thread idle ~0.4 s waiting on the read
// after ~0.8 s of boot in which no read was pending). A prefetch waits for the startup gate
// (db/store-ready.ts): it may come from the entry script, before the database is open.
//
// Read by primary key, the deleted ones dropped here, not through the `deleted` index: a live
// query over an index makes Dexie note every primary key it returned (a range-tree insert per
// row, 0.2–0.5 s of the person list's open), one over the primary key notes one range.
import { liveQuery, type Subscription } from 'dexie';
import { getDatabase } from '../../db/app-database';
import { whenStoreReady } from '../../db/store-ready';

type Row = { deleted: 0 | 1 };
type Entry = { value?: Row[]; error?: unknown; listeners: Set<() => void>; subscription: Subscription; release?: ReturnType<typeof setTimeout> };

const entries = new Map<string, Entry>();
/** How long a read nobody shows stays live: a page being left and another showing the same table soon. */
const KEEP_MS = 10_000;

/** The records not deleted, in the same order; the same array when none is. */
export function withoutDeleted<T extends Row>(records: T[]): T[] {
  return records.some((r) => r.deleted !== 0) ? records.filter((r) => r.deleted === 0) : records;
}

function entryOf(table: string): Entry {
  let entry = entries.get(table);
  if (!entry) {
    const e: Entry = { listeners: new Set(), subscription: undefined as unknown as Subscription };
    e.subscription = liveQuery(async () => withoutDeleted(await getDatabase().table<Row, string>(table).toArray())).subscribe({
      next: (value) => {
        e.value = value;
        e.error = undefined;
        e.listeners.forEach((l) => l());
      },
      error: (error: unknown) => {
        e.error = error;
        e.listeners.forEach((l) => l());
      },
    });
    entries.set(table, e);
    entry = e;
  }
  return entry;
}

function releaseLater(table: string, entry: Entry): void {
  clearTimeout(entry.release);
  entry.release = setTimeout(() => {
    if (entry.listeners.size > 0 || entries.get(table) !== entry) return;
    entry.subscription.unsubscribe();
    entries.delete(table);
  }, KEEP_MS);
}

/** Starts reading tables' live records once the store may be read (kept a while for the page about to show them). */
export function prefetchRecords(...tables: string[]): void {
  void whenStoreReady().then(() => {
    for (const table of tables) {
      const entry = entryOf(table);
      if (entry.listeners.size === 0) releaseLater(table, entry);
    }
  });
}

/** For useSyncExternalStore: listen to a table's live records. */
export function subscribeRecords(table: string, listener: () => void): () => void {
  const entry = entryOf(table);
  clearTimeout(entry.release);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) releaseLater(table, entry);
  };
}

/** The table's live records as last read (undefined before the first read); throws the read's error. */
export function recordsSnapshot(table: string): Row[] | undefined {
  const entry = entries.get(table);
  if (entry?.error) throw entry.error;
  return entry?.value;
}
