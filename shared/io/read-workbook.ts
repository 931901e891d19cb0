// Bytes → WorkbookData: the one entry point every import uses, in a Web Worker, in Node and in
// Electron's parse worker. The format is sniffed from the bytes; every failure comes back as
// one Chinese sentence naming the file (「文件 X 无法读取：…」), never as an exception.
import { ReadError, unreadableMessage } from './issues';
import { readWithSheetJs } from './read-xls';
import { readXlsx } from './read-xlsx';
import { decodeText, looksBinary, looksLikeMarkup, nulMessage, readCsv } from './read-text';
import { sniffFormat } from './sniff';
import type { MergeRange, ReadProgress, WorkbookData } from './types';
import { checkZip, type ZipEntry } from './zip-guard';

export type ReadResult = { ok: true; workbook: WorkbookData } | { ok: false; error: string };

export type WorkbookReadOptions = {
  onProgress?: (p: ReadProgress) => void;
  /**
   * A streaming .xlsx reader (Node only: shared/io/node/read-xlsx-stream.ts), injected so that
   * browser bundles never import node:stream. Used for files of at least `streamingFromBytes`.
   */
  streaming?: {
    read: (fileName: string, bytes: Uint8Array, merges: Map<string, MergeRange[]>, onRows?: (rows: number) => void) => Promise<WorkbookData>;
    fromBytes: number;
  };
};

function checkIsWorkbook(entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('word/document.xml')) throw new ReadError('这是 Word 文档，不是 Excel 工作簿');
  if (names.has('ppt/presentation.xml')) throw new ReadError('这是 PowerPoint 演示文稿，不是 Excel 工作簿');
  if (names.has('content.xml')) throw new ReadError('这是 WPS/LibreOffice 的 ODF 文件，请在 WPS/Excel 中另存为 .xlsx 后重试');
  throw new ReadError('压缩包中没有 Excel 工作簿内容，不是有效的 .xlsx 文件');
}

async function readAnyFormat(fileName: string, bytes: Uint8Array, options: WorkbookReadOptions): Promise<WorkbookData> {
  const progress = options.onProgress;
  switch (sniffFormat(bytes)) {
    case 'encrypted':
      throw new ReadError('文件已加密，请先取消密码');
    case 'cfb-xls':
      progress?.({ phase: 'read', done: 0, total: 1 });
      return readWithSheetJs(fileName, bytes, 'xls');
    case 'xlsx': {
      const { entries, merges, warnings } = await checkZip(bytes, (done, total) => progress?.({ phase: 'check', done, total }));
      checkIsWorkbook(entries);
      progress?.({ phase: 'read', done: 0, total: 1 });
      const noted = (workbook: WorkbookData): WorkbookData => (warnings.length ? { ...workbook, warnings } : workbook);
      const streaming = options.streaming;
      if (streaming && bytes.length >= streaming.fromBytes) {
        try {
          return noted(await streaming.read(fileName, bytes, merges, (rows) => progress?.({ phase: 'read', done: rows, total: 0 })));
        } catch (error) {
          // The caps speak for themselves; anything else the streaming reader trips on
          // (unusual part order) gets a second chance with the in-memory reader.
          if (error instanceof ReadError) throw error;
        }
      }
      return noted(await readXlsx(fileName, bytes));
    }
    case 'text': {
      const { text } = decodeText(bytes);
      const nul = nulMessage(text);
      if (nul) throw new ReadError(nul);
      if (looksBinary(text)) throw new ReadError('不是可识别的表格文件（支持 .xlsx、.xls 和 UTF-8 或 GBK 编码的 .csv）');
      if (looksLikeMarkup(text)) {
        if (/<!ENTITY/i.test(text)) throw new ReadError('文件含有 ENTITY 声明，出于安全考虑不予读取，请在 Excel/WPS 中另存为 .xlsx 后重试');
        return readWithSheetJs(fileName, text, 'xls');
      }
      return readCsv(fileName, text);
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ReadError) return error.message;
  if (error instanceof RangeError && /allocation|array length|memory/i.test(error.message)) return '文件过大，内存不足，请把数据拆分到多个文件';
  const detail = error instanceof Error ? error.message : String(error);
  return `文件格式错误或已损坏（${detail.slice(0, 80)}）`;
}

export async function readWorkbook(fileName: string, bytes: Uint8Array, options: WorkbookReadOptions = {}): Promise<ReadResult> {
  try {
    const workbook = await readAnyFormat(fileName, bytes, options);
    if (workbook.sheets.every((s) => s.rows.length === 0)) return { ok: false, error: `文件 ${fileName} 中没有任何数据` };
    return { ok: true, workbook };
  } catch (error) {
    return { ok: false, error: unreadableMessage(fileName, reasonOf(error)) };
  }
}
