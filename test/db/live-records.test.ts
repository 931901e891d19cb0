// The registry lists' live records (ui/records/live-records.ts): read by primary key without the
// deleted ones, kept live by the writes that follow, one read shared by every listener, and
// startable before any listener (the 人员 route's prefetch).
import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '@renderer/db/app-database';
import { markStoreReady } from '@renderer/db/store-ready';
import { prefetchRecords, recordsSnapshot, subscribeRecords } from '@renderer/ui/records/live-records';

const STAMP = '2026-01-01T00:00:00.000Z';
const person = (id: string, name: string, deleted: 0 | 1 = 0) => ({ id, name, orgKind: 'none', createdAt: STAMP, updatedAt: STAMP, deleted });
const ids = () => recordsSnapshot('persons')?.map((p) => (p as unknown as { id: string }).id);

describe('live registry records', () => {
  it('a prefetched read is what the first listener gets, without the deleted, and follows later writes', async () => {
    const db = getDatabase();
    await db.persons.bulkPut([person('p1', '王伟'), person('p2', '李丽', 1)] as never);
    // Nothing is read before the startup gate lets the app in (an upgrade's backup comes first).
    const reads = vi.spyOn(db, 'table');
    prefetchRecords('persons');
    // A few turns of the event loop: enough for an ungated prefetch to have read (it reads in one).
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(reads).not.toHaveBeenCalled();
    markStoreReady();
    await vi.waitFor(() => expect(ids()).toEqual(['p1']));
    const first = recordsSnapshot('persons');

    let calls = 0;
    const stopA = subscribeRecords('persons', () => calls++);
    const stopB = subscribeRecords('persons', () => calls++);
    expect(recordsSnapshot('persons')).toBe(first);

    await db.persons.put(person('p3', '张敏') as never);
    await vi.waitFor(() => expect(ids()).toEqual(['p1', 'p3']));
    expect(calls).toBe(2);

    await db.persons.update('p1', { deleted: 1 } as never);
    await vi.waitFor(() => expect(ids()).toEqual(['p3']));
    stopA();
    stopB();
  });
});
