// The host contract: what the renderer may ask of the machine it runs on. Typed once here,
// implemented twice — by Electron (preload + ipcMain.handle, electron/) and by the browser
// edition (file inputs, downloads, window.print; renderer/src/host/browser.ts).
// The zod schemas are the runtime allow-list the main process checks every message against.
import { z } from 'zod';
import { StoreMarker } from '../backup/marker';
import { checkBackupFileName } from '../backup/naming';
import type { ReadProgress, WorkbookData } from '../io/types';

export { ok, fail, type Result } from './result';
import type { Result } from './result';

export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && !hasControlCharacter(n) && n !== '.' && n !== '..', '文件名含有不允许的字符');

/** Characters below U+0020 are never valid in a Windows file name. */
function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 0x20) return true;
  return false;
}

const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,8}$/i)).max(20),
});

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, '文件过大');

export const OpenFilesRequest = z.object({
  title: z.string().max(200),
  filters: z.array(fileFilter).max(10),
  multiple: z.boolean(),
});
export type OpenFilesRequest = z.infer<typeof OpenFilesRequest>;
export type PickedFile = { name: string; bytes: Uint8Array };

export const SaveFileRequest = z.object({
  title: z.string().max(200),
  defaultName: fileName,
  bytes,
  filters: z.array(fileFilter).max(10),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;
/** `location` is shown to the user (a path under Electron, the download name in the browser). */
export type SavedFile = { location: string };

export const SaveFilesRequest = z.object({
  title: z.string().max(200),
  /** Name of the .zip the browser edition downloads instead of writing into a folder. */
  zipName: fileName,
  files: z.array(z.object({ name: fileName, bytes })).min(1).max(2000),
});
export type SaveFilesRequest = z.infer<typeof SaveFilesRequest>;

export const PrintRequest = z.object({
  title: z.string().max(200),
  landscape: z.boolean(),
});
export type PrintRequest = z.infer<typeof PrintRequest>;

export const PdfRequest = z.object({
  title: z.string().max(200),
  defaultName: fileName,
  landscape: z.boolean(),
});
export type PdfRequest = z.infer<typeof PdfRequest>;

/** A backup's bare name of the pattern the app writes (shared/backup/naming.ts), nothing else. */
const backupName = fileName.superRefine((n, ctx) => {
  const checked = checkBackupFileName(n);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.error });
});

/** A file inside the backup folder, named without any path (the folder is main's to know). */
export const BackupFileRequest = z.object({ name: backupName });
export type BackupFileRequest = z.infer<typeof BackupFileRequest>;
export const BackupWriteRequest = z.object({ name: backupName, bytes });
export type BackupWriteRequest = z.infer<typeof BackupWriteRequest>;
export type BackupFileInfo = { name: string; size: number; /** ISO 8601 */ modifiedAt: string };

export type AppInfo = {
  version: string;
  /** Where the data lives: the userData folder under Electron, the browser profile otherwise. */
  dataLocation: string;
  platform: string;
};

/** A spreadsheet to parse (shared/io); `jobId` names the job for progress and cancel. */
export const ParseRequest = z.object({
  jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  fileName: z.string().min(1).max(260),
  bytes,
});
export type ParseRequest = z.infer<typeof ParseRequest>;
export const ParseJobRequest = z.object({ jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) });
export type ParseJobRequest = z.infer<typeof ParseJobRequest>;

