// Printing goes through the system dialog (silent printing ignores the paper size) or
// through a PDF whose page size comes from the print view's CSS @page rule.
import type { PrintToPDFOptions, WebContents } from 'electron';
import { fail, ok, type PdfRequest, type PrintRequest, type Result, type SavedFile } from '@shared/ipc/contract';
import { CANCELLED } from './dialogs';
import { saveWithDialog, type FilesDeps } from './dialogs-and-files';

export type PdfContents = { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };

export function printContents(contents: Pick<WebContents, 'print'>, req: PrintRequest): Promise<Result<null>> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true, landscape: req.landscape }, (success, reason) => {
      if (success) resolve(ok(null));
      else if (/cancel/i.test(reason)) resolve(fail(CANCELLED, true));
      else resolve(fail(`打印失败：${reason || '打印机未响应'}`));
    });
  });
}

export async function printToPdf(
  deps: FilesDeps & { contents: PdfContents },
  req: PdfRequest,
): Promise<Result<SavedFile>> {
  let pdf: Uint8Array;
  try {
    pdf = await deps.contents.printToPDF({
      landscape: req.landscape,
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: 'A4',
    });
  } catch {
    return fail('生成 PDF 失败，请重试');
  }
  return saveWithDialog(
    deps,
    { title: req.title, defaultName: req.defaultName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] },
    pdf,
  );
}
