// Reads and verifies a backup file before anything touches the store. Refused, with a
// Chinese reason: anything that is not a zip, a zip that is not ours, a truncated or
// corrupt file, entries with unsafe paths (`../`, absolute, drive letters), entries the
// manifest does not list, parts whose size or SHA-256 differ, files from a newer version,
// and records the app's own rules refuse (./validate.ts) — those with a report naming each. Sizes are checked from the zip directory and the
// manifest before inflating, and inflating stops at the declared size (zip bombs).
import JSZip from 'jszip';
import { fail, ok, type Result } from '../model/result';
import { decodeValue } from './json-codec';
import { BACKUP_FORMAT_ID, BACKUP_FORMAT_VERSION, Manifest, MANIFEST_PATH, type AttachmentPart } from './format';
import { upgradeLegacyTrainings } from './upgrade-trainings';
import { upgradeLegacySupervision } from './upgrade-supervision';
import { normalizeReportRow } from './upgrade-monthly-reports';
import { basesFromEntries } from '../model/training-base';
import { sha256Hex } from './sha256';
import { BACKUP_TABLES, isBackupTable, tableLabel, type BackupTableName } from './tables';
import { validateBackupTables, type ForbiddenKey } from './validate';
import type { RecordReport } from '../model/record-rules';

export type BackupContents = {
  manifest: Manifest;
  tables: Record<BackupTableName, Record<string, unknown>[]>;
};

/** A refusal; `report` lists the records that broke the rules, when that is why. */
export type BackupRefusal = { ok: false; error: string; report?: RecordReport };
export type ReadBackupResult = { ok: true; value: BackupContents } | BackupRefusal;

export type ReadOptions = {
  /** The schema version this app runs; a backup from a newer one is refused. */
  schemaVersion: number;
  /** Cap on the total inflated size. */
  maxTotalBytes?: number;
};

const DEFAULT_MAX_TOTAL = 2 * 1024 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** One part (a table chunk or an attachment) is held whole in memory when read. */
const MAX_PART_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 200_000;

export const CORRUPT = '备份文件已损坏或不完整（可能在复制或下载时被截断），未做任何更改';
export const FOREIGN = '这不是村企联建的备份文件，未做任何更改';
const TOO_LARGE = '备份文件解压后过大，已拒绝';

type Stream = {
  on(event: 'data', listener: (chunk: Uint8Array) => void): Stream;
  on(event: 'error', listener: (error: Error) => void): Stream;
  on(event: 'end', listener: () => void): Stream;
  resume(): Stream;
  pause(): Stream;
};
type ZipEntry = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): Stream;
  _data?: { uncompressedSize?: number };
};

/** A path is safe when it is relative, has no `..` or `.` segments, no backslash, NUL or drive. */
export function isSafeEntryPath(name: string): boolean {
  if (!name || name.length > 300 || /[\\\0]/.test(name) || name.startsWith('/') || /^[a-z]:/i.test(name)) return false;
  return name.split('/').every((segment, i, all) => segment !== '..' && segment !== '.' && (segment !== '' || i === all.length - 1));
}

/** Inflates one entry, giving up as soon as it grows past `cap` bytes. */
function readCapped(entry: ZipEntry, cap: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.byteLength;
        if (total > cap) {
          done = true;
          stream.pause();
          resolve(null);
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!done) reject(error);
        done = true;
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let offset = 0;
        for (const c of chunks) {
          out.set(c, offset);
          offset += c.byteLength;
        }
        resolve(out);
      })
      .resume();
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array): unknown {
  return JSON.parse(utf8.decode(bytes));
}

async function openZip(bytes: Uint8Array): Promise<Result<ZipEntry[]>> {
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail(FOREIGN);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail(CORRUPT);
  }
  const entries = Object.values(zip.files) as ZipEntry[];
  if (entries.length > MAX_ENTRIES) return fail('备份文件中的文件过多，已拒绝');
  for (const entry of entries) {
    const original = entry.unsafeOriginalName ?? entry.name;
    if (!isSafeEntryPath(original)) return fail(`备份文件含有不安全的路径「${original.slice(0, 100)}」，已拒绝`);
  }
  return ok(entries.filter((e) => !e.dir));
}

