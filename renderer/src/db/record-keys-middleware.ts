// Fills searchKeys and sortKey (shared/model/record-keys.ts) on every record of 乡镇, 村, 企业
// and 人员 the store writes — add, put, bulk writes, modify and update alike — so the lists
// read them instead of computing pinyin for every record when they open. A DBCore
// middleware sees every write whatever door it comes through (forms, import, restore,
// sample data, undo). The caller's objects are not touched: audit entries keep the record
// as the caller gave it.
import type { DBCore, Middleware } from 'dexie';
import { isKeyedTable, withRecordKeys } from '@shared/model/record-keys';

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
            return table.mutate({ ...req, values: req.values.map((v: object) => withRecordKeys(name, v)) });
          },
        };
      },
    };
  },
};
