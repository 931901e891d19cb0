import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { matchesQuery, normalizeQuery, pinyinSortKey, recordKeys } from '@renderer/ui/records/search-keys';
import { openApp, type AppSession } from '../support/app';
import { countText, openRegistry, poll, visible, autoDismissNotices } from './helpers';
import { base, generatePersons, putRecords } from './seed';

const N = 50_000;

describe('人员 50,000 条：虚拟滚动、拼音查找、排序', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await autoDismissNotices(app.page);
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists 50,000 persons, scrolls to the last, finds by pinyin and by name, and sorts', async () => {
    const { page } = app;
    page.setDefaultTimeout(60_000);
    const villageIds = Array.from({ length: 20 }, (_, i) => `v-${i}`);
    await putRecords(page, 'townships', [{ ...base('t-1'), name: '河田镇', kind: '镇', order: 1 }]);
    await putRecords(
      page,
      'villages',
      villageIds.map((id, i) => ({ ...base(id), townshipId: 't-1', name: `第${i + 1}村`, industries: [], partyOrg: {} })),
    );
    const persons = generatePersons(N, villageIds);
    for (let i = 0; i < N; i += 10_000) await putRecords(page, 'persons', persons.slice(i, i + 10_000));
    await page.reload();
    await openRegistry(page, '人员');
    await expect.poll(() => countText(page), { timeout: 120_000 }).toBe(`共 ${N} 条`);

    // The list is in pinyin order of the names (ties in storage order).
    const ordered = persons
      .map((p, i) => ({ p, i, key: pinyinSortKey(p.name as string, 'person') }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
      .map((x) => x.p);
    await visible(page.getByRole('cell', { name: ordered[0].phone as string }));
    await app.screenshot('registry-persons-50k');

    // Scroll the virtual body to the end: the last person is rendered.
    await page.getByTestId('list-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await visible(page.getByRole('cell', { name: ordered[N - 1].phone as string }));
    expect(await page.getByRole('row').count()).toBeLessThan(100);

    // Search by pinyin initials and by Chinese name: the counts are those of the same rule applied here.
    const expected = (q: string) => ordered.filter((p) => matchesQuery(recordKeys(p.name as string, 'person', [p.phone as string]), normalizeQuery(q)));
    const nameOf = (i: number) => persons[i].name as string;
    const initials = pinyin(nameOf(777), { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('');
    const spelled = pinyin(nameOf(999).slice(0, 2), { toneType: 'none', type: 'array', surname: 'head' }).join('');
    for (const q of [initials, spelled, nameOf(4321).slice(0, 2)]) {
      const hits = expected(q);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThan(N);
      await page.getByLabel('查找').fill(q);
      await poll(() => countText(page)).toBe(`找到 ${hits.length} 条（共 ${N} 条）`);
      await visible(page.getByRole('cell', { name: hits[0].phone as string }));
    }
    await app.screenshot('registry-persons-50k-search');

    // Sort by name, descending: the last in pinyin order comes first (stable among equal names).
    await page.getByLabel('查找').fill('');
    await poll(() => countText(page)).toBe(`共 ${N} 条`);
    const header = page.getByRole('columnheader', { name: '姓名' });
    await header.click();
    await header.click();
    await poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const lastKey = pinyinSortKey(ordered[N - 1].name as string, 'person');
    const firstDescending = ordered.find((p) => pinyinSortKey(p.name as string, 'person') === lastKey)!;
    await visible(page.getByRole('cell', { name: firstDescending.phone as string }));
  }, 900_000);
});
