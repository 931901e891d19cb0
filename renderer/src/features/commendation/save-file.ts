// Saving a built document through the host, with the messages a user expects.
import type { MessageInstance } from 'antd/es/message/interface';
import { host } from '../../host';

const FILTERS = {
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
};

export async function saveDocument(message: MessageInstance, kind: 'docx' | 'xlsx', title: string, fileName: string, bytes: Uint8Array): Promise<void> {
  const r = await host.saveFile({ title, defaultName: `${fileName}.${kind}`, bytes: bytes as Uint8Array<ArrayBuffer>, filters: FILTERS[kind] });
  if (r.ok) message.success(`已导出：${r.value.location}`);
  else if (!r.cancelled) message.error(r.error);
}
