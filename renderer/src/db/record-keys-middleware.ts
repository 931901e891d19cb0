// Fills searchKeys and sortKey (shared/model/record-keys.ts) on every record of 乡镇, 村, 企业
// and 人员 the store writes — add, put, bulk writes, modify and update alike — so the lists
// read them instead of computing pinyin for every record when they open. A DBCore
// middleware sees every write whatever door it comes through (forms, import, restore,
// sample data, undo). The caller's objects are not touched: audit entries keep the record
// as the caller gave it.
//
// The key functions bring pinyin-pro and its dictionary (~290 kB), which the first screen does
// not need: they are loaded after the first paint (loadRecordKeys, called by main.tsx), and a
// write that comes before them waits inside its transaction (keptAliveUntil).
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isKeyedTable } from '@shared/model/keyed-tables';

export type KeyFunctions = typeof import('@shared/model/record-keys');

let loaded: KeyFunctions | undefined;
let loading: Promise<KeyFunctions> | undefined;

/** The key functions if they have loaded, else undefined (without loading them). */
export function recordKeysIfLoaded(): KeyFunctions | undefined {
  return loaded;
}

/** Loads the key functions once; every later call returns the same promise. */
export function loadRecordKeys(): Promise<KeyFunctions> {
  loading ??= import('@shared/model/record-keys').then((m) => (loaded = m));
  return loading;
}

/**
 * Waits for `promise` inside an open transaction. IndexedDB commits a transaction as soon as
 * no request of it is pending when control returns to the event loop, and a module load is
 * not a request; so a cheap read is kept pending until the promise settles (what Dexie's own
 * waitFor does).
 */
async function keptAliveUntil<T>(promise: Promise<T>, table: DBCoreTable, trans: DBCoreTransaction): Promise<T> {
  let settled = false;
  const done = promise.finally(() => (settled = true));
  done.catch(() => undefined);
  while (!settled) await table.get({ trans, key: -Infinity });
  return done;
}

export const recordKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'record-keys',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isKeyedTable(name)) return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const keyed = (keys: KeyFunctions) => ({ ...req, values: req.values.map((v: object) => keys.withRecordKeys(name, v)) });
            // Loaded (the usual case): the write is issued at once, in the order it was asked for.
            if (loaded) return table.mutate(keyed(loaded));
            return keptAliveUntil(loadRecordKeys(), table, req.trans).then((keys) => table.mutate(keyed(keys)));
          },
        };
      },
    };
  },
};
