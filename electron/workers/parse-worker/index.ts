// Electron's parse worker: a worker thread started with resource limits, so a file that
// exhausts memory kills this thread and not the main process. Large .xlsx files go through
// ExcelJS's streaming reader, which only exists in Node.
import { parentPort } from 'node:worker_threads';
import { readXlsxStreaming } from '@shared/io/node/read-xlsx-stream';
import type { ParseWorkerMessage, ParseWorkerRequest } from '@shared/io/parse-protocol';
import { readWorkbook } from '@shared/io/read-workbook';

/** From this size on, .xlsx files are read as a stream (roughly 20,000 rows and up). */
const STREAMING_FROM_BYTES = 2 * 1024 * 1024;

const port = parentPort;
if (port) {
  const post = (message: ParseWorkerMessage) => port.postMessage(message);
  port.once('message', (req: ParseWorkerRequest) => {
    let last = 0;
    void readWorkbook(req.fileName, req.bytes, {
      onProgress: (progress) => {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        post({ type: 'progress', progress });
      },
      streaming: { read: readXlsxStreaming, fromBytes: STREAMING_FROM_BYTES },
    }).then((result) => post({ type: 'done', result }));
  });
}
