// v011: search and sort keys stored on the 信息库 records (shared/model/record-keys.ts). From
// this version the store fills them on every write; this fills them for the records written
// before, so the lists can read them instead of computing them when they open.
import { KEYED_TABLES, recordKeysOf } from '@shared/model/record-keys';
import type { Migration } from './types';

export const v011RecordKeys: Migration = {
  version: 11,
  name: 'record-keys',
  stores: {},
  upgrade: async (tx) => {
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
