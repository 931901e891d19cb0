// Where automatic backups go. Outside userData on purpose: an uninstall, a reinstall or a
// changed data path can take userData with it, and the backups must survive exactly that.
import path from 'node:path';
import { access, constants, mkdir } from 'node:fs/promises';
import { fail, ok, type Result } from '@shared/ipc/contract';
import type { ConfigStore } from './config';
import { CANCELLED, type FileDialogs } from './dialogs';
import { describeFsError } from './fs-errors';

export const BACKUP_FOLDER_NAME = '村企联建备份';

export type BackupFolderDeps = {
  config: ConfigStore;
  documentsDir: string;
  homeDir: string;
  userDataDir: string;
};

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function defaultBackupFolder(deps: Pick<BackupFolderDeps, 'documentsDir' | 'homeDir' | 'userDataDir'>): string {
  // A redirected 我的文档 could in theory sit inside userData; the home folder then.
  const base = isInside(deps.documentsDir, deps.userDataDir) ? deps.homeDir : deps.documentsDir;
  return path.join(base, BACKUP_FOLDER_NAME);
}

async function ensureWritableFolder(folder: string): Promise<Result<string>> {
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
    return ok(folder);
  } catch (error) {
    return fail(`备份文件夹「${folder}」不可用：${describeFsError(error)}。请在「设置」中重新选择备份文件夹`);
  }
}

/** The configured folder (or the default), created on demand. */
export async function getBackupFolder(deps: BackupFolderDeps): Promise<Result<string>> {
  const configured = (await deps.config.read()).backupFolder;
  const folder = configured && !isInside(configured, deps.userDataDir) ? configured : defaultBackupFolder(deps);
  return ensureWritableFolder(folder);
}

export async function chooseBackupFolder(
  deps: BackupFolderDeps & { dialogs: Pick<FileDialogs, 'showOpenDialog'> },
): Promise<Result<string>> {
  const current = await getBackupFolder(deps);
  const chosen = await deps.dialogs.showOpenDialog({
    title: '选择备份文件夹',
    defaultPath: current.ok ? current.value : deps.documentsDir,
    buttonLabel: '选择此文件夹',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  });
  const folder = chosen.filePaths[0];
  if (chosen.canceled || !folder) return fail(CANCELLED, true);
  if (isInside(folder, deps.userDataDir)) {
    return fail('备份文件夹不能放在程序数据文件夹里（卸载或重装时可能被一起删除），请另选一个文件夹');
  }
  const usable = await ensureWritableFolder(folder);
  if (!usable.ok) return usable;
  try {
    await deps.config.update({ backupFolder: folder });
  } catch (error) {
    return fail(`无法保存设置：${describeFsError(error)}`);
  }
  return usable;
}
