// Checks an .xlsx (a zip of XML parts) before any library inflates it, so that a crafted file
// cannot exhaust memory or make the parser read other files:
// - the central directory's declared sizes are capped (per part, in total, and the
//   compression ratio) before a single byte is inflated — a zip bomb is refused from its
//   directory;
// - every part is then inflated as a stream and discarded, counting bytes, so a directory that
//   lies about sizes is caught without holding the output;
// - XML parts may not declare a DOCTYPE or ENTITY (no entity expansion, no external files);
// - merged ranges are collected from the sheets and capped, because a library expands
//   A1:XFD1048576 into seventeen billion cells;
// - rows are counted per sheet, so a sheet over the row cap is refused before a library
//   spends minutes and gigabytes loading it.
import { parseRangeRef } from './cell-ref';
import { ReadError } from './issues';
import { MAX_COLUMNS, MAX_PART_BYTES, MAX_RATIO, MAX_ROWS, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES, RATIO_FLOOR_BYTES } from './limits';
import type { MergeRange } from './types';
import { OPEN_FORMULA, SheetScan, workbookNotes } from './workbook-notes';

export type ZipEntry = {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MiB = 1024 * 1024;
const CORRUPT = '文件已损坏或不完整（压缩目录无效），请重新保存或重新发送该文件';

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function findEndOfDirectory(bytes: Uint8Array, dv: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  throw new ReadError(CORRUPT);
}

function big(dv: DataView, at: number): number {
  const n = dv.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ReadError(CORRUPT);
  return Number(n);
}

/** Reads the central directory (zip64 included) without inflating anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ReadError(CORRUPT);
  const dv = view(bytes);
  const eocd = findEndOfDirectory(bytes, dv);
  let count = dv.getUint16(eocd + 10, true);
  let dirSize = dv.getUint32(eocd + 12, true);
  let dirOffset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR) {
    const at = big(dv, eocd - 12);
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== ZIP64_EOCD) throw new ReadError(CORRUPT);
    count = big(dv, at + 32);
    dirSize = big(dv, at + 40);
    dirOffset = big(dv, at + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new ReadError(`压缩包内有 ${count} 个部件，超过了 ${MAX_ZIP_ENTRIES} 个的上限，不像是 Excel 工作簿`);
  if (dirOffset + dirSize > bytes.length) throw new ReadError(CORRUPT);

  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) throw new ReadError(CORRUPT);
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let localHeaderOffset = dv.getUint32(p + 42, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // Zip64 extra field: the 64-bit values follow in this order, only for fields set to 0xFFFFFFFF.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const size = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = big(dv, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = big(dv, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = big(dv, q);
      }
      e += 4 + size;
    }
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

const mib = (n: number) => `${Math.round(n / MiB)} MB`;

/** Refuses encrypted parts, unknown compression and sizes beyond the caps, from the directory alone. */
export function checkZipLimits(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x1) throw new ReadError('文件已加密，请先取消密码');
    if (e.method !== 0 && e.method !== 8) throw new ReadError(`部件「${e.name}」使用了不支持的压缩方式，请在 Excel/WPS 中另存为 .xlsx 后重试`);
    if (e.uncompressedSize > MAX_PART_BYTES) {
      throw new ReadError(`部件「${e.name}」解压后有 ${mib(e.uncompressedSize)}，超过了 ${mib(MAX_PART_BYTES)} 的上限，请把数据拆分到多个文件`);
    }
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && e.uncompressedSize > e.compressedSize * MAX_RATIO) {
      throw new ReadError(`部件「${e.name}」的压缩比异常（${mib(e.compressedSize)} 解压为 ${mib(e.uncompressedSize)}），疑似恶意文件，已拒绝`);
    }
    total += e.uncompressedSize;
  }
  if (total > MAX_TOTAL_BYTES) throw new ReadError(`文件解压后共有 ${mib(total)}，超过了 ${mib(MAX_TOTAL_BYTES)} 的上限，请把数据拆分到多个文件`);
}

function dataOffset(bytes: Uint8Array, dv: DataView, e: ZipEntry): number {
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw new ReadError(CORRUPT);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw new ReadError('文件不完整（可能下载或复制时被截断），请重新获取该文件');
  return start;
}

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const FORBIDDEN = /<!(DOCTYPE|ENTITY)/i;
const MERGE = /<mergeCell\s[^>]*?ref="([A-Z$0-9:]+)"/gi;
/** Row elements; self-closing ones (formatting only, no cells) end in '/>' and are not counted. */
const ROW = /<row(?:\s[^>]*)?>/g;
const WORKBOOK_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
/** Largest merged area accepted (cells); merged title rows over 200 columns are far below it. */
const MAX_MERGE_CELLS = 200_000;

