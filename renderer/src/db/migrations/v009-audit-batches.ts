// v009: the operation log keeps only the indexes its readers use. An import now writes one
// entry per batch and table for the records it creates (see repositories/import-batches), so
// the log's indexes are what an import pays for per entry. Kept: `time`, `[entity+time]` and
// `[action+time]` (the 操作日志 page's three queries), `batchId` (undo of an import) and
// `entityId` (a record's 变更记录, and the batch entry found by its batch id). Dropped:
// `entity` and `action` alone, which no query uses (the compound ones answer them).
// No data step: older per-record entries stay as they are and undo reads both shapes.
import type { Migration } from './types';

export const v009AuditBatches: Migration = {
  version: 9,
  name: 'audit-batches',
  stores: {
    audit: '++seq, time, entityId, batchId, [entity+time], [action+time]',
  },
};
