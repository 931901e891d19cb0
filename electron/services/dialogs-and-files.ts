// Opening and saving the user's files. Every path here comes from a dialog this process
// opened itself; the renderer sends names and bytes, never paths.
import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import {
  fail,
  ok,
  MAX_FILE_BYTES,
  type OpenFilesRequest,
  type PickedFile,
  type Result,
  type SaveFileRequest,
  type SaveFilesRequest,
  type SavedFile,
} from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import type { ConfigStore } from './config';
import { CANCELLED, type FileDialogs } from './dialogs';
import { describeFsError } from './fs-errors';

export type FilesDeps = {
  dialogs: FileDialogs;
  config: ConfigStore;
  documentsDir: string;
  /** Per file and per batch; defaults to the contract's limit on bytes sent over IPC. */
  maxOpenBytes?: number;
};

const megabytes = (n: number) => `${Math.max(0.1, Math.round(n / 1024 / 1024 * 10) / 10)} MB`;

/** Where dialogs start: the folder used last, else 我的文档. */
export async function startFolder(deps: Pick<FilesDeps, 'config' | 'documentsDir'>): Promise<string> {
  return (await deps.config.read()).lastFolder ?? deps.documentsDir;
}

// Awaited, so no write is left running after the call; a failure only loses the convenience.
async function rememberFolder(deps: Pick<FilesDeps, 'config'>, folder: string): Promise<void> {
  await deps.config.update({ lastFolder: folder }).catch(() => undefined);
}

export async function openFiles(deps: FilesDeps, req: OpenFilesRequest): Promise<Result<PickedFile[]>> {
  const chosen = await deps.dialogs.showOpenDialog({
    title: req.title,
    defaultPath: await startFolder(deps),
    filters: req.filters,
    properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (chosen.canceled || chosen.filePaths.length === 0) return fail(CANCELLED, true);

  const limit = deps.maxOpenBytes ?? MAX_FILE_BYTES;
  // Sizes first: nothing is read when the batch would be refused anyway.
  let total = 0;
  for (const file of chosen.filePaths) {
    const name = path.basename(file);
    try {
      const info = await stat(file);
      if (!info.isFile()) return fail(`「${name}」不是文件`);
      if (info.size > limit) return fail(`「${name}」有 ${megabytes(info.size)}，超过了单个文件 ${megabytes(limit)} 的上限`);
      total += info.size;
    } catch (error) {
      return fail(`无法读取「${name}」：${describeFsError(error)}`);
    }
  }
  if (total > limit) return fail(`所选文件共 ${megabytes(total)}，超过了一次 ${megabytes(limit)} 的上限，请分批打开`);

  const picked: PickedFile[] = [];
  for (const file of chosen.filePaths) {
    const name = path.basename(file);
    try {
      const data = await readFile(file);
      if (data.byteLength > limit) return fail(`「${name}」有 ${megabytes(data.byteLength)}，超过了单个文件 ${megabytes(limit)} 的上限`);
      picked.push({ name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    } catch (error) {
      return fail(`无法读取「${name}」：${describeFsError(error)}`);
    }
  }
  await rememberFolder(deps, path.dirname(chosen.filePaths[0]!));
  return ok(picked);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** `报表.xlsx` → `报表 (2).xlsx`, `报表 (3).xlsx`, … until neither the disk nor `taken` has it. */
export async function freeName(folder: string, name: string, taken: Set<string> = new Set()): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    // Windows and macOS folders are case-insensitive: 报表.XLSX and 报表.xlsx are one file.
    if (!taken.has(candidate.toLowerCase()) && !(await exists(path.join(folder, candidate)))) {
      taken.add(candidate.toLowerCase());
      return path.join(folder, candidate);
    }
  }
}

/** Linux file dialogs do not add the extension; a file without one will not open on a double click. */
async function withExtension(chosen: string, defaultName: string): Promise<string> {
  const ext = path.extname(defaultName);
  if (!ext || path.extname(chosen) !== '') return chosen;
  return freeName(path.dirname(chosen), path.basename(chosen) + ext);
}

export async function writeChosenFile(deps: Pick<FilesDeps, 'config'>, target: string, bytes: Uint8Array): Promise<Result<SavedFile>> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    return fail(`保存「${path.basename(target)}」失败：${describeFsError(error)}`);
  }
  await rememberFolder(deps, path.dirname(target));
  return ok({ location: target });
}

export async function saveWithDialog(
  deps: FilesDeps,
  options: Omit<SaveFileRequest, 'bytes'>,
  bytes: Uint8Array,
): Promise<Result<SavedFile>> {
  const chosen = await deps.dialogs.showSaveDialog({
    title: options.title,
    defaultPath: path.join(await startFolder(deps), options.defaultName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen.canceled || !chosen.filePath) return fail(CANCELLED, true);
  return writeChosenFile(deps, await withExtension(chosen.filePath, options.defaultName), bytes);
}

export function saveFile(deps: FilesDeps, req: SaveFileRequest): Promise<Result<SavedFile>> {
  return saveWithDialog(deps, req, req.bytes);
}

const KEEP_BOTH = 0;
const OVERWRITE = 1;
const CANCEL = 2;

export async function saveFiles(deps: FilesDeps, req: SaveFilesRequest): Promise<Result<SavedFile>> {
  const chosen = await deps.dialogs.showOpenDialog({
    title: req.title,
    defaultPath: await startFolder(deps),
    buttonLabel: '保存到此文件夹',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  });
  const folder = chosen.filePaths[0];
  if (chosen.canceled || !folder) return fail(CANCELLED, true);

  const clashes: string[] = [];
  for (const file of req.files) if (await exists(path.join(folder, file.name))) clashes.push(file.name);
  let overwrite = false;
  if (clashes.length > 0) {
    const { response } = await deps.dialogs.showMessageBox({
      type: 'question',
      title: req.title,
      message: `文件夹中已有 ${clashes.length} 个同名文件`,
      detail: `${clashes.slice(0, 5).join('\n')}${clashes.length > 5 ? '\n……' : ''}`,
      buttons: ['保留原文件，新文件加编号', '覆盖同名文件', '取消'],
      defaultId: KEEP_BOTH,
      cancelId: CANCEL,
      noLink: true,
    });
    if (response === CANCEL) return fail(CANCELLED, true);
    overwrite = response === OVERWRITE;
  }

  const taken = new Set<string>();
  let written = 0;
  for (const file of req.files) {
    // Two files of one batch never land on one name, even when overwriting what was there.
    const key = file.name.toLowerCase();
    let target: string;
    if (overwrite && !taken.has(key)) {
      taken.add(key);
      target = path.join(folder, file.name);
    } else {
      target = await freeName(folder, file.name, taken);
    }
    try {
      await writeFileAtomic(target, file.bytes);
      written += 1;
    } catch (error) {
      const done = written > 0 ? `已保存 ${written} 个文件；` : '';
      return fail(`${done}「${path.basename(target)}」保存失败：${describeFsError(error)}`);
    }
  }
  await rememberFolder(deps, folder);
  return ok({ location: folder });
}
