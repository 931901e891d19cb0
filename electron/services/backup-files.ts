// Files inside the backup folder, addressed by bare name. Only names of the pattern the app
// writes are accepted (checkBackupFileName: no reserved device names, no other extensions, no
// trailing dots or spaces), a backup is never overwritten, and a file is deleted only when it
// reads as a backup of this app. A backup counts only once it has been written atomically and
// read back identical; rotation is the caller's, since the caller names the files.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { link, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { checkBackupFileName } from '@shared/backup/naming';
import { isAppBackup } from '@shared/backup/read';
import {
  fail,
  ok,
  type BackupFileInfo,
  type BackupFileRequest,
  type BackupWriteRequest,
  type Result,
  type SavedFile,
} from '@shared/ipc/contract';
import { tempPathFor, writeFileAtomic } from './atomic-write';
import { getBackupFolder, isInside, type BackupFolderDeps } from './backup-folder';
import { describeFsError } from './fs-errors';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// The contract already refuses separators and `..`; this is the second lock on the door.
function fileIn(folder: string, name: string): string | null {
  const full = path.join(folder, name);
  return path.dirname(full) === path.resolve(folder) && isInside(full, folder) ? full : null;
}

async function withFile<T>(
  deps: BackupFolderDeps,
  name: string,
  run: (file: string, folder: string) => Promise<Result<T>>,
): Promise<Result<T>> {
  const checked = checkBackupFileName(name);
  if (!checked.ok) return fail(checked.error);
  const folder = await getBackupFolder(deps);
  if (!folder.ok) return folder;
  const file = fileIn(folder.value, name);
  return file ? run(file, folder.value) : fail(`备份文件名无效：${name.slice(0, 60)}`);
}

const exists = (file: string) => stat(file).then(
  () => true,
  (error: { code?: string }) => error.code !== 'ENOENT',
);

/**
 * Puts the flushed temporary file in place under `file` only if no file has that name: a hard
 * link fails with EEXIST when one does. Where the disk has no hard links (FAT32 USB sticks)
 * it falls back to checking first and renaming.
 */
async function placeWithoutOverwrite(temp: string, file: string): Promise<'placed' | 'exists'> {
  try {
    await link(temp, file);
    await rm(temp, { force: true });
    return 'placed';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') {
      await rm(temp, { force: true });
      return 'exists';
    }
    if (await exists(file)) {
      await rm(temp, { force: true });
      return 'exists';
    }
    await rename(temp, file);
    return 'placed';
  }
}

export function writeBackup(deps: BackupFolderDeps, req: BackupWriteRequest): Promise<Result<SavedFile>> {
  return withFile(deps, req.name, async (file) => {
    const taken = () => fail<SavedFile>(`备份「${req.name}」已存在，不会覆盖已有的备份`);
    try {
      if (await exists(file)) return taken();
      // Written and flushed beside the target, then put in place without replacing anything.
      const temp = tempPathFor(file);
      await writeFileAtomic(temp, req.bytes);
      if ((await placeWithoutOverwrite(temp, file)) === 'exists') return taken();
      const back = await readFile(file);
      if (sha256(back) !== sha256(req.bytes)) {
        await rm(file, { force: true });
        return fail(`备份「${req.name}」写入后校验不一致，已删除，请检查磁盘`);
      }
      return ok({ location: file });
    } catch (error) {
      return fail(`备份「${req.name}」写入失败：${describeFsError(error)}`);
    }
  });
}

/** A temporary file of writeFileAtomic (`.name.<hex>.tmp`) this old was left by a crash. */
export const STALE_TEMP_MS = 60 * 60 * 1000;
const isStaleTemp = (name: string) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);

async function isOlderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms;
  } catch {
    return false;
  }
}

export async function listBackups(deps: BackupFolderDeps): Promise<Result<BackupFileInfo[]>> {
  const folder = await getBackupFolder(deps);
  if (!folder.ok) return folder;
  try {
    const entries = await readdir(folder.value, { withFileTypes: true });
    const files: BackupFileInfo[] = [];
    for (const entry of entries) {
      // Temporary files of an interrupted write are never offered as backups; one left by a
      // crash (older than any write could take) is removed so it does not fill the disk.
      if (entry.isFile() && isStaleTemp(entry.name) && (await isOlderThan(path.join(folder.value, entry.name), STALE_TEMP_MS))) {
        await rm(path.join(folder.value, entry.name), { force: true }).catch(() => undefined);
      }
      // Only the app's own backups are offered (other files in the folder are not the app's to touch).
      if (!entry.isFile() || entry.name.startsWith('.') || !checkBackupFileName(entry.name).ok) continue;
      const info = await stat(path.join(folder.value, entry.name));
      files.push({ name: entry.name, size: info.size, modifiedAt: info.mtime.toISOString() });
    }
    return ok(files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)));
  } catch (error) {
    return fail(`无法读取备份文件夹：${describeFsError(error)}`);
  }
}

export function readBackup(deps: BackupFolderDeps, req: BackupFileRequest): Promise<Result<Uint8Array>> {
  return withFile(deps, req.name, async (file) => {
    try {
      const data = await readFile(file);
      return ok(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      return fail(`无法读取备份「${req.name}」：${describeFsError(error)}`);
    }
  });
}

export function deleteBackup(deps: BackupFolderDeps, req: BackupFileRequest): Promise<Result<null>> {
  return withFile(deps, req.name, async (file) => {
    try {
      const data = await readFile(file);
      if (!(await isAppBackup(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)))) {
        return fail(`「${req.name}」不是本程序的备份文件，没有删除`);
      }
      await rm(file);
      return ok(null);
    } catch (error) {
      return fail(`无法删除备份「${req.name}」：${describeFsError(error)}`);
    }
  });
}
