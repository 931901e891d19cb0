// The search and sort keys of the 信息库 records (乡镇, 村, 企业, 人员), kept on the records
// themselves: the store fills them on every write (renderer/src/db/record-keys-middleware.ts,
// and migration v011 for records written before), so a list of 50,000 persons opens without
// computing 50,000 pinyin spellings. One function for every way in — forms, import, restore,
// sample data, test seeds — so no door writes other keys. A change to what the keys hold
// needs a migration that fills them again.
import { pinyinSortKey, recordKeys } from './search-keys';
import type { KeyedTable } from './keyed-tables';

export { KEYED_TABLES, isKeyedTable, type KeyedTable } from './keyed-tables';

/** The stored keys: searchKeys as search-keys.ts's recordKeys, sortKey as its pinyinSortKey. */
export type RecordKeys = { searchKeys: string; sortKey: string };

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const secretary = (r: Row) => str((r.partyOrg as Row | undefined)?.secretary);

/** The keys of one record of a keyed table; what the lists search (name, pinyin, codes) and sort by. */
export function recordKeysOf(table: KeyedTable, r: Row): RecordKeys {
  const name = str(r.name) ?? '';
  switch (table) {
    case 'townships':
      return { searchKeys: recordKeys(name, 'place', [str(r.leaderName)]), sortKey: pinyinSortKey(name) };
    case 'villages':
      return { searchKeys: recordKeys(name, 'place', [str(r.areaCode), secretary(r)]), sortKey: pinyinSortKey(name) };
    case 'enterprises':
      return { searchKeys: recordKeys(name, 'place', [str(r.uscc), secretary(r)]), sortKey: pinyinSortKey(name) };
    case 'persons':
      return { searchKeys: recordKeys(name, 'person', [str(r.phone), str(r.idNumber)]), sortKey: pinyinSortKey(name, 'person') };
  }
}

/** A copy of the record with its keys filled (the caller's object is left alone). */
export function withRecordKeys<T extends object>(table: KeyedTable, record: T): T & RecordKeys {
  return { ...record, ...recordKeysOf(table, record as Row) };
}

/** The keys a record carries, or computed when it has none (a record written around the store). */
export function keysOf(table: KeyedTable, r: { searchKeys?: string; sortKey?: string }): RecordKeys {
  return typeof r.searchKeys === 'string' && typeof r.sortKey === 'string' ? (r as RecordKeys) : recordKeysOf(table, r as Row);
}
