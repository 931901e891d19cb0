import type { HostApi } from '@shared/ipc/contract';
import type { Result } from '@shared/model/result';
import { stripControlChars } from '@shared/model/normalize';
import { host } from '../../host';

type MessageApi = { success(text: string): unknown; error(text: string): unknown };

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
  png: { name: 'PNG 图片', extensions: ['png'] },
};

/** Saves built bytes through the host, telling the user where they went (or why not). */
export async function saveBuilt(built: Result<Uint8Array>, name: string, message: MessageApi, target: Pick<HostApi, 'saveFile'> = host): Promise<boolean> {
  if (!built.ok) {
    message.error(built.error);
    return false;
  }
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const saved = await target.saveFile({ title: `保存「${name}」`, defaultName: name, bytes: built.value as Uint8Array<ArrayBuffer>, filters: FILTERS[ext] ? [FILTERS[ext]] : [] });
  if (saved.ok) message.success(`已保存：${saved.value.location}`);
  else if (!saved.cancelled) message.error(`保存失败：${saved.error}`);
  return saved.ok;
}

/** A file name without the characters Windows refuses. */
export const safeFileName = (name: string): string => stripControlChars(name).replace(/[\\/:*?"<>|\t\n\r]/g, '_').slice(0, 180);
