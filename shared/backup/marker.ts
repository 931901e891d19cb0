// The store marker: kept OUTSIDE IndexedDB (localStorage in the browser edition, a file in
// userData under Electron) and updated as the data changes. If the store ever opens empty
// while the marker says it held records — a changed origin or data path, an evicted or
// wiped database — the app stops and offers the latest backup instead of carrying on empty.
import { z } from 'zod';

export const StoreMarker = z.object({
  version: z.literal(1),
  /** Records in the data tables (everything but settings). */
  total: z.number().int().nonnegative(),
  counts: z.record(z.string().max(64), z.number().int().nonnegative()),
  updatedAt: z.string().max(40),
  lastBackupAt: z.string().max(40).optional(),
  lastBackupName: z.string().max(200).optional(),
  /** Where the last backup went: a folder path, 「下载」, 「浏览器内」. */
  lastBackupLocation: z.string().max(4096).optional(),
});
export type StoreMarker = z.infer<typeof StoreMarker>;

export { parseMarker } from './marker-parse';
