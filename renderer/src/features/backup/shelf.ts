// Where automatic and safety backups are kept, behind one small interface:
// - under Electron, the backup folder on disk (main writes atomically, reads back, compares);
// - in the browser edition, the Origin Private File System — outside IndexedDB, so a broken
//   or wiped database leaves them, though not outside the browser profile (which is why the
//   browser edition also reminds the user to download a backup).
import { fail, ok } from '@shared/ipc/result';
import type { BackupFileInfo, HostApi, Result } from '@shared/ipc/contract';
import { sha256Hex } from '@shared/backup/sha256';

export type BackupShelf = {
  kind: 'folder' | 'browser';
  /** Where the files are, as the user should read it. */
  where(): Promise<string>;
  list(): Promise<Result<BackupFileInfo[]>>;
  write(name: string, bytes: Uint8Array): Promise<Result<{ location: string }>>;
  read(name: string): Promise<Result<Uint8Array>>;
  remove(name: string): Promise<Result<null>>;
};

export function folderShelf(host: HostApi): BackupShelf | null {
  const { writeBackup, listBackups, readBackup, deleteBackup } = host;
  if (!host.capabilities.backupFolder || !writeBackup || !listBackups || !readBackup || !deleteBackup) return null;
  return {
    kind: 'folder',
    where: async () => {
      const folder = await host.getBackupFolder();
      return folder.ok ? folder.value : folder.error;
    },
    list: () => listBackups(),
    write: (name, bytes) => writeBackup({ name, bytes: bytes as Uint8Array<ArrayBuffer> }),
    read: (name) => readBackup({ name }),
    remove: (name) => deleteBackup({ name }),
  };
}

type AsyncEntries = { entries(): AsyncIterable<[string, FileSystemHandle]> };
type WritableHandle = FileSystemFileHandle & {
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
};

const OPFS_FOLDER = 'backups';

async function opfsFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(OPFS_FOLDER, { create: true });
}

function describe(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return '浏览器存储空间不足';
  return error instanceof Error ? error.message : String(error);
}

/** The browser edition's shelf, or null where the browser has no OPFS. */
export function browserShelf(): BackupShelf | null {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
  return {
    kind: 'browser',
    where: async () => '浏览器内（本机本浏览器的程序存储区）',
    async list() {
      try {
        const folder = (await opfsFolder()) as unknown as AsyncEntries;
        const files: BackupFileInfo[] = [];
        for await (const [name, handle] of folder.entries()) {
          // A write interrupted half-way never shows: only committed files with our names.
          if (handle.kind !== 'file' || name.startsWith('.')) continue;
          const file = await (handle as FileSystemFileHandle).getFile();
          files.push({ name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() });
        }
        return ok(files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)));
      } catch (error) {
        return fail(`无法读取浏览器内的备份：${describe(error)}`);
      }
    },
    async write(name, bytes) {
      try {
        const folder = await opfsFolder();
        // createWritable writes to a swap file and replaces the target only on close().
        const handle = (await folder.getFileHandle(name, { create: true })) as WritableHandle;
        const writable = await handle.createWritable();
        try {
          await writable.write(new Blob([bytes as Uint8Array<ArrayBuffer>]));
          await writable.close();
        } catch (error) {
          await writable.abort().catch(() => undefined);
          throw error;
        }
        const back = new Uint8Array(await (await handle.getFile()).arrayBuffer());
        if ((await sha256Hex(back)) !== (await sha256Hex(bytes))) {
          await folder.removeEntry(name).catch(() => undefined);
          return fail(`备份「${name}」写入后校验不一致，已删除`);
        }
        return ok({ location: `浏览器内：${name}` });
      } catch (error) {
        return fail(`备份「${name}」保存失败：${describe(error)}`);
      }
    },
    async read(name) {
      try {
        const handle = await (await opfsFolder()).getFileHandle(name);
        return ok(new Uint8Array(await (await handle.getFile()).arrayBuffer()));
      } catch (error) {
        return fail(`无法读取备份「${name}」：${describe(error)}`);
      }
    },
    async remove(name) {
      try {
        await (await opfsFolder()).removeEntry(name);
        return ok(null);
      } catch (error) {
        return fail(`无法删除备份「${name}」：${describe(error)}`);
      }
    },
  };
}

/** A shelf in memory, for tests and as the last resort of a browser without OPFS. */
export function memoryShelf(): BackupShelf & { files: Map<string, { bytes: Uint8Array; modifiedAt: string }> } {
  const files = new Map<string, { bytes: Uint8Array; modifiedAt: string }>();
  return {
    kind: 'browser',
    files,
    where: async () => '内存',
    list: async () =>
      ok([...files].map(([name, f]) => ({ name, size: f.bytes.byteLength, modifiedAt: f.modifiedAt })).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))),
    write: async (name, bytes) => {
      // As the backup folder does: an existing backup is never overwritten.
      if (files.has(name)) return fail(`备份「${name}」已存在，不会覆盖已有的备份`);
      files.set(name, { bytes: bytes.slice(), modifiedAt: new Date().toISOString() });
      return ok({ location: name });
    },
    read: async (name) => {
      const f = files.get(name);
      return f ? ok(f.bytes.slice()) : fail(`备份「${name}」不存在`);
    },
    remove: async (name) => {
      files.delete(name);
      return ok(null);
    },
  };
}
