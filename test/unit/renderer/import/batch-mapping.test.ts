// One mapping for a whole batch (issue 16 item 4): a mapping set by hand for one file starts
// every other file of the same header layout, unless that file was mapped by hand itself or is
// already imported; each file says where its mapping came from.
import { describe, expect, it } from 'vitest';
import { batchMapping, describeMappingSource, followers, type BatchItem, type Mapping } from '@renderer/features/import/mappings';

type Item = BatchItem & { mapping?: Mapping };
const item = (id: string, position: number, signature: string, over: Partial<Item> = {}): Item => ({ id, position, fileName: `${id}.xlsx`, signature, source: { kind: 'auto' }, ...over });

describe('batch mappings', () => {
  const byHand: Mapping = new Map([[5, 'training.sessions']]);

  it('a new file of a layout mapped by hand takes the first such mapping, in batch order', () => {
    const batch = [item('c', 3, 'L', { source: { kind: 'manual' }, mapping: new Map([[5, null]]) }), item('a', 1, 'L', { source: { kind: 'manual' }, mapping: byHand }), item('b', 2, 'M', { source: { kind: 'manual' }, mapping: byHand })];
    const found = batchMapping(batch, 'L', (i) => i.mapping);
    expect(found?.mapping).toEqual(byHand);
    expect(found?.mapping).not.toBe(byHand);
    expect(found?.source).toEqual({ kind: 'batch', position: 1, fileName: 'a.xlsx' });
    expect(batchMapping(batch, 'N', (i) => i.mapping)).toBeNull();
    expect(batchMapping([item('d', 1, 'L', { mapping: byHand })], 'L', (i) => i.mapping)).toBeNull();
  });

  it('a mapping set by hand goes to the same layout only, never over another set by hand or an imported file', () => {
    const changed = item('a', 1, 'L');
    const batch = [
      changed,
      item('b', 2, 'L'),
      item('c', 3, 'L', { source: { kind: 'saved', savedAt: '2008-12-20T02:00:00.000Z' } }),
      item('d', 4, 'L', { source: { kind: 'manual' } }),
      item('e', 5, 'L', { locked: true }),
      item('f', 6, 'M'),
      item('g', 7, undefined as unknown as string, { signature: undefined }),
    ];
    expect(followers(batch, changed).map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('says where each mapping came from', () => {
    expect(describeMappingSource({ kind: 'batch', position: 1, fileName: '策武镇.csv' })).toBe('沿用第1个文件（策武镇.csv）的列对应');
    expect(describeMappingSource({ kind: 'saved', savedAt: '2008-12-20T02:00:00.000Z' })).toMatch(/^沿用上次保存的列对应（2008-12-20）$/);
    expect(describeMappingSource({ kind: 'auto' })).toBe('按表头自动识别的列对应');
    expect(describeMappingSource({ kind: 'manual' })).toMatch(/^本文件手动指定的列对应/);
  });
});