async function readManifest(entries: Map<string, ZipEntry>, options: ReadOptions): Promise<Result<Manifest>> {
  const entry = entries.get(MANIFEST_PATH);
  if (!entry) return fail(FOREIGN);
  let raw: unknown;
  try {
    const bytes = await readCapped(entry, MAX_MANIFEST_BYTES);
    if (!bytes) return fail('备份文件的清单过大，已拒绝');
    raw = parseJson(bytes);
  } catch {
    return fail(CORRUPT);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT_ID) return fail(FOREIGN);
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) return fail('备份文件的清单不完整或已损坏，未做任何更改');
  const manifest = parsed.data;
  // Named by the backup's own versions: the app version it records may well equal this one.
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(`此备份由较新版本的程序生成（备份文件格式第 ${manifest.formatVersion} 版，本程序只能读取第 ${BACKUP_FORMAT_VERSION} 版），请先升级本程序再恢复；未做任何更改`);
  }
  if (manifest.schemaVersion > options.schemaVersion) {
    return fail(`此备份由较新版本的程序生成（备份的数据格式第 ${manifest.schemaVersion} 版，本程序只能恢复第 ${options.schemaVersion} 版及以前的数据），请先升级本程序再恢复；未做任何更改`);
  }
  return ok(manifest);
}

function checkDirectory(manifest: Manifest, entries: Map<string, ZipEntry>, maxTotal: number): Result<null> {
  const listed = new Set(manifest.parts.map((p) => p.path));
  if (listed.size !== manifest.parts.length || listed.has(MANIFEST_PATH)) return fail(CORRUPT);
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) return fail(`备份文件含有清单之外的文件「${name.slice(0, 100)}」，已拒绝`);
  }
  // Sizes beyond the cap are "too large" before they are compared: a part declaring 2 GB (in the
  // manifest or in the zip directory) is refused as too large, not as damaged.
  let claimed = 0;
  for (const part of manifest.parts) {
    const size = Math.max(part.bytes, entries.get(part.path)?._data?.uncompressedSize ?? 0);
    if (size > MAX_PART_BYTES) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      return fail(`备份文件中的「${part.path.slice(0, 60)}」声明解压后有 ${mb(size)}，超过了单个部件 ${mb(MAX_PART_BYTES)} 的上限：文件过大，已拒绝，未做任何更改`);
    }
    claimed += size;
  }
  if (claimed > maxTotal) return fail(TOO_LARGE);
  let declared = 0;
  for (const part of manifest.parts) {
    const entry = entries.get(part.path);
    if (!entry) return fail(CORRUPT);
    const size = entry._data?.uncompressedSize;
    if (typeof size === 'number' && size !== part.bytes) return fail(CORRUPT);
    declared += part.bytes;
    if (part.kind === 'table' && !isBackupTable(part.table)) return fail(`备份文件含有未知的数据表「${part.table.slice(0, 40)}」，已拒绝`);
  }
  if (declared > maxTotal) return fail(TOO_LARGE);
  return ok(null);
}

async function readPart(entries: Map<string, ZipEntry>, part: Manifest['parts'][number]): Promise<Result<Uint8Array>> {
  const what = part.kind === 'table' ? `「${tableLabel(part.table)}」数据` : `附件「${part.id.slice(0, 40)}」`;
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(entries.get(part.path)!, part.bytes);
  } catch {
    return fail(CORRUPT);
  }
  if (!bytes || bytes.byteLength !== part.bytes || (await sha256Hex(bytes)) !== part.sha256) {
    return fail(`备份文件中${what}的校验值不符（文件已损坏或被改动），未做任何更改`);
  }
  return ok(bytes);
}

/**
 * Whether the bytes are a backup file of this app (a zip whose manifest names our format),
 * read from the zip directory and the manifest alone: what the main process asks before it
 * deletes a file from the backup folder.
 */
