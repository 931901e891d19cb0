// A file is either the old version or the complete new one, never half of each: the bytes
// go to a temporary file beside the target, are flushed to disk, and only then renamed over
// it (rename is atomic within one folder). A failure removes the temporary file.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';

export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, data: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target), fs);
}

// Makes the rename itself durable on POSIX; Windows cannot open a folder, which is fine there.
async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the data itself is already flushed
  }
}
