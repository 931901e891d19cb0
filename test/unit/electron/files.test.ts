// Opening and saving: atomic writes, cancelled dialogs, the size limit, no silent overwrite.
import path from 'node:path';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../../electron/services/atomic-write';
import { createConfigStore } from '../../../electron/services/config';
import type { FileDialogs } from '../../../electron/services/dialogs';
import { openFiles, saveFile, saveFiles, type FilesDeps } from '../../../electron/services/dialogs-and-files';
import { tempDirs } from './tmp-dir';

const tempDir = tempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);
const text = async (file: string) => readFile(file, 'utf8');

function fakeDialogs(overrides: Partial<FileDialogs> = {}): FileDialogs {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    ...overrides,
  };
}

async function deps(dialogs: FileDialogs, maxOpenBytes?: number): Promise<FilesDeps & { dir: string }> {
  const dir = await tempDir();
  const documentsDir = path.join(dir, 'Documents');
  await mkdir(documentsDir);
  return { dir, dialogs, config: createConfigStore(path.join(dir, 'userData')), documentsDir, maxOpenBytes };
}

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, '统计表.xlsx');
    await writeFile(target, 'old');
    await writeFileAtomic(target, bytes('new'));
    expect(await text(target)).toBe('new');
    expect(await readdir(dir)).toEqual(['统计表.xlsx']);
  });

  it('writes to a temporary file beside the target, then renames it over the target', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.txt');
    const rename = vi.fn(realFs.rename);
    await writeFileAtomic(target, bytes('x'), { ...realFs, rename } as AtomicFs);
    const [from, to] = rename.mock.calls[0]!;
    expect(path.dirname(from as string)).toBe(dir);
    expect(from).not.toBe(target);
    expect(to).toBe(target);
  });

  it('a failing write leaves the old target untouched and no partial file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.txt');
    await writeFile(target, 'old');
    const failing: AtomicFs = {
      ...realFs,
      open: (async (file: string, flags: string) => {
        const handle = await realFs.open(file, flags);
        return Object.assign(Object.create(handle) as realFs.FileHandle, {
          // Half the bytes reach the disk, then the disk is full.
          writeFile: async (data: Uint8Array) => {
            await handle.writeFile(data.subarray(0, 1));
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicFs['open'],
    };
    await expect(writeFileAtomic(target, bytes('new content'), failing)).rejects.toThrow('no space');
    expect(await text(target)).toBe('old');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('a failing rename leaves no partial target and no temporary file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'new.txt');
    const failing = { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) };
    await expect(writeFileAtomic(target, bytes('x'), failing as AtomicFs)).rejects.toThrow('busy');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('openFiles', () => {
  it('a cancelled dialog gives { ok: false, cancelled: true }', async () => {
    const d = await deps(fakeDialogs());
    expect(await openFiles(d, { title: '导入', filters: [], multiple: true })).toEqual({
      ok: false,
      error: '已取消',
      cancelled: true,
    });
  });

  it('reads the chosen files as names and bytes', async () => {
    const d = await deps(fakeDialogs());
    const file = path.join(d.dir, '红星村.xlsx');
    await writeFile(file, 'PK');
    d.dialogs.showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [file] }));
    const result = await openFiles(d, { title: '导入', filters: [], multiple: false });
    expect(result).toEqual({ ok: true, value: [{ name: '红星村.xlsx', bytes: new Uint8Array(bytes('PK')) }] });
    expect(d.dialogs.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
  });

  it('refuses a file over the size limit with a Chinese message naming it, before reading', async () => {
    const d = await deps(fakeDialogs(), 10);
    const file = path.join(d.dir, '大文件.xlsx');
    await writeFile(file, 'x'.repeat(20));
    d.dialogs.showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [file] }));
    const result = await openFiles(d, { title: '导入', filters: [], multiple: false });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/「大文件\.xlsx」.*超过了单个文件.*上限/);
  });

  it('refuses a batch whose total is over the limit', async () => {
    const d = await deps(fakeDialogs(), 10);
    const files = ['a.xlsx', 'b.xlsx'].map((n) => path.join(d.dir, n));
    for (const f of files) await writeFile(f, 'x'.repeat(6));
    d.dialogs.showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: files }));
    const result = await openFiles(d, { title: '导入', filters: [], multiple: true });
    expect(!result.ok && result.error).toMatch(/共.*请分批打开/);
  });
});

