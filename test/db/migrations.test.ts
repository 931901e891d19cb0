import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '@renderer/db/migrations';

describe('v001-initial', () => {
  it('creates every table of the data model', async () => {
    const db = new AppDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const names = db.tables.map((t) => t.name).sort();
    const declared = new Set(MIGRATIONS.flatMap((m) => Object.entries(m.stores).filter(([, spec]) => spec !== null).map(([t]) => t)));
    expect(names).toEqual([...declared].sort());
    for (const t of ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'pairingEvents', 'ledger', 'ledgerAggregates', 'attachments', 'monthlyReports', 'inspections', 'evaluations', 'trainings', 'commendations', 'nominees', 'importBatches', 'tallyReports', 'audit', 'settings']) {
      expect(names).toContain(t);
    }
    db.close();
  });

  it('migrations are in increasing version order (each developer has a number; gaps are fine)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
