// The main-process side of 数据安全: the store marker file, backup on exit, their IPC
// channels (sender and argument checks), and a backup writer killed half-way.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type { StoreMarker } from '@shared/backup/marker';
import { readBackup as verifyBackup } from '@shared/backup/read';
import { buildBackup } from '@shared/backup/write';
import { createHandle, createSenderCheck, type SenderEvent } from '../../../electron/ipc/handle';
import { setupStoreSafetyIpc } from '../../../electron/ipc/store-safety';
import { createAppUrlCheck } from '../../../electron/main/origin';
import { listBackups, readBackup, writeBackup } from '../../../electron/services/backup-files';
import { createConfigStore } from '../../../electron/services/config';
import { createExitBackup } from '../../../electron/services/exit-backup';
import { createMarkerFile, STORE_MARKER_FILE } from '../../../electron/services/store-marker';
import { FakeWebContents } from './fake-electron';
import { tempDirs } from './tmp-dir';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

const tempDir = tempDirs();

const marker: StoreMarker = {
  version: 1,
  total: 1234,
  counts: { townships: 17, ledger: 1200, audit: 17 },
  updatedAt: '2026-11-25T01:00:00.000Z',
  lastBackupAt: '2026-11-24T09:00:00.000Z',
  lastBackupName: '村企联建备份_2026-11-24_每日.cqbak',
};

describe('store marker file (empty-store guard, outside IndexedDB)', () => {
  it('writes atomically into userData and reads back the same marker', async () => {
    const dir = await tempDir();
    const file = createMarkerFile(dir);
    expect(await file.read()).toEqual({ ok: true, value: null });
    expect(await file.write(marker)).toEqual({ ok: true, value: null });
    expect(await file.read()).toEqual({ ok: true, value: marker });
    expect(await readdir(dir)).toEqual([STORE_MARKER_FILE]);
  });

  it('treats a damaged or foreign marker as no marker, never as a reason to block', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, STORE_MARKER_FILE), '{"version":1,"total":"many"');
    expect(await createMarkerFile(dir).read()).toEqual({ ok: true, value: null });
    await writeFile(path.join(dir, STORE_MARKER_FILE), JSON.stringify({ version: 9, total: 1 }));
    expect(await createMarkerFile(dir).read()).toEqual({ ok: true, value: null });
  });
});

