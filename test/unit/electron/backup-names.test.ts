// The backup channels accept only the app's own backup names, never overwrite a backup, and
// delete only a file that reads as a backup of this app — checked both where the message
// arrives (the contract's schema, through handle()) and in the service (the second lock).
import path from 'node:path';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { buildBackup } from '@shared/backup/write';
import { checkBackupFileName } from '@shared/backup/naming';
import { createHandle, type SenderEvent } from '../../../electron/ipc/handle';
import { setupBackupIpc } from '../../../electron/ipc/backup';
import { deleteBackup, listBackups, readBackup, writeBackup } from '../../../electron/services/backup-files';
import { defaultBackupFolder, getBackupFolder, type BackupFolderDeps } from '../../../electron/services/backup-folder';
import { createConfigStore } from '../../../electron/services/config';
import type { FileDialogs } from '../../../electron/services/dialogs';
import { tempDirs } from './tmp-dir';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

const tempDir = tempDirs();
const GOOD = '村企联建备份_2026-11-25_093012_手动.cqbak';

async function backupDeps(): Promise<BackupFolderDeps> {
  const dir = await tempDir();
  const userDataDir = path.join(dir, 'appData', 'cunqi-lianjian');
  return { config: createConfigStore(userDataDir), documentsDir: path.join(dir, 'Documents'), homeDir: dir, userDataDir };
}

const backupBytes = async () => (await buildBackup({ tables: { townships: [] }, appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-11-25T01:30:12.000Z', reason: 'manual' })) as Uint8Array<ArrayBuffer>;

const REFUSED: [string, string, RegExp][] = [
  ['another extension', '村企联建备份_2026-11-25_093012_手动.exe', /不是备份文件（扩展名应为 \.cqbak）/],
  ['a shortcut', '村企联建备份_2026-11-25_093012_手动.lnk', /不是备份文件/],
  ['a plain zip', '村企联建备份_2026-11-25_093012_手动.zip', /不是备份文件/],
  ['a Windows device name', 'CON', /系统保留的设备名/],
  ['a device name with our extension', 'nul.cqbak', /系统保留的设备名/],
  ['COM1 and LPT9', 'COM1.cqbak', /系统保留的设备名/],
  ['a trailing dot (Windows drops it)', `${GOOD}.`, /不能以点或空格开头或结尾/],
  ['a trailing space', `${GOOD} `, /不能以点或空格开头或结尾/],
  ['a leading dot (our temporary files)', `.${GOOD}`, /不能以点或空格开头或结尾/],
  ['a path', `../${GOOD}`, /不允许的字符/],
  ['a backslash path', `..\\${GOOD}`, /不允许的字符/],
  ['a name the app never writes', '我的备份.cqbak', /不是本程序写出的备份文件名/],
  ['a wrong kind label', '村企联建备份_2026-11-25_093012_随便.cqbak', /不是本程序写出的备份文件名/],
];

describe('backup file names', () => {
  it.each(REFUSED)('refuses %s', (_what, name, message) => {
    expect(checkBackupFileName(name)).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('accepts every name the app writes', () => {
    for (const name of [GOOD, '村企联建备份_2026-11-25_每日.cqbak', '村企联建备份_2026-11_每月.cqbak', '村企联建备份_2026-11-25_173005_每日.cqbak', '村企联建备份_2026-11-25_093012_恢复前.cqbak']) {
      expect(checkBackupFileName(name).ok, name).toBe(true);
    }
  });
});

describe('the backup services (second lock)', () => {
  it.each(REFUSED)('write, read and delete refuse %s and touch nothing', async (_what, name) => {
    const d = await backupDeps();
    const folder = defaultBackupFolder(d);
    expect(await writeBackup(d, { name, bytes: await backupBytes() })).toMatchObject({ ok: false });
    expect(await readBackup(d, { name })).toMatchObject({ ok: false });
    expect(await deleteBackup(d, { name })).toMatchObject({ ok: false });
    expect(await readdir(folder).catch(() => [])).toEqual([]);
  });

  it('never overwrites an existing backup', async () => {
    const d = await backupDeps();
    const first = await backupBytes();
    expect((await writeBackup(d, { name: GOOD, bytes: first })).ok).toBe(true);
    const other = new TextEncoder().encode('PK-not-the-same');
    expect(await writeBackup(d, { name: GOOD, bytes: other })).toEqual({ ok: false, error: `备份「${GOOD}」已存在，不会覆盖已有的备份` });
    expect(new Uint8Array(await readFile(path.join(defaultBackupFolder(d), GOOD)))).toEqual(first);
    expect((await readdir(defaultBackupFolder(d))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('deletes only a file that reads as a backup of this app', async () => {
    const d = await backupDeps();
    const folder = (await getBackupFolder(d)) as { value: string };
    const name = '村企联建备份_2026-11-24_每日.cqbak';
    await writeFile(path.join(folder.value, name), 'my own notes, named like a backup');
    expect(await deleteBackup(d, { name })).toEqual({ ok: false, error: `「${name}」不是本程序的备份文件，没有删除` });
    expect(await readdir(folder.value)).toContain(name);
    await writeFile(path.join(folder.value, GOOD), await backupBytes());
    expect(await deleteBackup(d, { name: GOOD })).toEqual({ ok: true, value: null });
    expect(await readdir(folder.value)).not.toContain(GOOD);
  });

  it('lists only the app’s own backups', async () => {
    const d = await backupDeps();
    const folder = (await getBackupFolder(d)) as { value: string };
    await writeFile(path.join(folder.value, '说明.txt'), 'x');
    await writeFile(path.join(folder.value, 'CON.cqbak'), 'x');
    await writeFile(path.join(folder.value, GOOD), await backupBytes());
    const list = await listBackups(d);
    expect(list.ok && list.value.map((f) => f.name)).toEqual([GOOD]);
  });
});

describe('the backup channels (through handle)', () => {
  function channels(deps: BackupFolderDeps) {
    const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
    const handle = createHandle({ ipcMain: { handle: (channel: string, fn: never) => void handlers.set(channel, fn) } as never, checkSender: () => null, log: () => undefined });
    setupBackupIpc({ handle, backup: deps, dialogs: {} as FileDialogs });
    const event = {} as SenderEvent;
    return (channel: string, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  }

  it.each(REFUSED)('refuse %s before the service runs', async (_what, name) => {
    const d = await backupDeps();
    const call = channels(d);
    for (const [channel, arg] of [['backup:write', { name, bytes: await backupBytes() }], ['backup:read', { name }], ['backup:delete', { name }]] as const) {
      const result = await call(channel, arg).catch((e: Error) => ({ thrown: e.message }));
      expect(JSON.stringify(result), channel).toMatch(/参数无效|不是|保留|不能|不允许/);
    }
    expect(await readdir(defaultBackupFolder(d)).catch(() => [])).toEqual([]);
  });

  it('write one, refuse its overwrite, read it back, delete it', async () => {
    const d = await backupDeps();
    const call = channels(d);
    const bytes = await backupBytes();
    expect(await call('backup:write', { name: GOOD, bytes })).toMatchObject({ ok: true });
    expect(await call('backup:write', { name: GOOD, bytes })).toMatchObject({ ok: false, error: expect.stringContaining('已存在') });
    expect(await call('backup:read', { name: GOOD })).toEqual({ ok: true, value: new Uint8Array(bytes) });
    expect(await call('backup:delete', { name: GOOD })).toEqual({ ok: true, value: null });
  });
});
