// Files inside the backup folder, addressed by bare name. A backup counts only once it has
// been written atomically and read back identical; rotation is the caller's, since the
// caller names the files.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import {
  fail,
  ok,
  type BackupFileInfo,
  type BackupFileRequest,
  type BackupWriteRequest,
  type Result,
  type SavedFile,
} from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
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
  const folder = await getBackupFolder(deps);
  if (!folder.ok) return folder;
  const file = fileIn(folder.value, name);
  return file ? run(file, folder.value) : fail(`备份文件名无效：${name}`);
}

export function writeBackup(deps: BackupFolderDeps, req: BackupWriteRequest): Promise<Result<SavedFile>> {
  return withFile(deps, req.name, async (file) => {
    try {
      await writeFileAtomic(file, req.bytes);
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
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
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
      await rm(file);
      return ok(null);
    } catch (error) {
      return fail(`无法删除备份「${req.name}」：${describeFsError(error)}`);
    }
  });
}
