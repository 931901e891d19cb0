// Fault row "quota exceeded during a write", against the import pipeline's own commit
// (commitImport): IndexedDB refuses a write part-way through a 300-record batch; nothing of
// the batch is kept, the user's message is the clear one, and the next commit works.
import { describe, expect, it } from 'vitest';
import { commitImport, type CommitPlan } from '@renderer/db/repositories/import-batches';
import { errorMessages } from '@renderer/ui/errors';
import { freshStore } from '../helpers';
import { dump, quotaAfter } from './support';

function plan(townshipId: string, n: number, prefix: string): CommitPlan {
  return {
    batches: [{ kind: 'villages', fileName: '村情信息表.xlsx', fileHash: 'cd'.repeat(32), counts: { added: n, updated: 0, rejected: 0 } }],
    writes: Array.from({ length: n }, (_, i) => ({
      action: 'create' as const,
      table: 'villages' as const,
      batch: 0,
      id: `${prefix}-${i}`,
      draft: { townshipId, name: `第${i + 1}村`, industries: [], partyOrg: {} },
    })),
  };
}

describe('quota exceeded during a write (fault row): in the middle of an import commit (commitImport)', () => {
  it('rolls the whole batch back with a clear message, and the app keeps working', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const before = await dump(store.db);
    const fault = await quotaAfter(store.db, 150);

    const error = await commitImport(store.db, plan(hetian.id, 300, 'v')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(errorMessages(error)).toEqual(['磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。']);
    fault.armed = false;
    expect(await dump(store.db)).toEqual(before);

    const [batch] = await commitImport(store.db, plan(hetian.id, 300, 'w'));
    expect(batch?.counts.added).toBe(300);
    expect(await store.villages.count()).toBe(300);
  });
});
