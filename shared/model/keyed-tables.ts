// Which 信息库 tables carry stored search and sort keys (record-keys.ts computes them). Kept
// apart from the key functions, which bring pinyin-pro's dictionary: the store needs to know
// the tables at startup, the dictionary only when it first writes to one of them.

/** The tables whose records carry searchKeys and sortKey. */
export const KEYED_TABLES = ['townships', 'villages', 'enterprises', 'persons'] as const;
export type KeyedTable = (typeof KEYED_TABLES)[number];

export function isKeyedTable(table: string): table is KeyedTable {
  return (KEYED_TABLES as readonly string[]).includes(table);
}
