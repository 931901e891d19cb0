// Helpers for backup format tests: build a file, tamper with it at the byte level.
import JSZip from 'jszip';
import { buildBackup, type BackupSnapshot } from '@shared/backup/write';

export const SCHEMA = 2;

export function backupOf(tables: BackupSnapshot): Promise<Uint8Array> {
  return buildBackup({ tables, appVersion: '0.1.0', schemaVersion: SCHEMA, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });
}

/** Rewrites a zip: `edit` may change, add or remove entries (manifest included). */
export async function rezip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Replaces every occurrence of `from` by `to` (same length) in the raw bytes. */
export function replaceBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  if (a.length !== b.length) throw new Error('same length only');
  const out = bytes.slice();
  let hits = 0;
  for (let i = 0; i <= out.length - a.length; i += 1) {
    let match = true;
    for (let j = 0; j < a.length && match; j += 1) match = out[i + j] === a[j];
    if (match) {
      out.set(b, i);
      hits += 1;
    }
  }
  if (hits === 0) throw new Error(`"${from}" not found`);
  return out;
}

export async function blobBytes(blob: unknown): Promise<number[]> {
  return [...new Uint8Array(await (blob as Blob).arrayBuffer())];
}
