import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '@renderer/db/migrations';

describe('v001-initial', () => {
  it('creates every table of the data model', async () => {
    const db = new AppDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const names = db.tables.map((t) => t.name).sort();
    expect(names).toEqual(Object.keys(MIGRATIONS[0].stores).sort());
    for (const t of ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'pairingEvents', 'ledger', 'ledgerAggregates', 'attachments', 'monthlyReports', 'inspections', 'evaluations', 'trainings', 'commendations', 'nominees', 'importBatches', 'tallyReports', 'audit', 'settings']) {
      expect(names).toContain(t);
    }
    db.close();
  });

  it('migrations are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
