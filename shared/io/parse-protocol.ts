// Messages between a parse worker (Web Worker or worker thread) and whoever started it.
import type { ReadResult } from './read-workbook';
import type { ReadProgress } from './types';

export type ParseWorkerRequest = { fileName: string; bytes: Uint8Array };

export type ParseWorkerMessage = { type: 'progress'; progress: ReadProgress } | { type: 'done'; result: ReadResult };
