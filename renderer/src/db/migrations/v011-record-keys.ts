// v011: search and sort keys stored on the 信息库 records (shared/model/record-keys.ts). From
// this version the store fills them on every write; this fills them for the records written
// before, so the lists can read them instead of computing them when they open.
import { KEYED_TABLES } from '@shared/model/keyed-tables';
import { loadRecordKeys } from '../record-keys-middleware';
import type { Migration } from './types';

export const v011RecordKeys: Migration = {
  version: 11,
  name: 'record-keys',
  stores: {},
  // The key functions load on demand (they bring pinyin-pro): loaded before the upgrade opens,
  // so that the await below finds them loaded and the upgrade's transaction stays open.
  prepare: loadRecordKeys,
  upgrade: async (tx) => {
    const { recordKeysOf } = await loadRecordKeys();
    for (const table of KEYED_TABLES) {
      await tx
        .table(table)
        .toCollection()
        .modify((r: Record<string, unknown>) => {
          Object.assign(r, recordKeysOf(table, r));
        });
    }
  },
};
