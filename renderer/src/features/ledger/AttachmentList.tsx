// Attachments of an entry: thumbnails for photos (click to enlarge), a file icon for scans
// and PDFs, each with its size, a download link and — when editing — a remove button.
import { useEffect, useMemo } from 'react';
import { App, Button, Image, Space, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, FileOutlined } from '@ant-design/icons';
import { formatBytes, isPreviewable } from '@shared/model/attachments';
import { saveAttachment } from './attachment-files';

export type ShownAttachment = { key: string; name: string; blob: Blob };

function Thumb({ a }: { a: ShownAttachment }) {
  const url = useMemo(() => (isPreviewable(a.blob.type) ? URL.createObjectURL(a.blob) : undefined), [a.blob]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (!url) return <FileOutlined style={{ fontSize: 40, color: '#999', width: 64, textAlign: 'center' }} />;
  return <Image src={url} alt={a.name} width={64} height={64} style={{ objectFit: 'cover' }} />;
}

export function AttachmentList({ items, onRemove }: { items: readonly ShownAttachment[]; onRemove?: (key: string) => void }) {
  const { message } = App.useApp();
  if (items.length === 0) return <Typography.Text type="secondary">无附件</Typography.Text>;
  return (
    <Space wrap size="middle">
      {items.map((a) => (
        <Space key={a.key} align="center" style={{ border: '1px solid #f0f0f0', padding: 6, borderRadius: 4 }} aria-label={`附件：${a.name}`}>
          <Thumb a={a} />
          <div style={{ maxWidth: 180 }}>
            <Typography.Text ellipsis title={a.name} style={{ display: 'block' }}>
              {a.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatBytes(a.blob.size)}
            </Typography.Text>
            <div>
              <Button
                size="small"
                type="link"
                icon={<DownloadOutlined />}
                style={{ paddingLeft: 0 }}
                onClick={async () => {
                  const r = await saveAttachment(a);
                  if (!r.ok && !r.cancelled) message.error(r.error);
                }}
              >
                下载
              </Button>
              {onRemove && (
                <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => onRemove(a.key)} aria-label={`移除附件 ${a.name}`}>
                  移除
                </Button>
              )}
            </div>
          </div>
        </Space>
      ))}
    </Space>
  );
}
