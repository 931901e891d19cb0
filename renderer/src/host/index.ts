// The only module the rest of the renderer uses to reach the machine: Electron's bridge
// when the preload provided one, the browser edition otherwise.
import type { HostApi } from '@shared/ipc/contract';
import { browserHost } from './browser';
import { electronHost } from './electron';

// (No window at all in the Node tests of modules that merely import this one.)
export const host: HostApi = typeof window !== 'undefined' && window.cqHost ? electronHost(window.cqHost) : browserHost();
