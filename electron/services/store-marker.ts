// The store marker as a file in userData (see shared/backup/marker.ts). It sits beside the
// IndexedDB folder on purpose: what it guards against is the database being opened empty
// (a changed origin, a wiped or evicted database), not the whole folder disappearing —
// for that there are the backups outside userData.
import path from 'node:path';
import { mkdir, readFile } from 'node:fs/promises';
import { parseMarker, type StoreMarker } from '@shared/backup/marker';
import { fail, ok, type Result } from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';

export const STORE_MARKER_FILE = 'store-marker.json';

export type MarkerFile = {
  read(): Promise<Result<StoreMarker | null>>;
  write(marker: StoreMarker): Promise<Result<null>>;
};

export function createMarkerFile(userDataDir: string): MarkerFile {
  const file = path.join(userDataDir, STORE_MARKER_FILE);
  return {
    async read() {
      try {
        return ok(parseMarker(JSON.parse(await readFile(file, 'utf8'))));
      } catch {
        // Missing or unreadable: no marker, so the guard stays quiet rather than block a start.
        return ok(null);
      }
    },
    async write(marker) {
      try {
        await mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(marker)));
        return ok(null);
      } catch (error) {
        return fail(`无法保存数据标记：${describeFsError(error)}`);
      }
    },
  };
}
