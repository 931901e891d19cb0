// Sessions of one test file share a Chromium but not its storage: each openApp() is a fresh
// browser context with its own IndexedDB and localStorage, so no test sees another's data.
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../support/app';
import { readTable } from '../support/store';

describe('openApp: a fresh store per session on a shared browser', () => {
  const sessions: AppSession[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });

  it("a second session starts at the first-start screen while the first keeps its office and its localStorage", async () => {
    const first = await openApp();
    sessions.push(first);
    await first.page.evaluate(() => localStorage.setItem('cq-isolation-probe', 'first'));
    expect((await readTable<{ key: string }>(first.page, 'settings')).map((s) => s.key)).toContain('office');

    const second = await openApp({ firstStart: 'stay' });
    sessions.push(second);
    expect(second.profileDir).toBeUndefined();
    await second.page.getByTestId('first-start').waitFor();
    expect(await second.page.evaluate(() => localStorage.getItem('cq-isolation-probe'))).toBeNull();
    expect(await readTable(second.page, 'settings')).toEqual([]);
    // The first session's store is untouched by the second's start.
    expect((await readTable<{ key: string }>(first.page, 'settings')).map((s) => s.key)).toContain('office');
  });
});
