// The browser edition's parse worker: reads one spreadsheet off the UI thread, so a large or
// hostile file can stall or crash only this worker (terminated on 取消).
import { readWorkbook } from '@shared/io/read-workbook';
import type { ParseWorkerMessage, ParseWorkerRequest } from '@shared/io/parse-protocol';

const post = (message: ParseWorkerMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ParseWorkerRequest>) => {
  const { fileName, bytes } = event.data;
  let last = 0;
  void readWorkbook(fileName, bytes, {
    onProgress: (progress) => {
      // A few updates a second are enough for a progress bar.
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      post({ type: 'progress', progress });
    },
  }).then((result) => post({ type: 'done', result }));
});
