// Text files: CSV (and tab-separated text) as Chinese Excel and WPS save them — usually
// GBK/GB18030 without a BOM, sometimes UTF-8 with or without one, "Unicode text" as UTF-16.
// Decoding tries BOM → strict UTF-8 → gb18030 (ARCHITECTURE.md). Every cell stays text, so
// leading zeros (区划代码 350821…) and 18-digit ID numbers survive untouched.
import { ReadError } from './issues';
import { SheetBuilder } from './sheet-builder';
import type { WorkbookData } from './types';

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: what Chinese Excel writes.
  }
  checkOneEncoding(bytes);
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new ReadError('不是可识别的表格文件（支持 .xlsx、.xls 和 UTF-8 或 GBK 编码的 .csv）');
  }
}

/**
 * 'cjk' for bytes that are valid UTF-8 holding a Chinese character (a three-byte sequence led by
 * E3–E9), 'other' for bytes that are not UTF-8, 'plain' for valid UTF-8 without one. A byte loop
 * rather than a fatal TextDecoder: a GBK file of 100,000 lines would throw 100,000 times.
 */
function utf8Kind(b: Uint8Array): 'cjk' | 'other' | 'plain' {
  let cjk = false;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length + (n === 0 ? 1 : 0)) return 'other';
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 'other';
    if (n === 2 && c >= 0xe3 && c <= 0xe9) cjk = true;
    i += n + 1;
  }
  return cjk ? 'cjk' : 'plain';
}

/**
 * A file that is not UTF-8 as a whole but has lines that are (with Chinese in them) next to lines
 * that are not: two files of different encodings pasted together. Decoding it either way would
 * garble half the names, so it is refused, naming a line of each kind.
 */
function checkOneEncoding(bytes: Uint8Array): void {
  let utf8Line = 0;
  let otherLine = 0;
  let line = 0;
  for (let start = 0; start < bytes.length && !(utf8Line && otherLine); ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    line++;
    const part = bytes.subarray(start, end);
    start = end + 1;
    const kind = utf8Kind(part[part.length - 1] === 0x0d ? part.subarray(0, part.length - 1) : part);
    if (kind === 'cjk') utf8Line ||= line;
    else if (kind === 'other') otherLine ||= line;
  }
  if (utf8Line && otherLine) {
    throw new ReadError(
      `文件中的文字编码不一致：第${utf8Line}行是 UTF-8 编码，第${otherLine}行是 GBK（GB18030）编码（可能由两个文件拼接而成），无法确定正确的文字；请在 Excel/WPS 中分别打开后统一另存为 .xlsx 再导入`,
    );
  }
}

/**
 * Why a text file with NUL characters is refused: a few NULs in readable text are a damaged or
 * badly exported CSV (the line is named); many are a binary file, or UTF-16 without its mark.
 */
export function nulMessage(text: string): string | null {
  const at = text.indexOf('\u0000');
  if (at < 0) return null;
  const sample = text.slice(0, 65536);
  const nuls = sample.split('\u0000').length - 1;
  if (nuls > Math.max(8, sample.length / 50)) return null;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `第${line}行第${column}个字符处含有空字符（NUL，0x00），不是纯文本的 CSV 文件（可能已损坏，或由其他程序错误导出）；请在 Excel/WPS 中打开后另存为 .xlsx 再导入`;
}

/** Text with NULs or many control characters is a binary file that happened to decode. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, sample.length / 200);
}

/** HTML tables and SpreadsheetML 2003 saved as .xls: SheetJS reads them. */
export const looksLikeMarkup = (text: string): boolean => /^\s*</.test(text) && /<(table|Workbook|html)[\s>]/i.test(text.slice(0, 65536));

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter that splits the first lines most often, counted outside quotes. */
function detectDelimiter(text: string): string {
  const sample = text.slice(0, 32768);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** RFC 4180 with the usual leniency: quotes may hold delimiters, line breaks and "" for ". */
export function* parseCsv(text: string, delimiter = detectDelimiter(text)): Generator<string[]> {
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted field: up to the closing quote that is not doubled.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      yield row;
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain characters up to the next special one, in one slice.
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (c === delimiter || c === '\n' || c === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    yield row;
  }
}

export function readCsv(fileName: string, text: string): WorkbookData {
  const sheetName = fileName.replace(/\.[^.]*$/, '') || fileName;
  const builder = new SheetBuilder(sheetName);
  let r = 0;
  for (const row of parseCsv(text)) builder.addRow(++r, row);
  return { fileName, format: 'csv', date1904: false, sheets: [builder.build()] };
}