/** Inflates one part as a stream, never holding more than a chunk; calls onText for XML parts. */
async function inflatePart(bytes: Uint8Array, dv: DataView, e: ZipEntry, onText: ((text: string) => void) | null): Promise<void> {
  const start = dataOffset(bytes, dv, e);
  const data = bytes.subarray(start, start + e.compressedSize);
  const tooLarge = () => new ReadError(`部件「${e.name}」解压后的大小与压缩目录不符，疑似恶意或损坏的文件，已拒绝`);
  if (e.method === 0) {
    if (data.length > e.uncompressedSize) throw tooLarge();
    onText?.(new TextDecoder('utf-8').decode(data));
    return;
  }
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = input.pipeThrough<Uint8Array>(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const decoder = onText ? new TextDecoder('utf-8') : null;
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.length;
      if (produced > e.uncompressedSize) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      if (decoder && onText) onText(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`部件「${e.name}」的压缩数据已损坏，文件可能不完整，请重新获取该文件`);
  }
}

export type ZipCheck = {
  entries: ZipEntry[];
  /** Merged ranges per sheet part name (e.g. 'xl/worksheets/sheet1.xml'). */
  merges: Map<string, MergeRange[]>;
  /** What the user must be told although the file is read (workbook-notes.ts). */
  warnings: string[];
};

/**
 * Everything above, in order: directory, caps, then one streaming pass over every part.
 * `onProgress` gets compressed bytes checked so far.
 */
export async function checkZip(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<ZipCheck> {
  const entries = readZipDirectory(bytes);
  checkZipLimits(entries);
  const dv = view(bytes);
  const merges = new Map<string, MergeRange[]>();
  const rowCounts = new Map<string, number>();
  const workbookXml = new Map<string, string>();
  const scans = new Map<string, SheetScan>();
  const total = entries.reduce((n, e) => n + e.compressedSize, 0);
  let done = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    let onText: ((text: string) => void) | null = null;
    if (isXmlPart(e.name)) {
      const isSheet = SHEET_PART.test(e.name);
      const sheetMerges: MergeRange[] = [];
      if (isSheet) merges.set(e.name, sheetMerges);
      const scan = isSheet ? new SheetScan() : null;
      if (scan) scans.set(e.name, scan);
      let rows = 0;
      // A marker may straddle two chunks: an unfinished tag at the end of one chunk is searched
      // again together with the next.
      let tail = '';
      onText = (chunk) => {
        const text = tail + chunk;
        if (FORBIDDEN.test(text)) throw new ReadError(`部件「${e.name}」含有 DOCTYPE/ENTITY 声明，出于安全考虑不予读取，请在 Excel/WPS 中另存为 .xlsx 后重试`);
        const cut = text.lastIndexOf('<');
        const unfinished = cut >= 0 && text.indexOf('>', cut) < 0;
        let complete = unfinished ? text.slice(0, cut) : text;
        tail = unfinished ? text.slice(cut) : '';
        if (isSheet) {
          // A formula's text cut by the chunk's end is read whole with the next chunk.
          const open = OPEN_FORMULA.exec(complete);
          if (open) {
            tail = complete.slice(open.index) + tail;
            complete = complete.slice(0, open.index);
          }
          scan!.scan(complete);
          for (const m of complete.matchAll(ROW)) if (!m[0].endsWith('/>')) rows++;
          if (rows > MAX_ROWS) rowCounts.set(e.name, rows);
          if (complete.includes('<mergeCell')) for (const m of complete.matchAll(MERGE)) addMerge(sheetMerges, m[1], e.name);
        }
        if (WORKBOOK_PARTS.has(e.name) && (workbookXml.get(e.name)?.length ?? 0) < 1_000_000) workbookXml.set(e.name, (workbookXml.get(e.name) ?? '') + complete);
      };
    }
    await inflatePart(bytes, dv, e, onText);
    done += e.compressedSize;
    onProgress?.(done, total);
  }
  for (const list of merges.values()) dedupeMerges(list);
  for (const part of rowCounts.keys()) {
    const name = sheetNames(workbookXml).get(part) ?? part;
    throw new ReadError(`工作表「${name}」的数据超过了 ${MAX_ROWS} 行的上限，请把数据拆分到多个文件`);
  }
  const names = sheetNames(workbookXml);
  const warnings = workbookNotes(entries, scans, (part) => names.get(part) ?? part);
  return { entries, merges, warnings };
}

function addMerge(list: MergeRange[], ref: string, part: string): void {
  const range = parseRangeRef(ref.replaceAll('$', ''));
  if (!range) return;
  const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (range.bottom > MAX_ROWS + 1000 || range.right > 16384 || cells > MAX_MERGE_CELLS || (range.left > MAX_COLUMNS && cells > 1)) {
    throw new ReadError(`部件「${part}」中的合并单元格 ${ref} 范围过大（最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列），请取消该合并后重试`);
  }
  list.push(range);
}

function dedupeMerges(list: MergeRange[]): void {
  const seen = new Set<string>();
  let w = 0;
  for (const m of list) {
    const key = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list[w++] = m;
  }
  list.length = w;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Sheet part name → sheet name, from workbook.xml and its relationships. */
function sheetNames(xml: ReadonlyMap<string, string>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of (xml.get('xl/_rels/workbook.xml.rels') ?? '').match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const tag of (xml.get('xl/workbook.xml') ?? '').match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const part = targets.get(attr(tag, 'r:id') ?? '');
    if (name && part) names.set(part, unescapeXml(name));
  }
  return names;
}
