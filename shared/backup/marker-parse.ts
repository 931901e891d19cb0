// Reading the store marker (marker.ts) at every start without zod: the same rules as the
// StoreMarker schema, written out (test/unit/shared/backup/marker-parse.test.ts holds them
// to the schema). Unknown keys are dropped, as the schema does.
import type { StoreMarker } from './marker';

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optionalText = (v: unknown, max: number) => v === undefined || text(v, max);

export function parseMarker(raw: unknown): StoreMarker | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  if (m.version !== 1 || !count(m.total) || !text(m.updatedAt, 40)) return null;
  if (!optionalText(m.lastBackupAt, 40) || !optionalText(m.lastBackupName, 200) || !optionalText(m.lastBackupLocation, 4096)) return null;
  if (!m.counts || typeof m.counts !== 'object' || Array.isArray(m.counts)) return null;
  const counts: Record<string, number> = {};
  for (const [k, n] of Object.entries(m.counts)) {
    if (k.length > 64 || !count(n)) return null;
    counts[k] = n;
  }
  const marker: StoreMarker = { version: 1, total: m.total, counts, updatedAt: m.updatedAt };
  if (m.lastBackupAt !== undefined) marker.lastBackupAt = m.lastBackupAt as string;
  if (m.lastBackupName !== undefined) marker.lastBackupName = m.lastBackupName as string;
  if (m.lastBackupLocation !== undefined) marker.lastBackupLocation = m.lastBackupLocation as string;
  return marker;
}
