// Spreadsheet parsing in Electron's main process: a worker thread per file with a heap limit,
// progress for the renderer to poll, cancel; the IPC arguments checked against the contract.
// The last test builds the real worker bundle and runs it in a real worker thread, once with
// room and once with a heap too small for the file: only the parse fails.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { ResourceLimits } from 'node:worker_threads';
import { createHandle, type SenderEvent } from '../../../electron/ipc/handle';
import { setupParseIpc } from '../../../electron/ipc/parse';
import { createParseService, type ParseThread } from '../../../electron/services/parse-spreadsheet';
import { startParseThread } from '../../../electron/services/parse-thread';
import { villageList } from '../../fixtures/spreadsheets/office-lists';
import { sheet300kRows } from '../../fixtures/spreadsheets/bad-files';

/** Test files are plain Uint8Arrays; the contract's schema type says ArrayBuffer-backed. */
const asBuffer = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

class FakeThread extends EventEmitter implements ParseThread {
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  async terminate() {
    this.terminated = true;
    return 0;
  }
}

const request = (jobId = 'job-12345678') => ({ jobId, fileName: '村情信息表.xlsx', bytes: new Uint8Array([1, 2, 3]) });
const workbook = { fileName: '村情信息表.xlsx', format: 'xlsx' as const, date1904: false, sheets: [] };

describe('createParseService', () => {
  it('starts a thread with the heap limit, reports progress, returns the workbook and ends the thread', async () => {
    const thread = new FakeThread();
    let limits: ResourceLimits | undefined;
    const service = createParseService({ startThread: (l) => ((limits = l), thread), maxHeapMb: 300 });
    const result = service.parse(request());
    expect(limits?.maxOldGenerationSizeMb).toBe(300);
    expect(thread.posted).toEqual([{ fileName: '村情信息表.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    thread.emit('message', { type: 'progress', progress: { phase: 'read', done: 5000, total: 0 } });
    expect(service.progress({ jobId: 'job-12345678' })).toEqual({ ok: true, value: { phase: 'read', done: 5000, total: 0 } });
    thread.emit('message', { type: 'done', result: { ok: true, workbook } });
    expect(await result).toEqual({ ok: true, value: workbook });
    expect(thread.terminated).toBe(true);
    expect(service.progress({ jobId: 'job-12345678' })).toEqual({ ok: true, value: null });
  });

  it('passes a read failure on as it is', async () => {
    const thread = new FakeThread();
    const service = createParseService({ startThread: () => thread });
    const result = service.parse(request());
    thread.emit('message', { type: 'done', result: { ok: false, error: '文件 a.xlsx 无法读取：文件已加密，请先取消密码' } });
    expect(await result).toEqual({ ok: false, error: '文件 a.xlsx 无法读取：文件已加密，请先取消密码' });
  });

  it('turns running out of memory into a message naming the file', async () => {
    const thread = new FakeThread();
    const service = createParseService({ startThread: () => thread });
    const result = service.parse(request());
    thread.emit('error', Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }));
    thread.emit('exit', 1);
    expect(await result).toEqual({ ok: false, error: '文件 村情信息表.xlsx 无法读取：文件过大，解析时内存不足，请把数据拆分到多个文件' });
  });

  it('cancel terminates the thread and resolves as cancelled', async () => {
    const thread = new FakeThread();
    const service = createParseService({ startThread: () => thread });
    const result = service.parse(request());
    expect(service.cancel({ jobId: 'job-12345678' })).toEqual({ ok: true, value: null });
    expect(await result).toEqual({ ok: false, error: '已取消', cancelled: true });
    expect(thread.terminated).toBe(true);
  });

  it('an unexpected exit is a failure, not a hang', async () => {
    const thread = new FakeThread();
    const service = createParseService({ startThread: () => thread });
    const result = service.parse(request());
    thread.emit('exit', 7);
    expect(await result).toMatchObject({ ok: false, error: expect.stringContaining('解析程序意外退出') });
  });
});

describe('parse IPC channels', () => {
  type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;
  const rig = () => {
    const handlers = new Map<string, Listener>();
    const handle = createHandle({ ipcMain: { handle: (channel: string, fn: Listener) => void handlers.set(channel, fn) } as never, checkSender: () => null, log: () => undefined });
    const thread = new FakeThread();
    setupParseIpc({ handle, parser: createParseService({ startThread: () => thread }) });
    return { handlers, thread, event: {} as SenderEvent };
  };

  it.each([
    ['bytes that are not a Uint8Array', { jobId: 'job-12345678', fileName: 'a.xlsx', bytes: [1, 2, 3] }],
    ['a job id with a path in it', { jobId: '../../etc/passwd', fileName: 'a.xlsx', bytes: new Uint8Array(1) }],
    ['no file name', { jobId: 'job-12345678', fileName: '', bytes: new Uint8Array(1) }],
  ])('refuses %s before any thread starts', async (_name, arg) => {
    const r = rig();
    const reply = (await r.handlers.get('parse:spreadsheet')!(r.event, arg)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^参数无效/);
    expect(r.thread.posted).toEqual([]);
  });

  it('progress and cancel take only a job id', async () => {
    const r = rig();
    expect(await r.handlers.get('parse:progress')!(r.event, { jobId: 'job-12345678' })).toEqual({ ok: true, value: null });
    expect(((await r.handlers.get('parse:cancel')!(r.event, { jobId: 1 })) as { ok: boolean }).ok).toBe(false);
  });
});

describe('the real worker bundle in a worker thread', () => {
  it('parses a file, and a heap too small for a file fails only the parse', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'cq-parse-worker-'));
    try {
      const { build } = await import('vite');
      vi.stubEnv('NODE_ENV', 'production');
      await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias: { '@shared': path.join(root, 'shared') } },
        build: {
          ssr: true,
          outDir,
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          rolldownOptions: { input: path.join(root, 'electron/workers/parse-worker/index.ts'), output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false } },
        },
        ssr: { noExternal: true },
      });
      vi.unstubAllEnvs();
      const script = path.join(outDir, 'index.cjs');

      const roomy = createParseService({ startThread: (limits) => startParseThread(limits, script), maxHeapMb: 512 });
      const ok = await roomy.parse({ jobId: 'job-roomy-1', fileName: '村情信息表.xlsx', bytes: asBuffer(await villageList()) });
      expect(ok.ok && ok.value.sheets[0].rows.length).toBe(13);

      const cramped = createParseService({ startThread: (limits) => startParseThread(limits, script), maxHeapMb: 8 });
      const bytes = sheet300kRows();
      const failed = await cramped.parse({ jobId: 'job-cramped', fileName: '大表.xlsx', bytes: asBuffer(bytes) });
      expect(failed).toEqual({ ok: false, error: '文件 大表.xlsx 无法读取：文件过大，解析时内存不足，请把数据拆分到多个文件' });
      // This process is untouched and can parse again.
      expect((await roomy.parse({ jobId: 'job-roomy-2', fileName: 'b.xlsx', bytes: asBuffer(await villageList()) })).ok).toBe(true);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 240_000);
});
