// The preload exposes one object of named functions, one per contract channel, and never
// ipcRenderer or any of its methods.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

let bridge: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = contextBridge.exposed.get('cqHost') as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes one object, as window.cqHost', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual(['cqHost']);
  });

  // IPC_CHANNELS is `satisfies Record<keyof HostBridge, …>`: its keys are exactly the
  // HostBridge names, optional members included.
  it('exposes exactly the HostBridge function names', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(Object.keys(bridge)).toEqual(expect.arrayContaining(['openFiles', 'saveFile', 'getAppInfo']));
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const forbidden = new Set<unknown>([ipcRenderer, ...Object.values(ipcRenderer)]);
    for (const value of Object.values(bridge)) expect(forbidden.has(value)).toBe(false);
    expect(Object.keys(bridge)).not.toContain('ipcRenderer');
    expect(Object.keys(bridge)).not.toContain('invoke');
  });

  it.each(Object.keys(IPC_CHANNELS) as (keyof typeof IPC_CHANNELS)[])(
    '%s invokes its channel from IPC_CHANNELS with the caller’s arguments only',
    async (name) => {
      ipcRenderer.invoke.mockClear();
      const arg = { marker: name };
      await (bridge[name] as (...args: unknown[]) => Promise<unknown>)(arg, 'ignored-extra');
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      const [channel, ...args] = ipcRenderer.invoke.mock.calls[0]!;
      expect(channel).toBe(IPC_CHANNELS[name].channel);
      // Functions taking no request pass nothing on; the others pass exactly the request.
      expect(args).toEqual(IPC_CHANNELS[name].args.def.items.length === 0 ? [] : [arg]);
    },
  );
});
