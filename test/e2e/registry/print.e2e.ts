import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, SCREENSHOT_DIR, type AppSession } from '../support/app';
import { openRegistry, pick, poll, visible, autoDismissNotices } from './helpers';
import { base, putRecords } from './seed';

type Printed = { html: string; bodyClass: string; text: string };

describe('打印：列表的打印预览与打印版式', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
    await autoDismissNotices(app.page);
    // Room for a busy machine (2 cores shared by several test runs).
    app.page.setDefaultTimeout(30_000);
  });
  afterEach(async () => {
    await app.close();
  });

  it('previews the filtered list, prints only the print view with A4 margins and page numbers', async () => {
    const { page } = app;
    await putRecords(page, 'townships', [
      { ...base('t-1'), name: '河田镇', kind: '镇', order: 1 },
      { ...base('t-2'), name: '策武镇', kind: '镇', order: 2 },
    ]);
    const village = (id: string, townshipId: string, name: string, households: number) => ({
      ...base(id),
      townshipId,
      name,
      households,
      industries: ['纺织服装'],
      partyOrg: { type: '党支部', secretary: '王明', members: 30 },
    });
    await putRecords(page, 'villages', [village('v-1', 't-1', '红星村', 420), village('v-2', 't-1', '露湖村', 300), village('v-3', 't-2', '东街村', 318)]);
    await page.reload();
    await openRegistry(page, '村');
    await pick(page, page, '乡镇', '河田镇');

    // window.print is where the browser edition hands over: record what would go to paper, and
    // keep a copy of the print view and its @page rules to render as PDF afterwards.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: Printed[] };
      w.__printed = [];
      window.print = () => {
        const root = document.querySelector('.cq-print-root') as HTMLElement | null;
        w.__printed.push({ html: document.documentElement.outerHTML, bodyClass: document.body.className, text: root?.innerText ?? '' });
        if (root) document.body.append(Object.assign(root.cloneNode(true) as HTMLElement, { id: 'kept-print-copy' }));
        for (const style of document.head.querySelectorAll('style')) {
          if (style.textContent?.includes('@page')) document.head.append(Object.assign(style.cloneNode(true) as HTMLElement, { className: 'kept-page-rules' }));
        }
      };
    });

    await page.getByRole('button', { name: '打印' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览：村情信息表' });
    await visible(preview.getByTestId('print-preview').getByText('红星村'));
    await visible(preview.getByText('A4 横向，共 2 条'));
    expect(await preview.getByTestId('print-preview').getByText('东街村').count()).toBe(0);
    await app.screenshot('registry-print-preview');

    await preview.getByRole('button', { name: '打印' }).click();
    await poll(() => page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed.length)).toBe(1);
    const [printed] = await page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed);
    expect(printed.bodyClass).toContain('cq-printing');
    expect(printed.text).toContain('村情信息表');
    expect(printed.text).toContain('查询条件：乡镇：河田镇');
    expect(printed.text).toMatch(/1\s*红星村\s*河田镇\s*420/);
    expect(printed.text).toMatch(/合计[\s\S]*720/);
    expect(printed.text).not.toContain('东街村');
    expect(printed.html).toContain('margin: 37mm 26mm 35mm 28mm');
    expect(printed.html).toContain('size: A4 landscape');
    // Afterwards the print copy is gone and the page is the app again.
    await poll(() => page.locator('.cq-print-root:not(#kept-print-copy)').count()).toBe(0);
    expect(await page.evaluate(() => document.body.className)).not.toContain('cq-printing');

    // Render the kept copy as the print dialog would: print media, the app's own styles and @page rules.
    await page.evaluate(() => document.body.classList.add('cq-printing'));
    await page.emulateMedia({ media: 'print' });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const pdf = join(SCREENSHOT_DIR, 'registry-print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('cq-printing'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('村情信息表');
    expect(text).toContain('红星村');
    expect(text).toContain('露湖村');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
    expect(text).not.toContain('村企党组织联建工作管理系统');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SCREENSHOT_DIR, 'registry-print')]);
  });
});