function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const win = {
    closed: 0,
    destroyed: false,
    on: (_event: 'close', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener),
    close: vi.fn(() => {
      if (!tryClose()) win.closed += 1;
    }),
    isDestroyed: () => win.destroyed,
  };
  /** Emits 'close' as Electron does; returns whether a listener prevented it. */
  const tryClose = () => {
    let prevented = false;
    for (const l of listeners) l({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { win, tryClose };
}

describe('backup on exit', () => {
  it('closes at once when no page waits to back up', () => {
    const exit = createExitBackup();
    const { win, tryClose } = fakeWindow();
    exit.attach(win);
    expect(tryClose()).toBe(false);
  });

  it('holds the window, wakes the page, and closes when the page reports the backup done', async () => {
    const exit = createExitBackup();
    const { win, tryClose } = fakeWindow();
    exit.attach(win);
    const woken = exit.waitForExitRequest();
    expect(tryClose()).toBe(true);
    await expect(woken).resolves.toEqual({ ok: true, value: null });
    expect(tryClose()).toBe(true);
    expect(win.close).not.toHaveBeenCalled();
    expect(exit.exitBackupDone()).toEqual({ ok: true, value: null });
    expect(win.close).toHaveBeenCalledTimes(1);
    expect(win.closed).toBe(1);
  });

  it('closes after the time limit if the page never answers', async () => {
    vi.useFakeTimers();
    try {
      const exit = createExitBackup(5_000);
      const { win, tryClose } = fakeWindow();
      exit.attach(win);
      void exit.waitForExitRequest();
      expect(tryClose()).toBe(true);
      vi.advanceTimersByTime(4_999);
      expect(win.closed).toBe(0);
      vi.advanceTimersByTime(1);
      expect(win.closed).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

function rig() {
  const ours = new FakeWebContents();
  const handlers = new Map<string, Listener>();
  const handle = createHandle({
    ipcMain: { handle: (channel: string, fn: Listener) => void handlers.set(channel, fn) } as never,
    checkSender: createSenderCheck(() => ({ isDestroyed: () => false, webContents: ours }) as never, createAppUrlCheck(null)),
    log: () => undefined,
  });
  const markerFile = { read: vi.fn(async () => ({ ok: true as const, value: null })), write: vi.fn(async () => ({ ok: true as const, value: null })) };
  const exit = { waitForExitRequest: vi.fn(async () => ({ ok: true as const, value: null })), exitBackupDone: vi.fn(() => ({ ok: true as const, value: null })), attach: vi.fn() };
  setupStoreSafetyIpc({ handle, marker: markerFile, exit });
  const ourEvent = { sender: ours, senderFrame: ours.mainFrame } as unknown as SenderEvent;
  return { handlers, markerFile, exit, ours, ourEvent };
}

describe('store-safety IPC: other senders and wrong-shaped arguments are rejected in main', () => {
  it.each([
    ['a string', ['{"version":1}']],
    ['a future marker version', [{ ...marker, version: 2 }]],
    ['a negative count', [{ ...marker, total: -1 }]],
    ['a count as text', [{ ...marker, counts: { ledger: '12' } }]],
    ['an overlong backup name', [{ ...marker, lastBackupName: 'x'.repeat(500) }]],
    ['two arguments', [marker, marker]],
  ])('writeStoreMarker refuses %s before touching the file', async (_name, args) => {
    const r = rig();
    const result = (await r.handlers.get('marker:write')!(r.ourEvent, ...args)) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^参数无效：/);
    expect(r.markerFile.write).not.toHaveBeenCalled();
  });

  it('a valid marker from our window reaches the file', async () => {
    const r = rig();
    await r.handlers.get('marker:write')!(r.ourEvent, marker);
    expect(r.markerFile.write).toHaveBeenCalledWith(marker);
  });

  it.each(['marker:read', 'marker:write', 'exit:wait', 'exit:backup-done'])('%s refuses a message from another page or window', async (channel) => {
    const r = rig();
    const foreign = { sender: r.ours, senderFrame: { url: 'https://evil.example/', parent: null } } as unknown as SenderEvent;
    await expect(r.handlers.get(channel)!(foreign, marker)).rejects.toThrow(/拒绝/);
    const otherWindow = new FakeWebContents();
    await expect(r.handlers.get(channel)!({ sender: otherWindow, senderFrame: otherWindow.mainFrame } as never)).rejects.toThrow(/拒绝/);
    expect(r.markerFile.read).not.toHaveBeenCalled();
    expect(r.markerFile.write).not.toHaveBeenCalled();
    expect(r.exit.exitBackupDone).not.toHaveBeenCalled();
  });
});

describe('`../` in a restore path → rejected in the main process', () => {
  it('readBackup refuses names that leave the backup folder, even past the IPC schema', async () => {
    const dir = await tempDir();
    const deps = { config: createConfigStore(path.join(dir, 'userData')), documentsDir: path.join(dir, 'Documents'), homeDir: dir, userDataDir: path.join(dir, 'userData') };
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    for (const name of ['../secret.txt', '../../secret.txt', '..', '/etc/passwd']) {
      const result = await readBackup(deps, { name });
      expect(result.ok, name).toBe(false);
    }
  });
});

const childScript = fileURLToPath(new URL('./support/backup-writer-child.mjs', import.meta.url));

/** Starts the child writer and SIGKILLs it while its temporary file is half written. */
async function killWriterHalfWay(dirs: { userDataDir: string; documentsDir: string; homeDir: string }, folder: string, name: string): Promise<boolean> {
  const child = spawn(process.execPath, [childScript, dirs.userDataDir, dirs.documentsDir, dirs.homeDir, name, '400'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let caught = false;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const temps = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp'));
    if (temps.length) {
      const size = (await stat(path.join(folder, temps[0]!)).catch(() => null))?.size ?? 0;
      if (size > 0 && size < 400 * 1024 * 1024) {
        child.kill('SIGKILL');
        caught = true;
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await exited;
  return caught;
}

describe('crash while writing a backup → previous backups intact, no truncated file listed', () => {
  it('a writer killed half-way leaves the earlier backup verifiable and lists nothing partial', async () => {
    const dir = await tempDir();
    const dirs = { userDataDir: path.join(dir, 'userData'), documentsDir: path.join(dir, 'Documents'), homeDir: dir };
    const deps = { ...dirs, config: createConfigStore(dirs.userDataDir) };
    const folder = path.join(dirs.documentsDir, '村企联建备份');
    await mkdir(folder, { recursive: true });
    const earlier = await buildBackup({
      tables: { townships: [{ id: 't1', name: '河田镇', kind: '镇', order: 1, createdAt: 'a', updatedAt: 'b', deleted: 0 }] },
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: '2026-11-24T01:00:00.000Z',
      reason: 'daily',
    });
    expect((await writeBackup(deps, { name: '村企联建备份_2026-11-24_每日.cqbak', bytes: earlier as Uint8Array<ArrayBuffer> })).ok).toBe(true);

    let caught = false;
    for (let attempt = 0; attempt < 5 && !caught; attempt += 1) {
      caught = await killWriterHalfWay(dirs, folder, '村企联建备份_2026-11-25_每日.cqbak');
    }
    expect(caught).toBe(true);

    const listed = await listBackups(deps);
    expect(listed.ok && listed.value.map((f) => f.name)).toEqual(['村企联建备份_2026-11-24_每日.cqbak']);
    const onDisk = await readdir(folder);
    expect(onDisk).not.toContain('村企联建备份_2026-11-25_每日.cqbak');
    expect([...(await readFile(path.join(folder, '村企联建备份_2026-11-24_每日.cqbak')))]).toEqual([...earlier]);
    const verified = await verifyBackup(earlier, { schemaVersion: 2 });
    expect(verified.ok && verified.value.tables.townships[0]!.name).toBe('河田镇');

    // The half-written temporary file is left by the crash; once older than any write could
    // take, listing the folder removes it. A fresh one (a write in progress) is kept.
    const leftovers = onDisk.filter((n) => n.endsWith('.tmp'));
    expect(leftovers.length).toBeGreaterThan(0);
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of leftovers) await utimes(path.join(folder, name), old, old);
    await writeFile(path.join(folder, '.村企联建备份_2026-11-26_每日.cqbak.0123456789ab.tmp'), 'in progress');
    await listBackups(deps);
    expect((await readdir(folder)).sort()).toEqual(['.村企联建备份_2026-11-26_每日.cqbak.0123456789ab.tmp', '村企联建备份_2026-11-24_每日.cqbak'].sort());
  }, 120_000);
});
