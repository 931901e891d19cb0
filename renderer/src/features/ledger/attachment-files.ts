// Picking attachment files through the host (file dialog or browser file input), checking
// each against the size and kind limits, and saving a stored one back out.
import { ATTACHMENT_EXTENSIONS, attachmentIssue, attachmentMime } from '@shared/model/attachments';
import type { Attachment } from '@shared/model/types';
import type { NewAttachment } from '../../db/repositories/ledger-entries';
import { host } from '../../host';

export type PickedAttachments = { files: NewAttachment[]; refused: string[]; cancelled: boolean };

export async function pickAttachments(): Promise<PickedAttachments> {
  const result = await host.openFiles({
    title: '选择附件（照片、扫描件或 PDF）',
    filters: [{ name: '照片、扫描件或 PDF', extensions: ATTACHMENT_EXTENSIONS }],
    multiple: true,
  });
  if (!result.ok) return { files: [], refused: result.cancelled ? [] : [result.error], cancelled: Boolean(result.cancelled) };
  const files: NewAttachment[] = [];
  const refused: string[] = [];
  for (const f of result.value) {
    const issue = attachmentIssue(f.name, f.bytes.byteLength);
    if (issue) refused.push(issue);
    else files.push({ name: f.name, blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: attachmentMime(f.name) }) });
  }
  return { files, refused, cancelled: false };
}

export async function saveAttachment(a: Pick<Attachment, 'name' | 'blob'>) {
  const bytes = new Uint8Array(await a.blob.arrayBuffer());
  return host.saveFile({ title: '保存附件', defaultName: a.name, bytes, filters: [] });
}
