// Bad-input row "`<img src=x onerror=…>` as a name, then shown, printed, exported → shown as
// text everywhere; CSP blocks scripts". The name goes in through the form; the list, the
// detail page, the print view, the .xlsx export and the operation log must all carry it as
// text, no element may be created from it, and an inline script is refused by the CSP.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { exportList, openRegistry, sheetRows } from '../registry/helpers';

// Pages take seconds to load on the shared 2-core machine; wait for what the user would see.
vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

const HOSTILE = '<img src=x onerror=xss()>';
type Printed = { html: string; text: string };

describe('`<img src=x onerror=…>` as a name, then shown, printed, exported → shown as text everywhere; CSP blocks scripts (bad-input row)', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    // close() also fails the test if any page script error happened (xss() is undefined).
    await app.close();
  });

  it('an <img onerror> name is shown, printed, exported and logged as text; CSP refuses inline script', async () => {
    const { page } = app;
    await openRegistry(page, '乡镇');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建乡镇' });
    await dialog.getByLabel('名称').fill(HOSTILE);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('cell', { name: HOSTILE, exact: true }).isVisible()).toBe(true);
    const noInjectedImage = () => page.evaluate(() => document.querySelectorAll('img[src="x"], img[onerror]').length);
    expect(await noInjectedImage()).toBe(0);

    // Printed: what would go to paper holds the text, escaped, and no <img>.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: Printed[] };
      w.__printed = [];
      window.print = () => {
        const root = document.querySelector('.cq-print-root') as HTMLElement | null;
        w.__printed.push({ html: root?.innerHTML ?? '', text: root?.innerText ?? '' });
      };
    });
    await page.getByRole('button', { name: '打印' }).click();
    const preview = page.getByRole('dialog', { name: /^打印预览/ });
    await expect.poll(() => preview.getByText(HOSTILE).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await preview.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed.length), { timeout: 20_000 }).toBe(1);
    const [printed] = await page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed);
    expect(printed!.text).toContain(HOSTILE);
    expect(printed!.html).toContain('&lt;img src=x onerror=xss()&gt;');
    expect(printed!.html).not.toContain('<img');
    await page.keyboard.press('Escape');

    // Exported: a plain text cell.
    const { sheet } = await exportList(page, 'hostile-text-townships');
    const cells = sheetRows(sheet, 1).flat();
    expect(cells).toContain(HOSTILE);

    // Logged: the operation log shows it as text.
    await app.goto('/backup/audit');
    await expect.poll(() => page.locator('.ant-table-row').filter({ hasText: HOSTILE }).count(), { timeout: 20_000 }).toBe(1);
    expect(await noInjectedImage()).toBe(0);

    // CSP: an inline script injected into the page does not run, and the browser says why.
    const result = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          let violation = '';
          document.addEventListener('securitypolicyviolation', (e) => (violation = e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true;';
          document.body.append(script);
          setTimeout(() => resolve({ ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violation }), 200);
        }),
    );
    expect(result).toEqual({ ran: false, violation: 'script-src-elem' });
  });
});
