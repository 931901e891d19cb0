import { describe, expect, it, vi } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { BACKUP_TABLES } from '@shared/backup/tables';
import { ROWS_PER_PART } from '@shared/backup/format';
import { makeV001Data, type FixtureRows } from '../../../fixtures/db/v001-data';
import { backupOf, blobBytes, SCHEMA } from './helpers';

// Building and reading backups takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

function withoutBlobs(rows: Record<string, unknown>[]) {
  return rows.map(({ blob: _blob, ...rest }) => rest);
}

async function roundTrip(tables: Partial<FixtureRows>) {
  const result = await readBackup(await backupOf(tables), { schemaVersion: SCHEMA });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('backup round trip', () => {
  it('gives back every table of a full database exactly (Chinese text, emoji, attachments)', async () => {
    const data = makeV001Data();
    const back = await roundTrip(data);
    for (const table of BACKUP_TABLES) {
      // A schema-2 backup's classes (upgrade-trainings.test.ts), inspections and evaluations (upgrade-supervision.test.ts)
      // are upgraded on the way in, and its 技能培训 entries' 培训基地 names become bases (upgrade-training-bases.test.ts).
      if (['attachments', 'trainings', 'trainees', 'inspections', 'rectifications', 'evaluations', 'trainingBases'].includes(table)) continue;
      expect(back.tables[table], table).toEqual(data[table]);
    }
    expect(withoutBlobs(back.tables.attachments)).toEqual(withoutBlobs(data.attachments));
    for (const [i, row] of back.tables.attachments.entries()) {
      const original = data.attachments[i]!;
      expect(await blobBytes(row.blob)).toEqual(await blobBytes(original.blob));
      expect((row.blob as Blob).type).toBe('image/jpeg');
    }
    expect(back.manifest.counts.ledger).toBe(data.ledger.length);
    expect(back.manifest.app.version).toBe('0.1.0');
  });

  it('keeps text that often breaks exports: CJK extension B, emoji sequences, lone surrogates, controls', async () => {
    const names = ['𠮷野家', '👨‍👩‍👧‍👦 一家', '\ud800 lone', 'tab\tnew\nline', '"quotes" \\ back', '　全角空格　', 'ａｂｃ１２３'];
    const townships = names.map((name, i) => ({ id: `t${i}`, name, kind: '镇', order: i, createdAt: 'x', updatedAt: 'y', deleted: 0 }));
    const back = await roundTrip({ townships });
    expect(back.tables.townships.map((t) => t.name)).toEqual(names);
  });

  it('round-trips empty tables: an empty database gives an empty database', async () => {
    const back = await roundTrip({});
    for (const table of BACKUP_TABLES) expect(back.tables[table]).toEqual([]);
  });

  it('keeps values JSON cannot say: Dates, NaN, Infinity, -0, undefined in arrays, bytes, a "$cq" key', async () => {
    // The log's before/after hold whatever a record held.
    const values = [
      new Date('2008-12-03T00:00:00Z'),
      [Number.NaN, Number.POSITIVE_INFINITY, -0, undefined, null],
      new Uint8Array([0, 1, 254, 255]),
      { $cq: 'date', v: 'not a tag, user data' },
    ];
    const audit = values.map((after, i) => ({ seq: i + 1, time: '2008-12-03T00:00:00.000Z', action: 'update', entity: 'townships', entityId: 't1', after }));
    const back = await roundTrip({ audit });
    expect(back.tables.audit).toEqual(audit);
    expect(Object.is((back.tables.audit[1]!.after as number[])[2], -0)).toBe(true);
  });

  it('round-trips 100,000 ledger rows split into parts', async () => {
    const data = makeV001Data({ townships: 3, villagesPer: 2, enterprisesPer: 2, ledger: 100_000, audit: 0 });
    const back = await roundTrip(data);
    expect(back.manifest.parts.filter((p) => p.kind === 'table' && p.table === 'ledger')).toHaveLength(100_000 / ROWS_PER_PART);
    expect(back.tables.ledger).toHaveLength(100_000);
    expect(back.tables.ledger).toEqual(data.ledger);
  }, 120_000);
});
