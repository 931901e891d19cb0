// The search and sort keys of a list's records. The store writes them on every record
// (record-keys-middleware.ts), so a list reads them as they are and opens without the key
// functions (pinyin-pro and its dictionary, ~290 kB, which a CPU profile of a list's cold open
// showed loading and setting up with the page). Only a record written around the store,
// without keys, makes the list load the key functions and wait for them.
import { useEffect, useMemo, useState } from 'react';
import type { KeyedTable, RecordKeys } from '@shared/model/record-keys';
import { loadRecordKeys, recordKeysIfLoaded, type KeyFunctions } from '../../../db/record-keys-middleware';

type MaybeKeyed = { searchKeys?: unknown; sortKey?: unknown };

const hasKeys = (r: MaybeKeyed): r is RecordKeys => typeof r.searchKeys === 'string' && typeof r.sortKey === 'string';
const stored = (r: MaybeKeyed): RecordKeys => {
  const { searchKeys, sortKey } = r as RecordKeys;
  return { searchKeys, sortKey };
};

/**
 * A function giving each record's keys, or undefined until `records` have come (and, when one
 * of them has no keys, until the key functions have loaded).
 */
export function useKeysOf<R extends object>(table: KeyedTable, records: readonly R[] | undefined): ((r: R) => RecordKeys) | undefined {
  const [functions, setFunctions] = useState<KeyFunctions | undefined>(recordKeysIfLoaded);
  const needsFunctions = !functions && records !== undefined && !records.every((r) => hasKeys(r as MaybeKeyed));
  useEffect(() => {
    if (needsFunctions) void loadRecordKeys().then(setFunctions);
  }, [needsFunctions]);
  return useMemo(() => {
    if (records === undefined || needsFunctions) return undefined;
    if (!functions) return stored;
    return (r: R) => functions.keysOf(table, r as MaybeKeyed as { searchKeys?: string; sortKey?: string });
  }, [records, needsFunctions, functions, table]);
}
