// Two windows (or two clicks) that previewed the same file before either committed: the
// second commit finds, inside its transaction, that the records' natural keys are now taken,
// and refuses with a message — the store keeps one of each. Also the bulk-write lock across
// windows and the journal an interrupted operation leaves behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Village } from '@shared/model/types';
import { CLASH_HEAD, commitImport, undoImportBatch, type CommitPlan } from '@renderer/db/repositories/import-batches';
import { BusyError, DATA_LOCK, runExclusive } from '@renderer/db/exclusive';
import { beginJournal, interruptedOperations } from '@renderer/db/journal';
import { describeInterrupted } from '@renderer/features/backup/interrupted';
import { freshStore } from '../helpers';

const village = (townshipId: string, name: string, extra: Partial<Village> = {}) => ({ townshipId, name, industries: [], partyOrg: {}, ...extra });
const NAMES = ['东关村', '黄馆村', '红星村', '新华村', '丰收村'];

/** What a preview of the 5-village file makes: one batch, five creates with fresh ids. */
function previewOf(townshipId: string): CommitPlan {
  return {
    batches: [{ kind: 'villages', fileName: '五个村.xlsx', fileHash: 'cd'.repeat(32), counts: { added: 5, updated: 0, rejected: 0 } }],
    writes: NAMES.map((name) => ({ action: 'create' as const, table: 'villages' as const, batch: 0, id: crypto.randomUUID(), draft: village(townshipId, name) })),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the commit re-checks natural keys inside its transaction', () => {
  it('a second commit of the same file, previewed before the first committed, is refused and writes nothing', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const first = previewOf(hetian.id);
    const second = previewOf(hetian.id);
    await commitImport(store.db, first);
    const error = (await commitImport(store.db, second).catch((e: unknown) => e)) as { messages: string[] };
    expect(error.messages[0]).toBe(CLASH_HEAD);
    expect(error.messages).toContain('村「东关村」：已有村「东关村」（所属乡镇和村名相同）');
    expect(await store.villages.count()).toBe(5);
    expect(await store.db.importBatches.count()).toBe(1);
  });

  it('checks the USCC too, and records created for unknown names (a township made twice)', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    await store.enterprises.create({ townshipId: hetian.id, name: '红都纺织', uscc: '91350100M000100Y43', aboveScale: false, partyOrg: { type: '未建立' } });
    const plan: CommitPlan = {
      batches: [{ kind: 'enterprises', fileName: '企业.xlsx', fileHash: '', counts: { added: 2, updated: 0, rejected: 0 } }],
      writes: [
        { action: 'create', table: 'townships', batch: 0, id: 't-new', draft: { name: '河田镇', kind: '镇', order: 2 } },
        { action: 'create', table: 'enterprises', batch: 0, id: 'e-new', draft: { townshipId: hetian.id, name: '另一家', uscc: '91350100M000100Y43', aboveScale: false, partyOrg: { type: '未建立' } } },
      ],
    };
    const error = (await commitImport(store.db, plan).catch((e: unknown) => e)) as { messages: string[] };
    expect(error.messages).toEqual([CLASH_HEAD, '乡镇「河田镇」：已有乡镇「河田镇」（乡镇名称相同）', '企业「另一家」：已有企业「红都纺织」（统一社会信用代码相同）']);
    expect(await store.townships.count()).toBe(1);
    expect(await store.enterprises.count()).toBe(1);
  });

  it('an undone batch frees its keys: the same file imports again', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const [b] = await commitImport(store.db, previewOf(hetian.id));
    await undoImportBatch(store.db, b!.id);
    await commitImport(store.db, previewOf(hetian.id));
    expect(await store.villages.count()).toBe(5);
  });
});

/** A stand-in for navigator.locks with the ifAvailable semantics (one holder per name). */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    async request(name: string, optionsOrCallback: unknown, maybeCallback?: (lock: unknown) => Promise<unknown>) {
      const callback = (maybeCallback ?? optionsOrCallback) as (lock: unknown) => Promise<unknown>;
      const ifAvailable = typeof optionsOrCallback === 'object' && (optionsOrCallback as { ifAvailable?: boolean }).ifAvailable;
      if (held.has(name)) {
        if (ifAvailable) return callback(null);
        throw new Error('would wait');
      }
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

describe('one bulk write at a time across windows, journaled', () => {
  it('a second window asking while one holds the lock is told at once, and writes nothing', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    locks.held.add(DATA_LOCK);
    await expect(runExclusive(store.db, 'import', '五个村.xlsx', (journalId) => commitImport(store.db, previewOf(hetian.id), { journalId }))).rejects.toBeInstanceOf(BusyError);
    expect(await store.villages.count()).toBe(0);
    expect(await interruptedOperations(store.db)).toEqual([]);
    locks.held.delete(DATA_LOCK);
    await runExclusive(store.db, 'import', '五个村.xlsx', (journalId) => commitImport(store.db, previewOf(hetian.id), { journalId }));
    expect(await store.villages.count()).toBe(5);
  });

  it('the journal entry is written before and deleted with the data; a refused commit leaves none', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    let during: unknown[] = [];
    await runExclusive(store.db, 'import', '五个村.xlsx', async (journalId) => {
      during = await interruptedOperations(store.db);
      return commitImport(store.db, previewOf(hetian.id), { journalId });
    });
    expect(during).toEqual([expect.objectContaining({ kind: 'import', label: '五个村.xlsx' })]);
    expect(await interruptedOperations(store.db)).toEqual([]);
    await expect(runExclusive(store.db, 'import', '五个村.xlsx', (journalId) => commitImport(store.db, previewOf(hetian.id), { journalId }))).rejects.toThrow();
    expect(await interruptedOperations(store.db)).toEqual([]);
  });

  it('an entry left by a process killed before its commit reads as "interrupted, nothing written"', async () => {
    const store = freshStore();
    const entry = await beginJournal(store.db, 'import', '五个村.xlsx');
    // (the process dies here: no commit, no cleanup)
    const [left] = await interruptedOperations(store.db);
    expect(left).toEqual(entry);
    const notice = describeInterrupted(left!, new Map());
    expect(notice.title).toBe('上次的导入没有完成');
    expect(notice.text).toMatch(/导入「五个村.xlsx」没有完成（程序被关闭或断电）。这次导入没有写入任何数据，当前数据与开始前相同/);
  });

  it('an undo of two files cut off after the first says how far it got', async () => {
    const store = freshStore();
    const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const [a] = await commitImport(store.db, previewOf(hetian.id));
    const other = previewOf(hetian.id);
    other.batches[0]!.fileName = '另一个.xlsx';
    other.writes.forEach((w) => w.action === 'create' && (w.draft.name = `${String(w.draft.name)}二`));
    const [b] = await commitImport(store.db, other);
    const entry = await beginJournal(store.db, 'undo', '五个村.xlsx、另一个.xlsx', [a!.id, b!.id]);
    await undoImportBatch(store.db, a!.id);
    // (killed before the second batch)
    const batches = new Map((await store.db.importBatches.toArray()).map((x) => [x.id, x]));
    const notice = describeInterrupted((await interruptedOperations(store.db))[0]!, batches);
    expect(entry.targets).toEqual([a!.id, b!.id]);
    expect(notice.title).toBe('撤销导入只完成了一部分');
    expect(notice.text).toMatch(/「五个村.xlsx」的导入已撤销，其余 1 个文件的导入没有撤销/);
  });
});