/** What the Electron preload exposes as `window.cqHost`; the browser edition implements the same. */
export type HostBridge = {
  openFiles(req: OpenFilesRequest): Promise<Result<PickedFile[]>>;
  saveFile(req: SaveFileRequest): Promise<Result<SavedFile>>;
  saveFiles(req: SaveFilesRequest): Promise<Result<SavedFile>>;
  print(req: PrintRequest): Promise<Result<null>>;
  printToPdf(req: PdfRequest): Promise<Result<SavedFile>>;
  getBackupFolder(): Promise<Result<string>>;
  chooseBackupFolder(): Promise<Result<string>>;
  getAppInfo(): Promise<AppInfo>;
  // Automatic backups without a dialog each time: only a host with a backup folder
  // (capabilities.backupFolder) has these; rotation is the caller's (it owns the file names).
  /** Writes atomically into the backup folder, then reads the file back and compares. */
  writeBackup?(req: BackupWriteRequest): Promise<Result<SavedFile>>;
  listBackups?(): Promise<Result<BackupFileInfo[]>>;
  readBackup?(req: BackupFileRequest): Promise<Result<Uint8Array>>;
  deleteBackup?(req: BackupFileRequest): Promise<Result<null>>;
  // The store marker (shared/backup/marker.ts) as a file in userData, outside IndexedDB.
  readStoreMarker?(): Promise<Result<StoreMarker | null>>;
  writeStoreMarker?(marker: StoreMarker): Promise<Result<null>>;
  /**
   * Backup on exit: the renderer calls this once at start; main resolves it when the window
   * is closing, waits (with a time limit) for exitBackupDone, then lets the window close.
   */
  waitForExitRequest?(): Promise<Result<null>>;
  exitBackupDone?(): Promise<Result<null>>;
  // Spreadsheet parsing where running out of memory kills only the parse: a Web Worker in the
  // browser edition, a worker thread with resource limits in Electron's main process.
  /** Reads a .xlsx/.xls/.csv; a failure is one Chinese sentence naming the file. */
  parseSpreadsheet?(req: ParseRequest): Promise<Result<WorkbookData>>;
  /** The job's latest progress (null once it has finished or never started). */
  parseProgress?(req: ParseJobRequest): Promise<Result<ReadProgress | null>>;
  /** Stops the job; its parseSpreadsheet call resolves as cancelled. */
  cancelParse?(req: ParseJobRequest): Promise<Result<null>>;
};

export type HostCapabilities = {
  /** Files are written where the user chose in a native dialog (else: browser downloads). */
  nativeFileDialogs: boolean;
  /** printToPdf writes the PDF itself (else: the print dialog, where the user picks 「另存为 PDF」). */
  directPdf: boolean;
  /** Automatic backups into a folder on disk (else: backups are offered as downloads). */
  backupFolder: boolean;
};

export type HostApi = HostBridge & { kind: 'electron' | 'browser'; capabilities: HostCapabilities };

type ChannelSpec = { channel: string; args: z.ZodTypeAny };

/** The runtime allow-list: one IPC channel per bridge function, with its argument schema. */
export const IPC_CHANNELS = {
  openFiles: { channel: 'files:open', args: z.tuple([OpenFilesRequest]) },
  saveFile: { channel: 'files:save', args: z.tuple([SaveFileRequest]) },
  saveFiles: { channel: 'files:save-many', args: z.tuple([SaveFilesRequest]) },
  print: { channel: 'print:print', args: z.tuple([PrintRequest]) },
  printToPdf: { channel: 'print:pdf', args: z.tuple([PdfRequest]) },
  getBackupFolder: { channel: 'backup:get-folder', args: z.tuple([]) },
  chooseBackupFolder: { channel: 'backup:choose-folder', args: z.tuple([]) },
  getAppInfo: { channel: 'app:info', args: z.tuple([]) },
  writeBackup: { channel: 'backup:write', args: z.tuple([BackupWriteRequest]) },
  listBackups: { channel: 'backup:list', args: z.tuple([]) },
  readBackup: { channel: 'backup:read', args: z.tuple([BackupFileRequest]) },
  deleteBackup: { channel: 'backup:delete', args: z.tuple([BackupFileRequest]) },
  readStoreMarker: { channel: 'marker:read', args: z.tuple([]) },
  writeStoreMarker: { channel: 'marker:write', args: z.tuple([StoreMarker]) },
  waitForExitRequest: { channel: 'exit:wait', args: z.tuple([]) },
  exitBackupDone: { channel: 'exit:backup-done', args: z.tuple([]) },
  parseSpreadsheet: { channel: 'parse:spreadsheet', args: z.tuple([ParseRequest]) },
  parseProgress: { channel: 'parse:progress', args: z.tuple([ParseJobRequest]) },
  cancelParse: { channel: 'parse:cancel', args: z.tuple([ParseJobRequest]) },
} as const satisfies Record<keyof HostBridge, ChannelSpec>;

export type ChannelName = keyof typeof IPC_CHANNELS;
