// 绩效考评 end to end over the sample county: a scheme cut down to one computed indicator
// (劳务输送 from the ledger) and one hand-scored one (工作实绩) — first refused because its
// weights do not make the total, with the difference shown — hand scores for three
// pairings, the scores computed with shared ranks and grades, the score sheet exported, and
// 「从考评推荐」 in a commendation round proposing the top pairings and their villages.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { expectToast } from '../support/toast';
import { closeBackupReminder } from '../commendation/registry-ui';
import { livePairings, loadSample, run, saveDialog, until } from './helpers';

const OUT = fileURLToPath(new URL('../../../test-results/supervision/', import.meta.url));

type Aggregate = { pairingId?: string; year: number; type: string; sums: Record<string, number> };
type Evaluation = { year: number; scheme: { total: number; indicators: { key: string; kind: string; weight: number; max: number }[] }; result?: { rows: { pairingId: string; total: number; rank: number; grade: string; items: Record<string, number> }[] }; deleted: number };
type Nominee = { roundId: string; kind: string; refId: string; title: string; deed?: string; source: string; deleted: number };

describe('绩效考评：一项计算指标、一项人工评分 → 得分、名次、等次 → 从考评推荐', () => {
  let app: AppSession;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    app = await openApp();
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('scores the year, ranks ties together, exports the sheet and nominates the top pairings', { timeout: 240_000 }, async () => {
    const { page } = app;
    await loadSample(page);
    // Three pairings of 2008 that sent at least 20 workers (full marks at the target of 20).
    const sent = new Map((await readTable<Aggregate>(page, 'ledgerAggregates')).filter((x) => x.year === 2008 && x.type === 'labour' && x.pairingId).map((x) => [x.pairingId!, x.sums.sent ?? 0]));
    const pairings = (await livePairings(page)).filter((p) => p.status === '已批准' && p.approvedDate! <= '2008-01-01' && (sent.get(p.id) ?? 0) >= 20);
    expect(pairings.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = pairings;

    // 新建考评方案, from the default one
    await page.getByRole('menuitem', { name: /督导考评/ }).click();
    await page.getByRole('menuitem', { name: '绩效考评' }).click();
    await page.getByRole('button', { name: '新建考评方案' }).click();
    const editor = page.getByRole('dialog', { name: '2008年度考评方案' });
    for (let i = 0; i < 5; i++) await editor.getByRole('button', { name: '删除指标 2' }).click();
    for (let i = 0; i < 2; i++) await editor.getByRole('button', { name: '删除扣分项 1' }).click();
    expect(await editor.getByLabel(/^指标名称/).evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(['劳务输送', '工作实绩']);
    await editor.getByRole('button', { name: '保存方案' }).click();
    await until(() => editor.getByText('各项指标权重合计 35 分，与方案总分 100 分不符（少 65 分）').isVisible()).toBe(true);
    await app.screenshot('evaluation-scheme-refused');
    await editor.getByLabel('权重 1').fill('６０'); // full-width digits, as an IME types them
    await editor.getByLabel('指标 1 目标值').fill('20');
    await editor.getByLabel('权重 2').fill('40');
    await editor.getByLabel('满分 2').fill('10');
    await until(() => editor.getByLabel('权重合计').textContent()).toContain('与总分相符');
    await editor.getByRole('button', { name: '保存方案' }).click();
    await until(() => editor.isVisible()).toBe(false);
    await until(() => page.getByLabel('考评指标').getByText('劳务输送「输送人数」达到 20人 得满分，不足按比例计分').isVisible()).toBe(true);
    let [evaluation] = await readLive<Evaluation>(page, 'evaluations');
    expect(evaluation.scheme.indicators.map((i) => [i.key, i.kind, i.weight, i.max])).toEqual([['labour', 'ledger', 60, 60], ['work', 'manual', 40, 10]]);

    // 评分录入: three hand scores
    await page.getByRole('tab', { name: '评分录入' }).click();
    const search = page.getByPlaceholder('编号、企业或村名');
    for (const [p, score] of [[a, '10'], [b, '８'], [c, '10']] as const) {
      await search.fill(p.code);
      await page.getByLabel(`${p.code} 工作实绩`).fill(score);
    }
    await expectToast(page, '已保存3个联建点的评分', () => page.getByRole('button', { name: '保存评分（3）' }).click());

    // 考评结果: computed, ties sharing rank 1
    await page.getByRole('tab', { name: '考评结果' }).click();
    await expectToast(page, /已计算\d+个联建点的得分/, () => page.getByRole('button', { name: '计算得分' }).click());
    [evaluation] = await readLive<Evaluation>(page, 'evaluations');
    const row = (id: string) => evaluation.result!.rows.find((r) => r.pairingId === id)!;
    expect([row(a.id), row(c.id)].map((r) => [r.items, r.total, r.rank, r.grade])).toEqual([
      [{ labour: 60, work: 40 }, 100, 1, '优秀'],
      [{ labour: 60, work: 40 }, 100, 1, '优秀'],
    ]);
    expect(row(b.id)).toMatchObject({ total: 92, rank: 3, grade: '优秀' });
    expect(evaluation.result!.rows.filter((r) => r.grade === '优秀')).toHaveLength(3);
    const table = page.getByLabel('考评得分');
    await until(() => table.getByRole('row', { name: new RegExp(b.code) }).textContent()).toMatch(/^3.*92优秀$/);
    await until(() => page.getByText(/「工作实绩」有 \d+ 个联建点尚未评分，按 0 分计/).isVisible()).toBe(true);
    await app.screenshot('evaluation-results');

    // 导出得分表
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出得分表' }).click()]);
    const xlsxPath = join(OUT, 'score-sheet.xlsx');
    await download.saveAs(xlsxPath);
    expect(download.suggestedFilename()).toBe('长汀县2008年度村企党组织联建活动绩效考评得分表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(xlsxPath)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['得分表', '乡镇汇总', '考评方案']);
    const sheet = wb.getWorksheet('得分表')!;
    expect(sheet.getCell(1, 1).value).toBe('长汀县2008年度村企党组织联建活动绩效考评得分表');
    const bRow = sheet.getColumn(2).values.findIndex((v) => v === b.code);
    expect([sheet.getCell(bRow, 1).value, sheet.getCell(bRow, 9).value, sheet.getCell(bRow, 10).value]).toEqual([3, 92, '优秀']); // 名次 … 劳务输送, 工作实绩, 其他扣分, 总分, 等次
    await run('soffice', [`-env:UserInstallation=file:///tmp/cq-soffice-${process.pid}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, xlsxPath], { timeout: 120_000 });
    await run('pdftoppm', ['-png', '-r', '50', '-l', '2', join(OUT, 'score-sheet.pdf'), join(OUT, 'score-sheet')]);

    // the score on the pairing list and on the archive page
    await page.getByRole('menuitem', { name: '联建档案' }).click();
    await page.getByPlaceholder('编号、企业或村名').fill(a.code);
    await until(() => page.getByRole('row', { name: new RegExp(a.code) }).getByText('100分 · 优秀').isVisible()).toBe(true);
    await page.getByRole('row', { name: new RegExp(a.code) }).getByRole('button', { name: '查看' }).click();
    const scores = page.getByLabel('绩效考评', { exact: true });
    await until(() => scores.getByRole('row', { name: /^2008/ }).textContent()).toBe(`20081001 / ${evaluation.result!.rows.length}优秀劳务输送60，工作实绩40`);

    // 评先表彰: 从考评推荐 proposes the ranked pairings, 优秀 preselected; nominated as their villages' party organizations
    await page.getByRole('menuitem', { name: /评先表彰/ }).click();
    await page.getByRole('button', { name: '新建' }).click();
    const roundDialog = page.getByRole('dialog', { name: '新建表彰' });
    await roundDialog.getByLabel('年度').fill('2008');
    await saveDialog(roundDialog);
    await page.getByRole('button', { name: '从考评推荐' }).click();
    const nominate = page.getByRole('dialog', { name: '从考评结果推荐' });
    const ranking = nominate.getByLabel('考评排名');
    await until(() => ranking.getByRole('row').nth(1).textContent()).toMatch(/^1LJ/);
    expect(await ranking.getByRole('row').nth(3).textContent()).toContain(b.code);
    await app.screenshot('evaluation-nominate');
    await nominate.getByText('村党组织', { exact: true }).click();
    const villages = new Set([a, b, c].map((p) => p.villageId));
    await until(() => nominate.getByRole('button', { name: `推荐所选（${villages.size}）` }).isEnabled()).toBe(true);
    await expectToast(page, `已从考评结果推荐${villages.size}个对象`, () => nominate.getByRole('button', { name: `推荐所选（${villages.size}）` }).click());
    const nominees = (await readLive<Nominee>(page, 'nominees')).filter((n) => n.source === '考评');
    expect(new Set(nominees.map((n) => n.refId))).toEqual(villages);
    expect(nominees.every((n) => n.kind === 'village' && n.title === '先进基层党组织')).toBe(true);
    const bDeed = nominees.find((n) => n.refId === b.villageId)!.deed!;
    expect([`（${a.code}）得分100分`, `（${c.code}）得分100分`, `（${b.code}）得分92分，在全县`].some((s) => bDeed.includes(s))).toBe(true);
    expect(nominees.find((n) => n.refId === a.villageId)!.deed).toMatch(/排名第1位，等次为优秀。$/);

    // the dashboard's score distribution
    await page.getByRole('menuitem', { name: /统计报表/ }).click();
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    const spread = page.getByLabel('考评得分分布');
    await until(() => spread.getByText('90–100分').isVisible()).toBe(true);
    await spread.scrollIntoViewIfNeeded();
    await app.screenshot('evaluation-dashboard');
  });
});
