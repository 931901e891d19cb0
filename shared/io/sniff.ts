// Which reader a file needs, judged from its bytes: people rename files, and WPS and web
// systems save CSV or HTML under .xls. Extensions are never trusted.
import { ReadError } from './issues';

export type SniffedFormat = 'xlsx' | 'cfb-xls' | 'encrypted' | 'text';

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: .xls, and also an encrypted .xlsx (which Office wraps in one). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as UTF-16LE: the stream every password-protected Office 2007+ file carries. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) throw new ReadError('文件是空的（0 字节）');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'xlsx';
  if (startsWith(bytes, CFB)) return contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'cfb-xls';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) throw new ReadError('文件已损坏（压缩包头部无效）');
  return 'text';
}
