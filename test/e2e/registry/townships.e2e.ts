import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readLive, readTable } from '../support/store';
import { poll, autoDismissNotices } from './helpers';

describe('乡镇：新建、查看、刷新后仍在、编辑、删除与撤销', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await autoDismissNotices(app.page);
    app.page.setDefaultTimeout(30_000);
  });
  afterEach(async () => {
    await app.close();
  });

  it('creates a township in the UI, sees it after a reload, edits it, deletes it and undoes the delete', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: /信息库/ }).click();
    await page.getByRole('menuitem', { name: /乡镇/ }).click();
    await poll(() => page.getByText('暂无乡镇，点击「新建」添加').isVisible()).toBe(true);

    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建乡镇' });
    // Required field checked as the user leaves it.
    await dialog.getByLabel('名称').fill('   ');
    await dialog.getByLabel('名称').press('Enter');
    await poll(() => dialog.getByText('请填写乡镇名称').isVisible()).toBe(true);
    await dialog.getByLabel('名称').fill('河田镇');
    await dialog.getByLabel('挂钩领导').fill('张三');
    await dialog.getByLabel('领导职务').fill('县委常委');
    await app.screenshot('townships-form');
    await dialog.getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByRole('cell', { name: '河田镇' }).isVisible()).toBe(true);

    // Ctrl+S saves the second one.
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('名称').fill('长汀经济开发区');
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('类型').click();
    await page.getByTitle('开发区', { exact: true }).click();
    await page.keyboard.press('Control+s');
    await poll(() => page.getByRole('cell', { name: '长汀经济开发区' }).isVisible()).toBe(true);

    // A duplicate name is refused with a Chinese message, nothing written.
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog', { name: '新建乡镇' }).getByLabel('名称').fill('河田镇');
    await page.getByRole('dialog', { name: '新建乡镇' }).getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByText('乡镇「河田镇」已存在').isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    type Stored = { name: string; kind: string; leaderName?: string; deleted?: number };
    let stored = await readLive<Stored>(page, 'townships');
    expect(stored.map((t) => t.name).sort()).toEqual(['河田镇', '长汀经济开发区']);
    expect(stored.find((t) => t.name === '长汀经济开发区')?.kind).toBe('开发区');

    await page.reload();
    await poll(() => page.getByRole('cell', { name: '河田镇' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('cell', { name: '张三' }).isVisible()).toBe(true);
    await app.screenshot('townships-list');

    // Edit.
    await page.getByRole('row', { name: /河田镇/ }).getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: '编辑乡镇：河田镇' });
    await edit.getByLabel('名称').fill('河田镇（新）');
    await edit.getByRole('button', { name: '保存' }).click();
    await poll(() => page.getByRole('cell', { name: '河田镇（新）' }).isVisible()).toBe(true);

    // Delete, then undo.
    await page.getByRole('row', { name: /河田镇（新）/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await poll(() => page.getByRole('cell', { name: '河田镇（新）' }).count()).toBe(0);
    stored = await readLive<Stored>(page, 'townships');
    expect(stored.map((t) => t.name)).toEqual(['长汀经济开发区']);
    await page.getByRole('button', { name: '撤销' }).click();
    await poll(() => page.getByRole('cell', { name: '河田镇（新）' }).isVisible()).toBe(true);
    stored = await readLive<Stored>(page, 'townships');
    expect(stored).toHaveLength(2);

    // Every change has its audit entry with before and after.
    const audit = await readTable<{ action: string; entity: string; before?: { name: string }; after?: { name: string } }>(page, 'audit');
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'update', 'delete', 'restore']);
    expect(audit[2].before?.name).toBe('河田镇');
    expect(audit[2].after?.name).toBe('河田镇（新）');

    // The home page counts them.
    await page.getByRole('menuitem', { name: /工作台/ }).click();
    await poll(() => page.getByText('乡镇（开发区）').isVisible()).toBe(true);
    await app.screenshot('home');
  });
});
