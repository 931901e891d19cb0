// The honour rule in the UI: 先进基层党组织 goes only to an organization whose party
// organization exists, named as that organization is called; an enterprise whose party
// organization is 「未建立」 is refused in the nomination form, in 从台账推荐 and in an import,
// with the message shown; 从台账推荐 starts pairings on the round's pairing title (优秀联建点);
// a round of the 上级党委 offers no county 公示 or 决定.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { confirmImport } from '../import/helpers';
import { readLive } from '../support/store';
import { expectToast } from '../support/toast';
import { base, putRecords } from '../registry/seed';
import { closeBackupReminder, pick, until } from './registry-ui';

type Nominee = { roundId: string; title: string; kind: string; refId: string; displayName: string; source: string; deleted: number };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REFUSED = '「长汀宏达纺织有限公司」尚未建立党组织（信息库中党组织类型为「未建立」），不能推荐为「先进基层党组织」；请先在「信息库 → 企业」中登记其党组织';

async function honoureeList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表彰对象');
  ws.addRow(['2008年度先进基层党组织推荐名单']);
  ws.addRow(['序号', '荣誉称号', '类别', '名称', '所在乡镇', '姓名']);
  ws.addRow([1, '先进基层党组织', '', '竹排村', '河田镇', '']);
  ws.addRow([2, '先进基层党组织', '', '长汀宏达纺织有限公司', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('评先表彰：先进基层党组织只授予已建立党组织的企业和村', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('refused in the form, in 从台账推荐 and in an import; pairings default to 优秀联建点; a 市委 round issues nothing here', { timeout: 300_000 }, async () => {
    const { page } = app;
    await putRecords(page, 'townships', [{ ...base('t1'), name: '河田镇', kind: '镇', order: 1 }, { ...base('t2'), name: '长汀经济开发区', kind: '开发区', order: 2 }]);
    await putRecords(page, 'villages', [
      { ...base('v1'), townshipId: 't1', name: '露湖村', industries: [], partyOrg: { name: '露湖村党支部', type: '党支部' } },
      { ...base('v2'), townshipId: 't1', name: '竹排村', industries: [], partyOrg: { type: '党总支' } },
    ]);
    await putRecords(page, 'enterprises', [
      { ...base('e1'), townshipId: 't2', name: '福建台慧体育器材有限公司', aboveScale: true, partyOrg: { type: '党支部' } },
      { ...base('e2'), townshipId: 't2', name: '长汀宏达纺织有限公司', aboveScale: false, partyOrg: { type: '未建立' } },
    ]);
    await putRecords(page, 'pairings', [
      { ...base('p1'), code: 'LJ2008-001', enterpriseId: 'e2', villageId: 'v1', status: '已批准', formation: '双向选择', areas: ['劳务输送'], responsibleTownshipId: 't1', appliedDate: '2008-03-01', approvedDate: '2008-03-10' },
    ]);
    await putRecords(page, 'ledgerAggregates', [{ id: 'p1|2008|labour', pairingId: 'p1', townshipId: 't1', year: 2008, type: 'labour', count: 1, sums: { sent: 30 } }]);
    await page.reload();
    await app.goto('/commendation');

    // A 2008 county round awarding 先进基层党组织 and 优秀联建点.
    await page.getByRole('button', { name: '新建' }).click();
    const roundDialog = page.getByRole('dialog', { name: '新建表彰' });
    await roundDialog.getByLabel('年度').fill('2008');
    await roundDialog.getByLabel('荣誉称号').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('优秀联建点', { exact: true }).click();
    await page.keyboard.press('Escape');
    await roundDialog.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '2008年度县委表彰' }).isVisible()).toBe(true);

    // 添加: the enterprise without a party organization is refused, before and on 保存.
    await page.getByRole('button', { name: '添加' }).click();
    let add = page.getByRole('dialog', { name: '添加推荐对象' });
    await pick(page, add, '推荐对象', '长汀宏达纺织有限公司');
    await until(() => add.getByTestId('honour-refusals').textContent()).toBe(REFUSED);
    expect(await add.getByRole('radio', { name: '联建点' }).isDisabled()).toBe(true);
    await app.screenshot('commendation-refused-in-form');
    await add.getByRole('button', { name: '保存' }).click();
    await until(() => add.locator('.ant-alert-error').first().textContent()).toBe(REFUSED);
    expect(await readLive<Nominee>(page, 'nominees')).toHaveLength(0);
    await add.getByRole('button', { name: '取消' }).click();
    await until(() => add.isVisible()).toBe(false);

    // The enterprise with a party organization is named by it (built from the name and type, the registry having no name).
    await page.getByRole('button', { name: '添加' }).click();
    add = page.getByRole('dialog', { name: '添加推荐对象' });
    await pick(page, add, '推荐对象', '福建台慧体育器材有限公司');
    await until(() => add.getByLabel('名称').inputValue()).toBe('福建台慧体育器材有限公司党支部');
    await expectToast(page, '已添加1个推荐对象', () => add.getByRole('button', { name: '保存' }).click());

    // 从台账推荐: pairings start on 优秀联建点; as 企业党组织 the enterprise without a party organization is marked and not offered.
    await page.getByRole('button', { name: '从台账推荐' }).click();
    const rank = page.getByRole('dialog', { name: /从台账推荐/ });
    await until(() => rank.getByRole('cell', { name: 'LJ2008-001' }).isVisible()).toBe(true);
    await until(() => rank.getByTitle('优秀联建点', { exact: true }).first().isVisible()).toBe(true);
    await rank.getByRole('radio', { name: '企业党组织' }).check();
    await until(() => rank.getByTitle('先进基层党组织', { exact: true }).first().isVisible()).toBe(true);
    await until(() => rank.getByText('不能推荐：未建立党组织').isVisible()).toBe(true);
    await until(() => rank.getByRole('button', { name: '推荐所选（0）' }).isDisabled()).toBe(true);
    await app.screenshot('commendation-rank-refused');
    await rank.getByRole('radio', { name: '联建点' }).check();
    await until(() => rank.getByRole('button', { name: '推荐所选（1）' }).isEnabled()).toBe(true);
    await expectToast(page, '已从台账推荐1个对象', () => rank.getByRole('button', { name: '推荐所选（1）' }).click());

    // 导入: the same refusal, naming file, sheet, row and column; the village is named as its party organization.
    await page.getByRole('button', { name: /导入$/ }).click();
    await until(() => page.getByText('导入表彰对象名单').isVisible()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击选择文件，或把文件拖到这里').click();
    await (await chooser).setFiles({ name: '表彰对象名单.xlsx', mimeType: XLSX_MIME, buffer: await honoureeList() });
    await until(() => page.getByText(/^已读取：/).count()).toBe(1);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();
    await until(() => page.getByText(`第4行 · D列「名称」：${REFUSED}`).isVisible()).toBe(true);
    await app.screenshot('commendation-refused-in-import');
    await until(() => page.getByRole('tab', { name: '新增（1）' }).isVisible()).toBe(true);
    await confirmImport(page);
    await until(() => page.getByText('导入完成', { exact: true }).isVisible()).toBe(true);

    const nominees = await readLive<Nominee>(page, 'nominees');
    expect(nominees.map((n) => [n.title, n.kind, n.refId, n.displayName, n.source]).sort()).toEqual(
      [
        ['先进基层党组织', 'enterprise', 'e1', '福建台慧体育器材有限公司党支部', '手工'],
        ['优秀联建点', 'pairing', 'p1', '长汀宏达纺织有限公司—河田镇露湖村', '台账'],
        ['先进基层党组织', 'village', 'v2', '河田镇竹排村党总支', '导入'],
      ].sort(),
    );
    expect(nominees.some((n) => n.refId === 'e2')).toBe(false);

    // A round of the 上级党委: recorded with its 文号, no county 公示 or 决定.
    await app.goto('/commendation');
    await page.getByRole('button', { name: '新建' }).click();
    await roundDialog.getByLabel('年度').fill('2008');
    await pick(page, roundDialog, '表彰级别', '市委表彰');
    await until(() => roundDialog.getByText(/本县不另行发文/).isVisible()).toBe(true);
    await roundDialog.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '2008年度市委表彰' }).isVisible()).toBe(true);
    await until(() => page.getByRole('button', { name: '登记上级文号' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '进入公示' }).count()).toBe(0);
    await page.getByRole('tab', { name: '表彰决定' }).click();
    await until(() => page.getByTestId('superior-round-note').getByText('不生成表彰决定').isVisible()).toBe(true);
    await app.screenshot('commendation-superior-round');
  });
});
