// The store marker read at every start without zod (marker-parse.ts) follows the StoreMarker
// schema the host contract checks (marker.ts).
import { describe, expect, it } from 'vitest';
import { StoreMarker } from '@shared/backup/marker';
import { parseMarker } from '@shared/backup/marker-parse';

const good = { version: 1, total: 3, counts: { townships: 1, villages: 2 }, updatedAt: '2026-12-06T02:00:00.000Z' };
const cases: unknown[] = [
  good,
  { ...good, lastBackupAt: '2026-12-06T02:00:00.000Z', lastBackupName: '村企联建-手动-20261206.cqbak', lastBackupLocation: '下载' },
  { ...good, extra: 1 },
  { ...good, version: 2 },
  { ...good, total: -1 },
  { ...good, total: 1.5 },
  { ...good, total: '3' },
  { ...good, counts: { [`${'x'.repeat(65)}`]: 1 } },
  { ...good, counts: { a: -1 } },
  { ...good, counts: [] },
  { ...good, counts: null },
  { ...good, updatedAt: 'x'.repeat(41) },
  { ...good, lastBackupName: 'x'.repeat(201) },
  { ...good, lastBackupLocation: 5 },
  { ...good, updatedAt: undefined },
  null,
  'marker',
  [],
];

describe('parseMarker', () => {
  it.each(cases)('%j as the schema reads it', (raw) => {
    const parsed = StoreMarker.safeParse(raw);
    expect(parseMarker(raw)).toEqual(parsed.success ? parsed.data : null);
  });
});
