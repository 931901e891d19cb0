// Tallies as a source of the year's figures, end to end: 河田镇's year-end tally (its own
// layout) imported through the UI, the annual table taking it instead of the ledger and saying
// so under the table, the 对账 page with its county totals switching 河田镇 to the ledger (stored,
// written to the 操作日志) and the annual table following, and the work summary written for a
// chosen year and date with one figure exact. Then the annual table by enterprise and by village.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';

const WAIT = { timeout: 30_000 };

type Entry = { pairingId?: string; townshipId: string; year: number; type: string; figures: Record<string, unknown>; deleted: number };

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The text of a body row's cell under a leaf column header, in the active tab of the annual table. */
function cellText(page: Page, rowLabel: string, header: string): Promise<string> {
  return page.evaluate(
    ([rowLabel, header]) => {
      const pane = document.querySelector('[role=tabpanel]:not(.ant-tabs-content-hidden)');
      if (!pane) return '(no tab)';
      const headerRows = [...pane.querySelectorAll('thead tr')];
      const leaves = [...headerRows[headerRows.length - 1].querySelectorAll('th')].map((th) => th.textContent ?? '');
      // The row labels span both header rows: they come before the leaves in the body.
      const labels = [...headerRows[0].querySelectorAll('th')].filter((th) => th.getAttribute('rowspan') === '2').length;
      const row = [...pane.querySelectorAll('tbody tr, tfoot tr')].find((tr) => tr.querySelector('td')?.textContent?.replace(/\s*报$/, '') === rowLabel);
      if (!row) return '(no row)';
      // Column position counted over colSpans (the total's label spans the label columns).
      let at = 0;
      for (const td of row.querySelectorAll('td')) {
        if (at === labels + leaves.indexOf(header)) return td.textContent ?? '';
        at += td.colSpan;
      }
      return '(no cell)';
    },
    [rowLabel, header],
  );
}

const wan = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

