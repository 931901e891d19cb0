// The backup folder (outside userData, created on demand, changeable), the backup files in
// it, printing and PDF.
import path from 'node:path';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { deleteBackup, listBackups, readBackup, writeBackup } from '../../../electron/services/backup-files';
import {
  chooseBackupFolder,
  defaultBackupFolder,
  getBackupFolder,
  isInside,
  type BackupFolderDeps,
} from '../../../electron/services/backup-folder';
import { createConfigStore } from '../../../electron/services/config';
import type { FileDialogs } from '../../../electron/services/dialogs';
import { printContents, printToPdf } from '../../../electron/services/print';
import { tempDirs } from './tmp-dir';
import { buildBackup } from '@shared/backup/write';

const tempDir = tempDirs();

async function backupDeps(): Promise<BackupFolderDeps & { dir: string }> {
  const dir = await tempDir();
  const userDataDir = path.join(dir, 'appData', 'cunqi-lianjian');
  return { dir, config: createConfigStore(userDataDir), documentsDir: path.join(dir, 'Documents'), homeDir: dir, userDataDir };
}

const openDialog = (filePaths: string[]): Pick<FileDialogs, 'showOpenDialog'> => ({
  showOpenDialog: vi.fn(async () => ({ canceled: filePaths.length === 0, filePaths })),
});

describe('backup folder', () => {
  it('defaults to <documents>/村企联建备份, outside userData', async () => {
    const d = await backupDeps();
    const folder = defaultBackupFolder(d);
    expect(folder).toBe(path.join(d.documentsDir, '村企联建备份'));
    expect(isInside(folder, d.userDataDir)).toBe(false);
  });

  it('is created on demand', async () => {
    const d = await backupDeps();
    const result = await getBackupFolder(d);
    expect(result).toEqual({ ok: true, value: path.join(d.documentsDir, '村企联建备份') });
    expect((await stat(path.join(d.documentsDir, '村企联建备份'))).isDirectory()).toBe(true);
  });

  it('falls back to the home folder if 我的文档 were inside userData', () => {
    const folder = defaultBackupFolder({ documentsDir: '/u/data/docs', userDataDir: '/u/data', homeDir: '/home/u' });
    expect(folder).toBe(path.join('/home/u', '村企联建备份'));
  });

  it('is changed through a folder dialog and remembered', async () => {
    const d = await backupDeps();
    const chosen = path.join(d.dir, 'U盘', '备份');
    expect(await chooseBackupFolder({ ...d, dialogs: openDialog([chosen]) as FileDialogs })).toEqual({
      ok: true,
      value: chosen,
    });
    expect(await getBackupFolder(d)).toEqual({ ok: true, value: chosen });
  });

  it('a cancelled dialog gives { ok: false, cancelled: true } and changes nothing', async () => {
    const d = await backupDeps();
    expect(await chooseBackupFolder({ ...d, dialogs: openDialog([]) as FileDialogs })).toMatchObject({
      ok: false,
      cancelled: true,
    });
    expect(await getBackupFolder(d)).toEqual({ ok: true, value: defaultBackupFolder(d) });
  });

  it('refuses a folder inside userData', async () => {
    const d = await backupDeps();
    const result = await chooseBackupFolder({ ...d, dialogs: openDialog([path.join(d.userDataDir, 'b')]) as FileDialogs });
    expect(!result.ok && result.error).toMatch(/不能放在程序数据文件夹里/);
  });

  it('says so in Chinese when the folder cannot be created', async () => {
    const d = await backupDeps();
    await mkdir(d.dir, { recursive: true });
    await writeFile(path.join(d.dir, 'a-file'), '');
    await d.config.update({ backupFolder: path.join(d.dir, 'a-file', 'backups') });
    const result = await getBackupFolder(d);
    expect(!result.ok && result.error).toMatch(/^备份文件夹「.*」不可用：.*请在「设置」中重新选择备份文件夹$/);
  });
});

describe('backup files', () => {
  const NAME = '村企联建备份_2024-01-01_每日.cqbak';

  it('writes, lists, reads back and deletes by bare name', async () => {
    const d = await backupDeps();
    const data = (await buildBackup({ tables: { townships: [] }, appVersion: '0.1.0', schemaVersion: 2, createdAt: '2024-01-01T00:00:00.000Z', reason: 'daily' })) as Uint8Array<ArrayBuffer>;
    const written = await writeBackup(d, { name: NAME, bytes: data });
    expect(written).toEqual({ ok: true, value: { location: path.join(defaultBackupFolder(d), NAME) } });
    const list = await listBackups(d);
    expect(list.ok && list.value.map((f) => [f.name, f.size])).toEqual([[NAME, data.byteLength]]);
    expect(await readBackup(d, { name: NAME })).toEqual({ ok: true, value: new Uint8Array(data) });
    expect(await deleteBackup(d, { name: NAME })).toEqual({ ok: true, value: null });
    expect(await readdir(defaultBackupFolder(d))).toEqual([]);
  });

  it('never lists the temporary file of an interrupted write', async () => {
    const d = await backupDeps();
    const folder = (await getBackupFolder(d)) as { value: string };
    await writeFile(path.join(folder.value, '.a.cqbak.123abc.tmp'), 'half');
    expect(await listBackups(d)).toEqual({ ok: true, value: [] });
  });

  it('refuses a name that leaves the folder, even past the schema', async () => {
    const d = await backupDeps();
    expect(await readBackup(d, { name: '../secret' })).toMatchObject({ ok: false });
  });
});

describe('print and PDF', () => {
  it('prints through the system dialog with backgrounds and the requested orientation', async () => {
    const contents = { print: vi.fn((_o: unknown, done: (ok: boolean, reason: string) => void) => done(true, '')) };
    expect(await printContents(contents as never, { title: '档案卡', landscape: true })).toEqual({ ok: true, value: null });
    expect(contents.print).toHaveBeenCalledWith({ silent: false, printBackground: true, landscape: true }, expect.any(Function));
  });

  it('a cancelled print dialog gives { ok: false, cancelled: true }', async () => {
    const contents = { print: vi.fn((_o: unknown, done: (ok: boolean, reason: string) => void) => done(false, 'cancelled')) };
    expect(await printContents(contents as never, { title: '', landscape: false })).toEqual({
      ok: false,
      error: '已取消',
      cancelled: true,
    });
  });

  it('printToPdf uses the CSS page size, backgrounds and orientation, then saves atomically', async () => {
    const dir = await tempDir();
    const target = path.join(dir, '表彰决定.pdf');
    const contents = { printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])) };
    const dialogs = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) };
    const result = await printToPdf(
      { contents, dialogs: dialogs as never, config: createConfigStore(path.join(dir, 'ud')), documentsDir: dir },
      { title: '导出 PDF', defaultName: '表彰决定.pdf', landscape: false },
    );
    expect(result).toEqual({ ok: true, value: { location: target } });
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ preferCSSPageSize: true, printBackground: true, landscape: false }),
    );
    expect((await stat(target)).size).toBe(4);
  });

  it('a cancelled PDF save dialog gives { ok: false, cancelled: true }', async () => {
    const dir = await tempDir();
    const contents = { printToPDF: vi.fn(async () => new Uint8Array(4)) };
    const dialogs = { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) };
    const result = await printToPdf(
      { contents, dialogs: dialogs as never, config: createConfigStore(path.join(dir, 'ud')), documentsDir: dir },
      { title: '导出 PDF', defaultName: 'a.pdf', landscape: true },
    );
    expect(result).toMatchObject({ ok: false, cancelled: true });
  });
});
