// The browser edition of the host contract: file inputs for opening, downloads for saving,
// window.print for printing (the print dialog offers 「另存为 PDF」). Used where no Electron
// binary runs, and by the end-to-end tests in Chromium.
import { fail, ok } from '@shared/ipc/result';
import type { HostApi, OpenFilesRequest, PickedFile, Result } from '@shared/ipc/contract';
import { browserParse } from './browser-parse';

function acceptAttribute(req: OpenFilesRequest): string {
  return req.filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');
}

function pickFiles(req: OpenFilesRequest): Promise<Result<PickedFile[]>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = req.multiple;
    input.accept = acceptAttribute(req);
    input.style.display = 'none';
    input.dataset.hostPicker = 'true';
    const done = (result: Result<PickedFile[]>) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => done(fail('已取消', true)));
    input.addEventListener('change', async () => {
      const files = [...(input.files ?? [])];
      if (files.length === 0) return done(fail('已取消', true));
      try {
        const picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        done(ok(picked));
      } catch {
        done(fail('无法读取所选文件'));
      }
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function toBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}

/** Prints the current document; a temporary @page rule sets the orientation. */
function printCurrentView(landscape: boolean): void {
  const style = document.createElement('style');
  style.textContent = `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; }`;
  document.head.append(style);
  try {
    window.print();
  } finally {
    style.remove();
  }
}

export function browserHost(): HostApi {
  return {
    kind: 'browser',
    capabilities: { nativeFileDialogs: false, directPdf: false, backupFolder: false },
    openFiles: pickFiles,
    ...browserParse,
    async saveFile(req) {
      download(req.defaultName, toBlob(req.bytes));
      return ok({ location: req.defaultName });
    },
    async saveFiles(req) {
      const { default: JSZip } = await import('jszip'); // only when several files are saved at once
      const zip = new JSZip();
      for (const f of req.files) zip.file(f.name, f.bytes);
      const blob = await zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
      download(req.zipName, blob);
      return ok({ location: req.zipName });
    },
    async print(req) {
      printCurrentView(req.landscape);
      return ok(null);
    },
    async printToPdf(req) {
      // No direct PDF in a browser: the print dialog's 「另存为 PDF」 destination does it.
      printCurrentView(req.landscape);
      return ok({ location: '打印对话框（目标打印机选择「另存为 PDF」）' });
    },
    async getBackupFolder() {
      return fail('浏览器版没有备份文件夹：备份以下载文件的方式保存');
    },
    async chooseBackupFolder() {
      return fail('浏览器版没有备份文件夹：备份以下载文件的方式保存');
    },
    async getAppInfo() {
      return {
        version: __APP_VERSION__,
        dataLocation: `浏览器本地数据库（IndexedDB，${location.origin}）`,
        platform: navigator.userAgent,
      };
    },
  };
}