describe('统计报表: tallies as a source of the year’s figures, under one rule', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('takes an imported tally into the annual table, switches the township to the ledger on the 对账 page, and writes the summary for chosen years and date', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    const townships = await readLive<{ id: string; name: string; deleted: number }>(page, 'townships');
    const hetian = townships.find((t) => t.name === '河田镇')!;
    const ledger = (await readLive<Entry>(page, 'ledger')).filter((e) => e.year === 2008 && e.townshipId === hetian.id);
    const ledgerSent = ledger.filter((e) => e.type === 'labour').reduce((s, e) => s + Number(e.figures.sent ?? 0), 0);

    // 1. 河田镇's tally, in the township's own layout: 100 workers sent (30 skilled) per pairing.
    const pairings = (await readLive<{ id: string; enterpriseId: string; villageId: string; responsibleTownshipId: string; status: string; deleted: number }>(page, 'pairings')).filter(
      (p) => p.responsibleTownshipId === hetian.id && p.status === '已批准',
    );
    const enterprises = new Map((await readLive<{ id: string; name: string; deleted: number }>(page, 'enterprises')).map((e) => [e.id, e.name]));
    const villages = new Map((await readLive<{ id: string; name: string; deleted: number }>(page, 'villages')).map((v) => [v.id, v.name]));
    const lines = [
      '河田镇2008年村企联建工作情况统计表',
      '序号,联建点,输送劳动力（人）,技术工人（人）',
      ...pairings.map((p, i) => `${i + 1},${enterprises.get(p.enterpriseId)}—${villages.get(p.villageId)},100,30`),
    ];
    const tallySent = 100 * pairings.length;
    expect(tallySent).not.toBe(ledgerSent);

    // 2. Imported through 报送情况.
    await page.getByRole('menuitem', { name: /年终统计/ }).click();
    await page.getByRole('menuitem', { name: /报送情况/ }).click();
    await page.getByRole('button', { name: '导入年终统计表' }).click();
    const dialog = page.getByRole('dialog', { name: '导入2008年年终统计表' });
    await dialog.locator('input[type=file]').setInputFiles([{ name: '河田镇2008年统计.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${lines.join('\r\n')}`) }]);
    const card = dialog.getByTestId('tally-file-河田镇2008年统计.csv');
    await expect.poll(() => card.getByText('河田镇 · 2008年').isVisible(), WAIT).toBe(true);
    await expect.poll(() => card.getByText(`可导入 ${pairings.length} 个联建点`).isVisible(), WAIT).toBe(true);
    await card.getByRole('button', { name: '导入此文件' }).click();
    await expect.poll(() => card.getByText(/^已导入/).isVisible(), WAIT).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => page.getByRole('row', { name: /河田镇/ }).getByText('已收到').isVisible(), WAIT).toBe(true);

    // 3. The annual table takes the tally for 河田镇 — not its ledger, not both — and says so under the table.
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '全县合计' }).isVisible(), WAIT).toBe(true);
    await page.getByRole('tab', { name: '联建成效' }).click();
    await expect.poll(() => cellText(page, '河田镇', '输送人数（人）'), WAIT).toBe(wan(tallySent));
    const note = page.getByTestId('annual-sources');
    await expect.poll(() => note.textContent(), WAIT).toContain(`2008年联建成效：1个乡镇（开发区）取自年终统计表（河田镇），${townships.length - 1}个取自台账。`);
    // The township's row says its figures are its tally's.
    await expect.poll(() => page.getByRole('row', { name: /河田镇/ }).first().locator('.ant-tag').textContent(), WAIT).toBe('报');
    await app.screenshot('annual-table-tally-township');

    // 5. 对账: both side by side, the county totals, and 河田镇 switched to its ledger.
    await page.getByRole('menuitem', { name: /对账/ }).click();
    const row = page.getByRole('row', { name: /河田镇/ });
    await expect.poll(() => row.getByText('已报送').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByTestId('reconcile-sources').textContent(), WAIT).toContain(`年度统计表中 1 个取自年终统计表，${townships.length - 1} 个取自台账`);
    const countySent = page.getByTestId('reconcile-county').getByRole('row', { name: /输送人数/ });
    await expect.poll(async () => (await countySent.textContent())?.includes(wan(tallySent)), WAIT).toBe(true);
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('tab', { name: '按联建点' }).click();
    await app.screenshot('reconcile-tally');
    await row.getByText('台账', { exact: true }).click();
    await expect.poll(() => page.getByText('河田镇2008年改为采用台账的数字').isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByTestId('reconcile-sources').textContent(), WAIT).toContain(`年度统计表中 0 个取自年终统计表，${townships.length} 个取自台账`);
    await app.screenshot('reconcile-switched');
    const choices = await readTable<{ year: number; townshipId: string; source: string }>(page, 'figureSources');
    expect(choices).toEqual([expect.objectContaining({ year: 2008, townshipId: hetian.id, source: 'ledger' })]);
    const audit = (await readTable<{ entity: string; action: string }>(page, 'audit')).filter((a) => a.entity === 'figureSources');
    expect(audit.map((a) => a.action)).toEqual(['create']);

    // 6. The annual table follows: 河田镇 back on its ledger.
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    await page.getByRole('tab', { name: '联建成效' }).click();
    await expect.poll(() => cellText(page, '河田镇', '输送人数（人）'), WAIT).toBe(wan(ledgerSent));
    await expect.poll(() => note.textContent(), WAIT).toContain(`${townships.length}个乡镇（开发区）均取自台账（其中河田镇已报送年终统计表，经对账采用台账数）`);
    expect(await page.getByRole('row', { name: /河田镇/ }).first().locator('.ant-tag').count()).toBe(0);

    // 7. The summary of 2008 alone, dated 2009年1月20日, the skilled workers written exactly: the ledger's now.
    const skilled2008 = (await readLive<Entry>(page, 'ledger')).filter((e) => e.year === 2008 && e.type === 'labour').reduce((s, e) => s + Number(e.figures.skilled ?? 0), 0);
    await page.getByRole('menuitem', { name: /工作总结数字/ }).click();
    await page.getByLabel('截至年度').fill('2008');
    await page.getByLabel('起始年度').fill('2008');
    await page.getByLabel('成文日期').click();
    await page.getByLabel('成文日期').fill('2009-01-20');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('标题', { exact: true }).inputValue(), WAIT).toBe('长汀县2008年村企党组织联建工作情况');
    await expect.poll(() => page.getByTestId('summary-sources').textContent(), WAIT).toContain('2009年1月20日');
    await page.getByLabel('输送技术工人的写法').getByText('精确', { exact: true }).click();
    const paragraph = page.getByLabel('数字段落');
    await expect.poll(() => paragraph.inputValue(), WAIT).toContain(`联建村共向企业输送技术工人${skilled2008}名。`);
    expect(await paragraph.inputValue()).toContain('安排就业人员4万多人');
    await app.screenshot('summary-chosen-year');
    const docx = await download(page, () => page.getByRole('button', { name: '导出 Word' }).click());
    expect(docx.name).toBe('长汀县2008年村企党组织联建工作情况.docx');
    const xml = (await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const text of ['长汀县2008年村企党组织联建工作情况', '2009年1月20日', `输送技术工人${skilled2008}名`]) expect(xml).toContain(text);
  });

  it('groups the annual table by enterprise and by village, with the same columns and county total, and exports it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await expect.poll(() => page.getByTestId('sample-data-tag').isVisible(), WAIT).toBe(true);
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: /年度统计表/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '全县合计' }).isVisible(), WAIT).toBe(true);
    await page.getByRole('tab', { name: '联建成效' }).click();
    await expect.poll(() => cellText(page, '全县合计', '输送人数（人）'), WAIT).toMatch(/^[\d,]+$/);
    const countyTotal = await cellText(page, '全县合计', '输送人数（人）');
    await page.getByLabel('分组').getByText('按企业', { exact: true }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: '所属乡镇' }).first().isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '福建台慧体育器材有限公司' }).first().isVisible(), WAIT).toBe(true);
    expect(await cellText(page, '全县合计', '输送人数（人）')).toBe(countyTotal);
    await app.screenshot('annual-table-by-enterprise');
    await page.getByLabel('分组').getByText('按村', { exact: true }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: '村', exact: true }).first().isVisible(), WAIT).toBe(true);
    expect(await cellText(page, '全县合计', '输送人数（人）')).toBe(countyTotal);
    await app.screenshot('annual-table-by-village');

    const xlsx = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    expect(xlsx.name).toBe('长汀县村企联建工作年度统计表（2008年）（按村）.xlsx');
  });
});
