// Fault row "a migration throws → the database stays at the old version, readable; the user
// is told and offered the pre-upgrade backup", as the user meets it: the startup gate over a
// v001 database whose next migration fails shows the failure screen, never the app.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { v001Initial } from '@renderer/db/migrations/v001-initial';
import { v002LiveIndexes } from '@renderer/db/migrations/v002-live-indexes';
import { DATABASE_NAME } from '@renderer/db/database';
import { buildDatabaseAt } from '../../../fixtures/db/build';
import { makeV001Data } from '../../../fixtures/db/v001-data';

vi.mock('@renderer/db/migrations', () => ({
  MIGRATIONS: [
    v001Initial,
    {
      ...v002LiveIndexes,
      upgrade: () => {
        throw new Error('升级脚本出错');
      },
    },
  ],
  SCHEMA_VERSION: 2,
}));


describe('a migration throws → the user is told and offered the pre-upgrade backup (fault row): the startup gate', () => {
  it('tells the user the data is unchanged, offers the pre-upgrade backup, and does not show the app', async () => {
    const data = makeV001Data({ townships: 2, villagesPer: 2, enterprisesPer: 1, ledger: 20, audit: 3 });
    await Dexie.delete(DATABASE_NAME);
    // jsdom's Blob cannot pass Node's structured clone (fake-indexeddb), so no attachments here.
    await buildDatabaseAt(1, DATABASE_NAME, { ...data, attachments: [] });
    const { StartupGate } = await import('@renderer/features/backup/StartupGate');
    render(
      <StartupGate>
        <div>应用界面</div>
      </StartupGate>,
    );
    await waitFor(() => expect(screen.getByText('数据升级失败，数据未做任何更改')).toBeTruthy(), { timeout: 15_000 });
    expect(screen.getByText(/数据仍保持升级前的格式（第 1 版）/)).toBeTruthy();
    expect(screen.getByTestId('upgrade-backup').textContent).toMatch(/^升级前已自动备份：村企联建备份_.*_升级前\.cqbak$/);
    expect(screen.getByRole('button', { name: '保存升级前的备份…' })).toBeTruthy();
    expect(screen.getByText(/升级脚本出错/)).toBeTruthy();
    expect(screen.queryByText('应用界面')).toBeNull();

    const raw = new Dexie(DATABASE_NAME);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('villages').count()).toBe(data.villages.length);
    raw.close();
  }, 30_000);
});
