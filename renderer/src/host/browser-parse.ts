// parseSpreadsheet / parseProgress / cancelParse for the browser edition: one Web Worker per
// file, terminated when cancelled or done. The import page starts one ahead (warmParseWorker):
// loading the parser (ExcelJS and SheetJS, 1.3 MB of script) then happens while the user picks
// a file, not after.
import { fail, ok } from '@shared/ipc/result';
import type { HostBridge, ParseJobRequest, ParseRequest, Result } from '@shared/ipc/contract';
import type { ParseWorkerMessage } from '@shared/io/parse-protocol';
import type { ReadProgress, WorkbookData } from '@shared/io/types';

type Job = { worker: Worker; progress: ReadProgress | null; finish: (r: Result<WorkbookData>) => void };

const jobs = new Map<string, Job>();

const newWorker = () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: '解析表格' });

/** A started worker no file has been given yet. */
let spare: Worker | undefined;

export function warmParseWorker(): void {
  spare ??= newWorker();
}

/** The spare worker goes (the import page closed): it holds the parser's memory. */
export function releaseParseWorker(): void {
  spare?.terminate();
  spare = undefined;
}

function parseSpreadsheet(req: ParseRequest): Promise<Result<WorkbookData>> {
  return new Promise((resolve) => {
    const worker = spare ?? newWorker();
    spare = undefined;
    const job: Job = {
      worker,
      progress: null,
      finish: (r) => {
        jobs.delete(req.jobId);
        worker.terminate();
        resolve(r);
      },
    };
    jobs.set(req.jobId, job);
    worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') job.progress = message.progress;
      else job.finish(message.result.ok ? ok(message.result.workbook) : fail(message.result.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      job.finish(fail(`文件 ${req.fileName} 无法读取：解析程序出错（${event.message || '可能是内存不足'}）`));
    };
    // The bytes are copied, not transferred: the caller still needs them (hash, retry).
    worker.postMessage({ fileName: req.fileName, bytes: req.bytes });
  });
}

async function parseProgress(req: ParseJobRequest): Promise<Result<ReadProgress | null>> {
  return ok(jobs.get(req.jobId)?.progress ?? null);
}

async function cancelParse(req: ParseJobRequest): Promise<Result<null>> {
  jobs.get(req.jobId)?.finish(fail('已取消', true));
  return ok(null);
}

export const browserParse: Required<Pick<HostBridge, 'parseSpreadsheet' | 'parseProgress' | 'cancelParse'>> = {
  parseSpreadsheet,
  parseProgress,
  cancelParse,
};
