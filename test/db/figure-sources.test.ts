// The office's choice of the figures that stand (对账): one record per township and year,
// every change in the 操作日志 with what it was before, refused for a township that is gone.
import { describe, expect, it } from 'vitest';
import { chooseFigureSource, figureSourceChoices } from '@renderer/db/repositories/figure-sources';
import { freshStore } from './helpers';

async function withTownship() {
  const store = freshStore();
  const t = await store.townships.create({ name: '河田镇', kind: '镇', order: 7 });
  return { db: store.db, store, townshipId: t.id };
}

describe('统计采用数字 in the store', { timeout: 60_000 }, () => {
  it('keeps one choice per township and year, and writes each change to the audit log', async () => {
    const { db, townshipId } = await withTownship();
    expect(await chooseFigureSource(db, { year: 2008, townshipId, source: 'ledger' })).toBe(true);
    expect(await chooseFigureSource(db, { year: 2008, townshipId, source: 'ledger' })).toBe(false);
    expect(await chooseFigureSource(db, { year: 2008, townshipId, source: 'tally' })).toBe(true);
    await chooseFigureSource(db, { year: 2007, townshipId, source: 'ledger' });
    expect((await figureSourceChoices(db, 2008, 2008)).map((c) => [c.year, c.source])).toEqual([[2008, 'tally']]);
    expect(await figureSourceChoices(db, 2006, 2008)).toHaveLength(2);
    const audit = (await db.audit.where('entity').equals('figureSources').toArray()).map((a) => [a.action, (a.before as { source?: string } | undefined)?.source, (a.after as { source: string }).source]);
    expect(audit).toEqual([
      ['create', undefined, 'ledger'],
      ['update', 'ledger', 'tally'],
      ['create', undefined, 'ledger'],
    ]);
  });

  it('refuses a township that does not exist and a source that is neither, writing nothing', async () => {
    const { db, store, townshipId } = await withTownship();
    await expect(chooseFigureSource(db, { year: 2008, townshipId: 'gone', source: 'ledger' })).rejects.toThrow('该乡镇已不存在');
    await store.townships.remove(townshipId);
    await expect(chooseFigureSource(db, { year: 2008, townshipId, source: 'ledger' })).rejects.toThrow('该乡镇已不存在');
    await expect(chooseFigureSource(db, { year: 2008, townshipId, source: 'both' as 'ledger' })).rejects.toThrow('采用的数字应为');
    expect(await db.figureSources.count()).toBe(0);
  });
});
