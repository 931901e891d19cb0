// Attachments of ledger entries: photos of activities, scans of signed documents, PDFs. They
// are stored as blobs inside the database (so a backup carries them), which is why each one
// is limited in size and kind.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
};

export const ATTACHMENT_EXTENSIONS = Object.keys(MIME_BY_EXTENSION);

export function attachmentMime(name: string): string | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? MIME_BY_EXTENSION[ext] : undefined;
}

/** Images the browser can show as a preview (TIFF scans cannot be shown, only downloaded). */
export function isPreviewable(mime: string): boolean {
  return ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/webp'].includes(mime);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be attached, or null. */
export function attachmentIssue(name: string, size: number): string | null {
  if (!attachmentMime(name)) return `「${name}」不是照片、扫描件或 PDF（支持 ${ATTACHMENT_EXTENSIONS.join('、')}）`;
  if (size === 0) return `「${name}」是空文件`;
  if (size > MAX_ATTACHMENT_BYTES) {
    return `「${name}」大小为 ${formatBytes(size)}，超过每个附件 ${formatBytes(MAX_ATTACHMENT_BYTES)} 的限制，请压缩或分拆后再添加`;
  }
  return null;
}