export async function isAppBackup(bytes: Uint8Array): Promise<boolean> {
  const opened = await openZip(bytes);
  if (!opened.ok) return false;
  const entry = opened.value.find((e) => e.name === MANIFEST_PATH);
  if (!entry) return false;
  try {
    const raw = await readCapped(entry, MAX_MANIFEST_BYTES);
    return raw !== null && Manifest.safeParse(parseJson(raw)).success;
  } catch {
    return false;
  }
}

export async function readBackup(bytes: Uint8Array, options: ReadOptions): Promise<ReadBackupResult> {
  const opened = await openZip(bytes);
  if (!opened.ok) return opened;
  const entries = new Map(opened.value.map((e) => [e.name, e]));
  const manifestResult = await readManifest(entries, options);
  if (!manifestResult.ok) return manifestResult;
  const manifest = manifestResult.value;
  const directory = checkDirectory(manifest, entries, options.maxTotalBytes ?? DEFAULT_MAX_TOTAL);
  if (!directory.ok) return directory;

  const raw = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as unknown[]])) as Record<BackupTableName, unknown[]>;
  const forbidden: ForbiddenKey[] = [];
  const blobs = new Map<string, { part: AttachmentPart; bytes: Uint8Array }>();
  for (const part of manifest.parts) {
    const read = await readPart(entries, part);
    if (!read.ok) return read;
    if (part.kind === 'attachment') {
      if (blobs.has(part.id)) return fail(CORRUPT);
      blobs.set(part.id, { part, bytes: read.value });
      continue;
    }
    const table = part.table as BackupTableName;
    const target = raw[table];
    try {
      const rows = parseJson(read.value);
      if (!Array.isArray(rows) || rows.length !== part.rows) return fail(CORRUPT);
      // Row by row, so a forbidden key is reported against its record.
      for (const row of rows) {
        const index = target.length;
        target.push(decodeValue(row, (path) => forbidden.push({ table, index, path })));
      }
    } catch {
      return fail(`备份文件中「${tableLabel(part.table)}」数据无法读取，未做任何更改`);
    }
  }

  if (Object.keys(manifest.counts).some((t) => !isBackupTable(t))) return fail(CORRUPT);
  for (const table of BACKUP_TABLES) if ((manifest.counts[table] ?? 0) !== raw[table].length) return fail(CORRUPT);
  // An older version's records are upgraded once their shapes are read, so the records an
  // upgrade makes (rectification items, trainees, bases) are checked like any other.
  const upgrade =
    manifest.schemaVersion < 8
      ? (t: Record<BackupTableName, Record<string, unknown>[]>) => {
          // 月报 rows of a backup made before schema 5 (upgrade-monthly-reports.ts).
          if (manifest.schemaVersion < 5) for (const row of t.monthlyReports) normalizeReportRow(row);
          // Inspections and evaluations of a backup made before schema 6 (upgrade-supervision.ts).
          if (manifest.schemaVersion < 6) upgradeLegacySupervision(t, manifest.createdAt);
          // Classes of a backup made before schema 7 carry their trainees as ids (upgrade-trainings.ts).
          if (manifest.schemaVersion < 7) upgradeLegacyTrainings(t, manifest.createdAt);
          // No base records before schema 8: the entries' 培训基地 names become bases, as the v008 upgrade does.
          if (t.trainingBases.length === 0) t.trainingBases = basesFromEntries(t.ledger, t.pairings, () => globalThis.crypto.randomUUID(), manifest.createdAt);
        }
      : undefined;
  const { tables, report } = validateBackupTables(raw, manifest.createdAt, forbidden, upgrade);
  if (report.total > 0) {
    return { ok: false, error: `备份文件中有 ${report.total} 处记录不符合本程序的数据规则（见问题清单），未做任何更改`, report };
  }
  for (const row of tables.attachments) {
    const file = blobs.get(row.id as string);
    if (!file) return fail(`备份文件缺少附件「${String(row.name).slice(0, 40)}」的文件内容，未做任何更改`);
    row.blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.part.type });
    row.size ??= file.bytes.byteLength;
    blobs.delete(row.id as string);
  }
  if (blobs.size > 0) return fail(CORRUPT);
  return ok({ manifest, tables });
}
