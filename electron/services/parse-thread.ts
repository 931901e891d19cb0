// Starts the parse worker bundle (dist-electron/parse-worker/index.cjs, next to main's) as a
// worker thread. The script is read with fs and run with `eval`, which works the same from a
// folder and from inside app.asar.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ParseThread } from './parse-spreadsheet';

let code: string | undefined;

/** The bundle's path relative to main's own bundle (dist-electron/main/index.cjs). */
export const parseWorkerPath = (): string => path.join(__dirname, '..', 'parse-worker', 'index.cjs');

export function startParseThread(limits: ResourceLimits, scriptPath: string = parseWorkerPath()): ParseThread {
  code ??= readFileSync(scriptPath, 'utf8');
  return new Worker(code, { eval: true, resourceLimits: limits });
}
