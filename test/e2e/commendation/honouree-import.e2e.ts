// Importing a list of honourees from a spreadsheet into a round through the import wizard:
// names as the office writes them matched to the registry, an unknown title mapped, an
// unknown person created, a wrong 类别 refused with its row and column; then the round moves
// on and the wizard is no longer offered.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { confirmImport } from '../import/helpers';
import { readLive } from '../support/store';
import { base, putRecords } from '../registry/seed';
import { closeBackupReminder, until } from './registry-ui';

type Nominee = { roundId: string; title: string; kind: string; refId: string; displayName: string; deed?: string; source: string; importBatchId?: string; deleted: number };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function honoureeList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表彰对象');
  ws.addRow(['2008年度先进基层党组织推荐名单']);
  ws.addRow(['序号', '荣誉称号', '类别', '名称', '所在乡镇', '姓名', '主要事迹']);
  ws.addRow([1, '先进基层党组织', '村党组织', '河田镇露湖村党支部', '河田镇', '', '组织留守妇女参加技能培训，输送实用人才240多名。']);
  ws.addRow([2, '先进基层党组织', '企业', '长汀盼盼食品有限公司党支部', '', '', '开展党员“星级”管理，2007年产值7572万元。']);
  ws.addRow([3, '先进党组织', '', '南塘村', '河田镇', '', '']);
  ws.addRow([4, '优秀共产党员', '个人', '', '', '李明', '交叉任职回村后带头发展毛竹产业。']);
  ws.addRow([5, '先进基层党组织', '村党组织', '福建台慧体育器材有限公司', '', '', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('评先表彰：从表格导入表彰对象', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await closeBackupReminder(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('names matched under the office’s spellings, a title mapped, a person created, a wrong 类别 refused', { timeout: 300_000 }, async () => {
    const { page } = app;
    await putRecords(page, 'townships', [{ ...base('t1'), name: '河田镇', kind: '镇', order: 1 }, { ...base('t2'), name: '长汀经济开发区', kind: '开发区', order: 2 }]);
    await putRecords(page, 'villages', [
      { ...base('v1'), townshipId: 't1', name: '露湖村', industries: [], partyOrg: { name: '露湖村党支部', type: '党支部' } },
      { ...base('v2'), townshipId: 't1', name: '南塘村', industries: [], partyOrg: { type: '党支部' } },
    ]);
    await putRecords(page, 'enterprises', [
      { ...base('e1'), townshipId: 't2', name: '长汀盼盼食品有限公司', aboveScale: true, partyOrg: { name: '长汀盼盼食品有限公司党支部', type: '党支部' } },
      { ...base('e2'), townshipId: 't2', name: '福建台慧体育器材有限公司', aboveScale: true, partyOrg: { type: '党支部' } },
    ]);
    await page.reload();
    await app.goto('/commendation');

    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建表彰' });
    await dialog.getByLabel('年度').fill('2008');
    await dialog.getByLabel('荣誉称号').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('优秀共产党员', { exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '保存' }).click();
    await until(() => page.getByRole('heading', { name: '2008年度县委表彰' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /导入$/ }).click();
    await until(() => page.getByText('导入表彰对象名单').isVisible()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击选择文件，或把文件拖到这里').click();
    await (await chooser).setFiles({ name: '表彰对象名单.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(await honoureeList()) });
    await until(() => page.getByText(/^已读取：/).count()).toBe(1);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步：预览' }).click();

    // 类别 says 村党组织, the name is an enterprise: the row is refused, naming row and column.
    await until(() => page.getByText(/第7行 · C列「类别」：类别填的是「村党组织」，但「福建台慧体育器材有限公司」在信息库中是企业党组织/).isVisible()).toBe(true);
    // The unknown title is mapped, the unknown person created.
    await page.getByLabel('「先进党组织」对应到').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(/^先进基层党组织/).click();
    await page.getByRole('radiogroup', { name: '「李明」的处理方式' }).getByRole('radio', { name: '新建人员' }).check();
    await until(() => page.getByText('所有未知名称都已处理。').isVisible()).toBe(true);
    await app.screenshot('commendation-import-preview');
    await until(() => page.getByRole('tab', { name: '新增（4）' }).isVisible()).toBe(true);
    await confirmImport(page);
    await until(() => page.getByText('导入完成', { exact: true }).isVisible()).toBe(true);

    const nominees = await readLive<Nominee>(page, 'nominees');
    expect(nominees.map((n) => [n.kind, n.refId === 'v1' || n.refId === 'v2' || n.refId === 'e1' ? n.refId : 'person', n.title, n.displayName]).sort()).toEqual(
      [
        ['enterprise', 'e1', '先进基层党组织', '长汀盼盼食品有限公司党支部'],
        ['person', 'person', '优秀共产党员', '李明'],
        ['village', 'v1', '先进基层党组织', '河田镇露湖村党支部'],
        ['village', 'v2', '先进基层党组织', '河田镇南塘村党支部'],
      ].sort(),
    );
    expect(nominees.every((n) => n.source === '导入' && n.importBatchId)).toBe(true);
    expect(nominees.find((n) => n.refId === 'v1')?.deed).toBe('组织留守妇女参加技能培训，输送实用人才240多名。');
    const persons = await readLive<{ id: string; name: string; deleted: number }>(page, 'persons');
    expect(persons.map((p) => p.name)).toEqual(['李明']);

    // Back on the round: the list shows them; once publicized, importing is no longer offered.
    await page.getByRole('button', { name: /返回「2008年度县委表彰」/ }).click();
    await until(() => page.getByRole('tab', { name: '推荐名单（4）' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '进入公示' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await until(() => page.getByRole('button', { name: /导入$/ }).isDisabled()).toBe(true);
  });
});
