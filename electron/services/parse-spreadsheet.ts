// Spreadsheet parsing for the renderer, in a worker thread per file with a memory ceiling
// (RELIABILITY.md: "the parser runs out of memory → only the parse fails"). Progress is kept
// per job for the renderer to poll; cancel terminates the thread.
import type { ResourceLimits } from 'node:worker_threads';
import { fail, ok, type ParseJobRequest, type ParseRequest, type Result } from '@shared/ipc/contract';
import type { ParseWorkerMessage } from '@shared/io/parse-protocol';
import type { ReadProgress, WorkbookData } from '@shared/io/types';

/** The part of worker_threads.Worker this service uses (a fake in tests). */
export type ParseThread = {
  postMessage(message: unknown): void;
  on(event: 'message', fn: (m: ParseWorkerMessage) => void): unknown;
  on(event: 'error', fn: (e: Error & { code?: string }) => void): unknown;
  on(event: 'exit', fn: (code: number) => void): unknown;
  terminate(): Promise<number>;
};

export type ParseDeps = {
  /** Starts the worker script with the given limits. */
  startThread: (limits: ResourceLimits) => ParseThread;
  /** Heap ceiling of one parse; well under what the main process can spare. */
  maxHeapMb?: number;
};

type Job = { thread: ParseThread; progress: ReadProgress | null; settle: (r: Result<WorkbookData>) => void };

export type ParseService = {
  parse(req: ParseRequest): Promise<Result<WorkbookData>>;
  progress(req: ParseJobRequest): Result<ReadProgress | null>;
  cancel(req: ParseJobRequest): Result<null>;
};

export const DEFAULT_PARSE_HEAP_MB = 2048;

export function createParseService(deps: ParseDeps): ParseService {
  const jobs = new Map<string, Job>();
  const limits: ResourceLimits = { maxOldGenerationSizeMb: deps.maxHeapMb ?? DEFAULT_PARSE_HEAP_MB, maxYoungGenerationSizeMb: 64 };

  return {
    parse(req) {
      return new Promise((resolve) => {
        if (jobs.has(req.jobId)) return resolve(fail('该解析任务已在进行'));
        let thread: ParseThread;
        try {
          thread = deps.startThread(limits);
        } catch (error) {
          return resolve(fail(`文件 ${req.fileName} 无法读取：无法启动解析程序（${(error as Error).message}）`));
        }
        let settled = false;
        const job: Job = {
          thread,
          progress: null,
          settle: (r) => {
            if (settled) return;
            settled = true;
            jobs.delete(req.jobId);
            void thread.terminate().catch(() => undefined);
            resolve(r);
          },
        };
        jobs.set(req.jobId, job);
        thread.on('message', (m) => {
          if (m.type === 'progress') job.progress = m.progress;
          else job.settle(m.result.ok ? ok(m.result.workbook) : fail(m.result.error));
        });
        thread.on('error', (e) => {
          const reason = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? '文件过大，解析时内存不足，请把数据拆分到多个文件' : `解析程序出错（${e.message.slice(0, 80)}）`;
          job.settle(fail(`文件 ${req.fileName} 无法读取：${reason}`));
        });
        thread.on('exit', (code) => job.settle(fail(`文件 ${req.fileName} 无法读取：解析程序意外退出（代码 ${code}）`)));
        thread.postMessage({ fileName: req.fileName, bytes: req.bytes });
      });
    },
    progress(req) {
      return ok(jobs.get(req.jobId)?.progress ?? null);
    },
    cancel(req) {
      jobs.get(req.jobId)?.settle(fail('已取消', true));
      return ok(null);
    },
  };
}
