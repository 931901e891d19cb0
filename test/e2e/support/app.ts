// Opens the served browser edition in Debian's Chromium: one Chromium per test worker (see
// below), each session a fresh browser context of it (its own IndexedDB, localStorage and
// downloads), which is ~1.8 s quicker than a new persistent profile. A session that must
// outlive its browser (killed and reopened on the same profile) passes `profileDir` or
// `persistent: true`.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { getCurrentTest } from 'vitest/suite';
import { LAUNCH_OPTIONS } from './chromium';

export { CHROMIUM_ARGS, LAUNCH_OPTIONS } from './chromium';

/** Screenshots land here (git-ignored), for people to look at. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** What every session's browser context is: a desktop-sized window, Chinese locale. */
export const SESSION_OPTIONS = {
  acceptDownloads: true,
  viewport: { width: 1366, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  // The app honours reduced motion (antd's animations off): a click never lands on a dialog
  // still opening or a dropdown still closing.
  reducedMotion: 'reduce',
} as const;

/** Both, for a persistent profile (`chromium.launchPersistentContext`). */
export const CONTEXT_OPTIONS = { ...LAUNCH_OPTIONS, ...SESSION_OPTIONS } as const;

// The e2e project runs its files one after another in each worker, this module loaded once
// per worker (isolate: false): its Chromium is launched on the first openApp and lasts as long
// as the worker (Playwright closes it when the worker exits); every session closes its own
// context. The benchmarks (isolated files) close theirs after the file's last test.
let shared: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  // A Chromium that went away (crashed, or killed by mistake) is not handed to the worker's next
  // files: they would all fail for one fault.
  shared ??= chromium.launch(LAUNCH_OPTIONS).then((browser) => {
    browser.on('disconnected', () => {
      shared = undefined;
    });
    return browser;
  });
  return shared;
}
afterAll(async () => {
  if (inject('browserPerWorker')) return;
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
});

export type AppSession = {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** The profile folder, for a persistent session only (`profileDir` or `persistent: true`). */
  profileDir?: string;
  /** Navigates to a hash route, e.g. '/registry/townships'. */
  goto(route: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
};

/**
 * What to do at the first start (an empty store without office details, see
 * features/settings/FirstStart.tsx): 'office' fills the short office form with the sample
 * county's details (长汀县, 汀委) — the quickest way in, and documents read as the tests
 * expect; 'sample' loads the sample data from there; 'stay' leaves the first-start screen open.
 */
export type FirstStartChoice = 'office' | 'sample' | 'stay';

/** Fills the first-start office form (县名 brings the usual names of its organs) and goes on. */
export async function completeFirstStart(page: Page, choice: Exclude<FirstStartChoice, 'stay'> = 'office'): Promise<void> {
  const screen = page.getByTestId('first-start');
  if (choice === 'sample') {
    await screen.getByRole('button', { name: '载入示例数据' }).click();
  } else {
    await screen.getByLabel('县名').fill('长汀县');
    await screen.getByLabel('文号前缀').fill('汀委');
    await screen.getByRole('button', { name: '保存，开始使用' }).click();
  }
  await page.locator('[data-route]').first().waitFor({ timeout: 60_000 });
}

/**
 * `startAt: 'about:blank'` leaves the page empty (a benchmark measures the first load itself).
 * `profileDir` (reopened after a kill) or `persistent: true` (a fresh temporary profile, for a
 * measure of a whole browser's start or memory) start a Chromium of the session's own on a
 * profile folder; otherwise the session is a fresh context of this file's shared Chromium.
 */
export async function openApp(
  options: { profileDir?: string; persistent?: boolean; startAt?: 'app' | 'about:blank'; firstStart?: FirstStartChoice } = {},
): Promise<AppSession> {
  const baseURL = inject('baseURL');
  const persistent = options.persistent || options.profileDir !== undefined;
  const profileDir = persistent ? (options.profileDir ?? mkdtempSync(join(tmpdir(), 'cq-profile-'))) : undefined;
  const context = profileDir ? await chromium.launchPersistentContext(profileDir, CONTEXT_OPTIONS) : await (await sharedBrowser()).newContext(SESSION_OPTIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  context.setDefaultTimeout(30_000); // two Chromiums on two shared cores: an action can wait long for its element to settle
  // Loading the 4 MB bundle in a cold Chromium takes longer than 10 s when the shared machine is busy.
  context.setDefaultNavigationTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (process.env.CQ_E2E_CONSOLE) page.on('console', (m) => console.log('[console]', m.type(), m.text()));
  const session: AppSession = {
    context,
    page,
    baseURL,
    profileDir,
    async goto(route) {
      await page.goto(`${baseURL}#${route}`);
      // The page of that address is shown (its module loaded), not the one before it.
      const path = route.split('?')[0] || '/';
      await page.locator(`[data-route="${path}"]`).waitFor();
    },
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      // Closed from afterEach after a failure: keep a picture of what the user would have seen.
      const test = getCurrentTest();
      if (test?.result?.state === 'fail') {
        const name = `failed-${test.name}`.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 80);
        await session.screenshot(name).catch(() => undefined);
      }
      await context.close();
      if (profileDir && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`页面脚本错误：\n${errors.join('\n')}`);
    },
  };
  if (options.startAt !== 'about:blank') {
    await page.goto(`${baseURL}#/`);
    // The app's first page, or on a fresh profile the first-start screen before it.
    const firstStart = page.getByTestId('first-start');
    await firstStart.or(page.locator('[data-route="/"]')).first().waitFor();
    const choice = options.firstStart ?? 'office';
    if (choice !== 'stay' && (await firstStart.isVisible())) await completeFirstStart(page, choice);
  }
  return session;
}
