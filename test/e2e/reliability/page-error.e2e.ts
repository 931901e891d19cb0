// An error in one page never takes the frame away (issue: a wrong-typed record made a page
// fail and showed 「页面不存在」 with no menu, so under Electron the user had to restart).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { base, putRecords } from '../registry/seed';
import { poll } from '../registry/helpers';

describe('a page that fails to render shows its error inside the frame', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    // The page's own render error is what this test provokes: it is not a stray script error.
    app.page.removeAllListeners('pageerror');
    await app.close();
  });

  it('keeps the menu, says what failed, and 返回工作台 leads back', async () => {
    const { page } = app;
    // A record the app could never write (a name that is not text), as a damaged store might hold.
    await putRecords(page, 'townships', [{ ...base('t-broken'), name: { damaged: true }, kind: '镇', order: 1 }]);
    await app.goto('/registry/townships');

    await poll(() => page.getByText('这个页面出现错误').isVisible()).toBe(true);
    expect(await page.getByTestId('page-error-detail').textContent()).toMatch(/^技术信息（供维护人员参考）：.+/);
    expect(await page.getByRole('menuitem', { name: /信息库/ }).isVisible()).toBe(true);
    expect(await page.getByText('页面不存在').count()).toBe(0);
    await app.screenshot('page-error-in-frame');

    await page.getByRole('button', { name: '返回工作台' }).click();
    await poll(() => page.getByRole('heading', { name: '工作台' }).isVisible()).toBe(true);

    // Another page still works from the menu.
    await page.getByRole('menuitem', { name: /数据安全/ }).click();
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await poll(() => page.getByRole('form', { name: '筛选操作日志' }).isVisible()).toBe(true);
  });

  it('an unknown address says 页面不存在 inside the frame', async () => {
    const { page } = app;
    await app.goto('/no/such/page');
    await poll(() => page.getByText('页面不存在').isVisible()).toBe(true);
    expect(await page.getByRole('menuitem', { name: /信息库/ }).isVisible()).toBe(true);
  });
});