describe('saveFile', () => {
  const req = { title: '导出', defaultName: '统计表.xlsx', bytes: bytes('data'), filters: [] };

  it('a cancelled dialog gives { ok: false, cancelled: true } and writes nothing', async () => {
    const d = await deps(fakeDialogs());
    expect(await saveFile(d, req)).toMatchObject({ ok: false, cancelled: true });
    expect(await readdir(d.documentsDir)).toEqual([]);
  });

  it('offers the default name in the last-used folder, and remembers the new one', async () => {
    const d = await deps(fakeDialogs());
    const other = path.join(d.dir, '报表');
    await mkdir(other);
    d.dialogs.showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(other, '统计表.xlsx') }));
    expect(await saveFile(d, req)).toEqual({ ok: true, value: { location: path.join(other, '统计表.xlsx') } });
    expect(d.dialogs.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: path.join(d.documentsDir, '统计表.xlsx') }),
    );
    await vi.waitFor(async () => expect((await d.config.read()).lastFolder).toBe(other));
    await saveFile(d, req);
    expect(d.dialogs.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: path.join(other, '统计表.xlsx') }),
    );
  });

  it('adds the extension a Linux dialog left off', async () => {
    const d = await deps(fakeDialogs());
    d.dialogs.showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(d.dir, '统计表') }));
    expect(await saveFile(d, req)).toEqual({ ok: true, value: { location: path.join(d.dir, '统计表.xlsx') } });
  });

  it('a write failure is a Chinese message, not an exception', async () => {
    const d = await deps(fakeDialogs());
    d.dialogs.showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(d.dir, 'missing', 'a.xlsx') }));
    const result = await saveFile(d, req);
    expect(!result.ok && result.error).toBe('保存「a.xlsx」失败：文件或文件夹不存在（U 盘可能已拔出）');
  });
});

describe('saveFiles', () => {
  const req = {
    title: '生成统计模板',
    zipName: '模板.zip',
    files: [
      { name: '城关镇.xlsx', bytes: bytes('new 1') },
      { name: '河田镇.xlsx', bytes: bytes('new 2') },
    ],
  };

  async function withFolder(response?: number) {
    const d = await deps(fakeDialogs({ showMessageBox: vi.fn(async () => ({ response: response ?? 0 })) }));
    const folder = path.join(d.dir, 'out');
    await mkdir(folder);
    d.dialogs.showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [folder] }));
    return { d, folder };
  }

  it('a cancelled folder dialog gives { ok: false, cancelled: true }', async () => {
    const d = await deps(fakeDialogs());
    expect(await saveFiles(d, req)).toMatchObject({ ok: false, cancelled: true });
  });

  it('writes every file into the chosen folder', async () => {
    const { d, folder } = await withFolder();
    expect(await saveFiles(d, req)).toEqual({ ok: true, value: { location: folder } });
    expect((await readdir(folder)).sort()).toEqual(['城关镇.xlsx', '河田镇.xlsx']);
    expect(d.dialogs.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before touching an existing file; keeping both adds a number', async () => {
    const { d, folder } = await withFolder(0);
    await writeFile(path.join(folder, '城关镇.xlsx'), 'returned by the township');
    await saveFiles(d, req);
    expect(d.dialogs.showMessageBox).toHaveBeenCalledTimes(1);
    expect(await text(path.join(folder, '城关镇.xlsx'))).toBe('returned by the township');
    expect(await text(path.join(folder, '城关镇 (2).xlsx'))).toBe('new 1');
  });

  it('overwrites only when the user says so', async () => {
    const { d, folder } = await withFolder(1);
    await writeFile(path.join(folder, '城关镇.xlsx'), 'old');
    await saveFiles(d, req);
    expect(await text(path.join(folder, '城关镇.xlsx'))).toBe('new 1');
  });

  it('cancelling the question writes nothing', async () => {
    const { d, folder } = await withFolder(2);
    await writeFile(path.join(folder, '城关镇.xlsx'), 'old');
    expect(await saveFiles(d, req)).toMatchObject({ ok: false, cancelled: true });
    expect(await readdir(folder)).toEqual(['城关镇.xlsx']);
  });

  it('two files of one batch with the same name never overwrite each other', async () => {
    const { d, folder } = await withFolder();
    const same = { ...req, files: [req.files[0]!, { name: '城关镇.XLSX', bytes: bytes('other') }] };
    await saveFiles(d, same);
    expect((await readdir(folder)).sort()).toEqual(['城关镇 (2).XLSX', '城关镇.xlsx']);
  });
});
