// Whether the store is empty and which sample batch is loaded: read at every start (the
// first-start check, the top bar's tag, the 工作台's banner), so kept apart from loading and
// clearing the sample (sample-data.ts), which pull in the ledger's aggregate code.
import type { ImportBatch } from '@shared/model/types';
import type { AppDatabase } from './database';

export const SAMPLE_FILE_NAME = '示例数据：长汀县（2006—2008年）';

/** True when the store holds no registry, pairing or ledger data at all (deleted records count as data). */
export async function isStoreEmpty(db: AppDatabase): Promise<boolean> {
  // One key per table, not a count: IndexedDB counts by walking every key (50,000 persons took
  // 50–120 ms of each start in a trace), and one key is enough to know a table is not empty.
  const firstKeys = await Promise.all([db.townships, db.villages, db.enterprises, db.persons, db.pairings, db.ledger].map((t) => t.limit(1).primaryKeys()));
  return firstKeys.every((keys) => keys.length === 0);
}

/** The sample batch currently loaded, if any. */
export async function currentSampleBatch(db: AppDatabase): Promise<ImportBatch | undefined> {
  return (await db.importBatches.where('kind').equals('sample').toArray()).find((b) => !b.undone);
}
