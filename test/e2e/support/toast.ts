// A toast (antd message) stays 3 s. Looked for with a poll, it can be gone before a look when
// the page or the test process is slow for that long on a busy machine — although the app did
// show it. `expectToast` has the page note every toast as it appears, then runs the action,
// then waits until a toast that appeared after the action started says `text`.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Recorder = { texts: Map<Element, string>; observer: MutationObserver };

export async function expectToast(page: Page, text: string | RegExp, action: () => Promise<unknown>, timeout = 30_000): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __cqToasts?: Recorder };
    w.__cqToasts?.observer.disconnect();
    // Toasts already up belong to an earlier step.
    const before = new Set(document.querySelectorAll('.ant-message-notice'));
    const texts = new Map<Element, string>();
    const observer = new MutationObserver(() => {
      for (const notice of document.querySelectorAll('.ant-message-notice')) if (!before.has(notice)) texts.set(notice, notice.textContent ?? '');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    w.__cqToasts = { texts, observer };
  });
  await action();
  const wanted = typeof text === 'string' ? { text, source: '', flags: '' } : { text: '', source: text.source, flags: text.flags };
  const shown = () =>
    page.evaluate((w) => {
      const texts = [...((window as unknown as { __cqToasts?: Recorder }).__cqToasts?.texts.values() ?? [])];
      const hit = texts.some((t) => (w.source ? new RegExp(w.source, w.flags).test(t) : t.includes(w.text)));
      return hit ? 'shown' : `toasts: ${JSON.stringify(texts)}`;
    }, wanted);
  await expect.poll(shown, { timeout, interval: 250 }).toBe('shown');
}
