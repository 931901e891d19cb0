// Saving what the supervision pages build (.xlsx) through the host: a dialog under Electron,
// a download in the browser edition; the user is told where it went, or why not.
import type { Result } from '@shared/model/result';
import { stripControlChars } from '@shared/model/normalize';
import { host } from '../../host';

type MessageApi = { success(text: string): unknown; error(text: string): unknown };

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** A file name without the characters Windows refuses. */
export const safeFileName = (name: string): string => stripControlChars(name).replace(/[\\/:*?"<>|\t\n\r]/g, '_').slice(0, 180);

export async function saveXlsx(built: Result<Uint8Array>, name: string, message: MessageApi): Promise<boolean> {
  if (!built.ok) {
    message.error(built.error);
    return false;
  }
  const defaultName = safeFileName(name);
  const saved = await host.saveFile({ title: `保存「${defaultName}」`, defaultName, bytes: built.value as Uint8Array<ArrayBuffer>, filters: XLSX });
  if (saved.ok) message.success(`已保存：${saved.value.location}`);
  else if (!saved.cancelled) message.error(`保存失败：${saved.error}`);
  return saved.ok;
}
