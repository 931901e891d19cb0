import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '@renderer/db/migrations';

describe('v001-initial', () => {
  it('creates every table of the data model', async () => {
    const db = new AppDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const names = db.tables.map((t) => t.name).sort();
    expect(names).toEqual([...new Set(MIGRATIONS.flatMap((m) => Object.keys(m.stores)))].sort());
    for (const t of ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'pairingEvents', 'ledger', 'ledgerAggregates', 'attachments', 'monthlyReports', 'inspections', 'evaluations', 'trainings', 'commendations', 'nominees', 'importBatches', 'tallyReports', 'audit', 'settings']) {
      expect(names).toContain(t);
    }
    db.close();
  });

  it('migrations are numbered upwards from 1 (gaps allowed: versions are handed out per branch)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]!);
  });
});
