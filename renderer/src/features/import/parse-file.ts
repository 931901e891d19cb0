// One file through the host's parser (a Web Worker in the browser edition, a worker thread in
// Electron's main process), with progress polled for the progress bar and 取消 wired to the
// host's cancel. The SHA-256 of the bytes identifies the file in the import history.
import { fail, type Result } from '@shared/ipc/contract';
import type { ReadProgress, WorkbookData } from '@shared/io/types';
import { host } from '../../host';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type ParseOptions = {
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
};

const POLL_MS = 200;

export async function parseFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<Result<WorkbookData>> {
  const { parseSpreadsheet, parseProgress, cancelParse } = host;
  if (!parseSpreadsheet) return fail('当前环境不支持读取表格文件');
  const jobId = crypto.randomUUID();
  const cancel = () => void cancelParse?.({ jobId });
  if (options.signal?.aborted) return fail('已取消', true);
  options.signal?.addEventListener('abort', cancel, { once: true });
  const timer = setInterval(async () => {
    const r = await parseProgress?.({ jobId });
    if (r?.ok && r.value) options.onProgress?.(r.value);
  }, POLL_MS);
  try {
    return await parseSpreadsheet({ jobId, fileName, bytes: bytes as Uint8Array<ArrayBuffer> });
  } finally {
    clearInterval(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** 0–100 for a progress bar: checking the zip is the first fifth, reading the rest. */
export function progressPercent(p: ReadProgress | null): number {
  if (!p) return 2;
  if (p.phase === 'check') return Math.round((p.total ? p.done / p.total : 0) * 20);
  if (p.phase === 'read') return p.total ? 20 + Math.round((p.done / p.total) * 75) : Math.min(95, 25 + Math.round(Math.log10(1 + p.done) * 12));
  return 97;
}
