// The only module the rest of the renderer uses to reach the machine: Electron's bridge
// when the preload provided one, the browser edition otherwise.
import type { HostApi } from '@shared/ipc/contract';
import { browserHost } from './browser';
import { electronHost } from './electron';
import { releaseParseWorker, warmParseWorker } from './browser-parse';

// (No window at all in the Node tests of modules that merely import this one.)
const electron = typeof window !== 'undefined' && !!window.cqHost;

export const host: HostApi = electron ? electronHost(window.cqHost!) : browserHost();

const none = () => undefined;
/**
 * Starts the parser ahead of a file (the import page, while the user picks one), and lets it go
 * when the page closes. The browser edition's parse worker only; Electron's parser lives in the
 * main process.
 */
export const warmParser: () => void = electron || typeof Worker === 'undefined' ? none : warmParseWorker;
export const releaseParser: () => void = electron ? none : releaseParseWorker;
