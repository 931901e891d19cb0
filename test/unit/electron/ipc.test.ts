// handle(): a message must come from our window's main frame on our own page, and its
// arguments must match the contract before any service runs.
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { createHandle, createSenderCheck, type SenderEvent } from '../../../electron/ipc/handle';
import { setupHostIpc } from '../../../electron/main/host';
import { createAppUrlCheck } from '../../../electron/main/origin';
import { FakeWebContents, type FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

function rig(devUrl: string | null = null) {
  const ours = new FakeWebContents();
  const window = { isDestroyed: () => false, webContents: ours };
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, fn: Listener) => void handlers.set(channel, fn)) };
  const log = vi.fn();
  const handle = createHandle({
    ipcMain: ipcMain as never,
    checkSender: createSenderCheck(() => window as never, createAppUrlCheck(devUrl)),
    log,
  });
  const event = (frame: FakeFrame | null = ours.mainFrame, sender: FakeWebContents = ours) =>
    ({ sender, senderFrame: frame }) as unknown as SenderEvent;
  return { ours, handlers, handle, log, event };
}

const validSave = () => ({
  title: '导出',
  defaultName: '统计表.xlsx',
  bytes: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
});

describe('sender checks', () => {
  const refused: [string, (r: ReturnType<typeof rig>) => SenderEvent][] = [
    ['a missing senderFrame', (r) => r.event(null)],
    ['another origin', (r) => r.event({ url: 'https://evil.example/', parent: null })],
    ['another app:// host (opaque origins look equal)', (r) => r.event({ url: 'app://evil/', parent: null })],
    ['file://', (r) => r.event({ url: 'file:///C:/x/index.html', parent: null })],
    ['a subframe of our page', (r) => r.event({ url: 'app://bundle/frame.html', parent: r.ours.mainFrame })],
    ['another webContents showing our page', (r) => r.event({ url: 'app://bundle/', parent: null }, new FakeWebContents())],
    ['the dev server URL outside development', (r) => r.event({ url: 'http://127.0.0.1:5173/', parent: null })],
  ];

  it.each(refused)('rejects %s before the service runs', async (_name, makeEvent) => {
    const r = rig();
    const service = vi.fn(async () => ({ ok: true as const, value: { location: 'x' } }));
    r.handle('saveFile', service);
    await expect(r.handlers.get('files:save')!(makeEvent(r), validSave())).rejects.toThrow(/拒绝/);
    expect(service).not.toHaveBeenCalled();
    expect(r.log).toHaveBeenCalledWith(expect.stringContaining('files:save'));
  });

  it('accepts the dev server page only in development', async () => {
    const r = rig('http://127.0.0.1:5173/');
    r.ours.mainFrame = { url: 'http://127.0.0.1:5173/#/registry', parent: null };
    const service = vi.fn(async () => ({ ok: true as const, value: '/backups' }));
    r.handle('getBackupFolder', service);
    await expect(r.handlers.get('backup:get-folder')!(r.event())).resolves.toEqual({ ok: true, value: '/backups' });
  });
});

describe('argument validation', () => {
  const huge = () => {
    const bytes = new Uint8Array(1);
    Object.defineProperty(bytes, 'byteLength', { value: 600 * 1024 * 1024 });
    return bytes;
  };
  const bad: [string, unknown[]][] = [
    ['a string instead of the request object', ['统计表.xlsx']],
    ['no argument', []],
    ['an extra argument', [validSave(), 'extra']],
    ['bytes as a plain array', [{ ...validSave(), bytes: [1, 2, 3] }]],
    ['bytes over the size limit', [{ ...validSave(), bytes: huge() }]],
    ['a file name with ../', [{ ...validSave(), defaultName: '../统计表.xlsx' }]],
    ['a file name with /', [{ ...validSave(), defaultName: 'sub/统计表.xlsx' }]],
    ['a file name with \\', [{ ...validSave(), defaultName: '..\\统计表.xlsx' }]],
    ['a file name of ..', [{ ...validSave(), defaultName: '..' }]],
    ['a missing field', [{ title: '导出', bytes: new Uint8Array(1), filters: [] }]],
  ];

  it.each(bad)('rejects %s with ok:false before the service runs', async (_name, args) => {
    const r = rig();
    const service = vi.fn();
    r.handle('saveFile', service);
    const result = (await r.handlers.get('files:save')!(r.event(), ...args)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^参数无效：/);
    expect(service).not.toHaveBeenCalled();
  });

  it('names the reason in Chinese: bytes too large, bad file name', async () => {
    const r = rig();
    r.handle('saveFile', vi.fn());
    const call = (req: unknown) => r.handlers.get('files:save')!(r.event(), req) as Promise<{ error: string }>;
    expect((await call({ ...validSave(), bytes: huge() })).error).toContain('文件过大');
    expect((await call({ ...validSave(), defaultName: 'a/b.xlsx' })).error).toContain('文件名含有不允许的字符');
  });

  it('rejects a backup file name with a path in it', async () => {
    const r = rig();
    const service = vi.fn();
    r.handle('readBackup', service);
    const result = await r.handlers.get('backup:read')!(r.event(), { name: '../../.ssh/id_rsa' });
    expect(result).toMatchObject({ ok: false });
    expect(service).not.toHaveBeenCalled();
  });

  it('a valid call reaches the service with the parsed arguments', async () => {
    const r = rig();
    const service = vi.fn(async () => ({ ok: true as const, value: { location: '/x/统计表.xlsx' } }));
    r.handle('saveFile', service);
    const req = validSave();
    await expect(r.handlers.get('files:save')!(r.event(), req)).resolves.toEqual({
      ok: true,
      value: { location: '/x/统计表.xlsx' },
    });
    expect(service).toHaveBeenCalledWith(expect.anything(), req);
  });
});

describe('setupHostIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const channels: string[] = [];
    setupHostIpc({
      app: { getPath: (n: string) => `/fake/${n}`, getVersion: () => '0.1.0' } as never,
      dialog: {} as never,
      ipcMain: { handle: (channel: string) => void channels.push(channel) } as never,
      getWindow: () => null,
      isAppUrl: () => true,
    });
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).map((c) => c.channel).sort());
  });

  it('a saveFile from our window writes the file the user chose', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cq-ipc-'));
    try {
      const ours = new FakeWebContents();
      const handlers = new Map<string, Listener>();
      const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(dir, '统计表.xlsx') })) };
      setupHostIpc({
        app: { getPath: (n: string) => path.join(dir, n), getVersion: () => '0.1.0' } as never,
        dialog: dialog as never,
        ipcMain: { handle: (channel: string, fn: Listener) => void handlers.set(channel, fn) } as never,
        getWindow: () => ({ isDestroyed: () => false, webContents: ours }) as never,
        isAppUrl: createAppUrlCheck(null),
      });
      const result = await handlers.get('files:save')!({ sender: ours, senderFrame: ours.mainFrame } as never, validSave());
      expect(result).toEqual({ ok: true, value: { location: path.join(dir, '统计表.xlsx') } });
      expect([...(await readFile(path.join(dir, '统计表.xlsx')))]).toEqual([1, 2, 3]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
