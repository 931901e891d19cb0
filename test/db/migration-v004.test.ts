// v004 from a v002 database holding 产业共建 ledger entries: each entry of a pairing becomes a
// 产业基地 record, the entry is soft-deleted, the totals move with it (the same sums, now on
// the bases' rows), an entry without a pairing stays; and a backup made before v004 is
// restored the same way.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v004IndustryBases } from '@renderer/db/migrations/v004-industry-bases';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const industryTotals = async (db: AppDatabase) => {
  const rows = (await db.ledgerAggregates.toArray()).filter((r) => r.type === 'industry');
  const sum = (key: string) => Math.round(rows.reduce((s, r) => s + (r.sums[key] ?? 0), 0) * 1e6) / 1e6;
  return { area: sum('area'), households: sum('households'), gain: sum('enterpriseGain'), pairings: new Set(rows.map((r) => r.pairingId)).size };
};

describe('v004-industry-bases', () => {
  it('is a migration of its own, after v002', () => {
    expect(MIGRATIONS.find((m) => m.version === 4)).toBe(v004IndustryBases);
  });

  it('moves the 产业共建 entries of pairings into bases, keeping the totals and the rest of the ledger', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const data = makeV001Data();
    const industry = data.ledger.filter((e) => e.type === 'industry');
    expect(industry.length).toBeGreaterThan(10);
    // One entry of an enterprise alone (no pairing) and one already deleted.
    const alone: Record<string, unknown> = { ...industry[0]!, pairingId: undefined, enterpriseId: String(data.enterprises[0]!.id) };
    const gone: Record<string, unknown> = { ...industry[1]!, deleted: 1 };
    const ledger = data.ledger.map((e) => (e.id === alone.id ? alone : e.id === gone.id ? gone : e));
    await buildDatabaseAt(2, name, { ...data, ledger });

    const old = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 2));
    await old.open();
    const before = await industryTotals(old);
    const otherRows = (await old.ledgerAggregates.toArray()).filter((r) => r.type !== 'industry');
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    const moved = industry.filter((e) => e.id !== alone.id && e.id !== gone.id && !e.deleted);
    const bases = await db.industryBases.toArray();
    expect(bases).toHaveLength(moved.length);
    const first = bases.find((b) => b.id === `base-${String(moved[0]!.id)}`)!;
    const f = moved[0]!.figures as Record<string, unknown>;
    expect(first).toMatchObject({ name: String(f.product).slice(0, 40), area: f.area, pairingIds: [moved[0]!.pairingId], year: moved[0]!.year, townshipId: moved[0]!.townshipId, deleted: 0 });
    // The entries are soft-deleted; the one without a pairing and the deleted one stay as they were.
    const entries = new Map((await db.ledger.toArray()).map((e) => [e.id, e]));
    for (const e of moved) expect(entries.get(String(e.id))?.deleted).toBe(1);
    expect(entries.get(String(alone.id))).toMatchObject({ deleted: 0, enterpriseId: alone.enterpriseId });
    // The same totals, now from the bases (plus the entry without a pairing, still from the ledger).
    const after = await industryTotals(db);
    expect(after.area).toBeCloseTo(before.area, 6);
    expect(after.households).toBeCloseTo(before.households, 6);
    expect(after.gain).toBeCloseTo(before.gain, 6);
    expect((await db.ledgerAggregates.toArray()).filter((r) => r.type !== 'industry')).toEqual(otherRows);
    // The 操作日志 says what happened.
    const audit = await db.audit.filter((e) => e.entity === 'industryBases').toArray();
    expect(audit).toHaveLength(moved.length);
    db.close();
  });

  it('restores a backup made before v004 through the same step', async () => {
    const { createStore } = await import('@renderer/db');
    const { replaceStore } = await import('@renderer/features/backup/store-replace');
    const data = makeV001Data();
    const db = new AppDatabase(`mig-${crypto.randomUUID()}`);
    const store = createStore(db);
    const tables = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v])) as Parameters<typeof replaceStore>[1]['tables'];
    await replaceStore(store.db, { manifest: { createdAt: '2008-12-31T00:00:00.000Z', app: { version: '0.0.1' }, counts: {} }, tables } as unknown as Parameters<typeof replaceStore>[1], { fileName: 'old.cqbak' });
    const industry = data.ledger.filter((e) => e.type === 'industry' && !e.deleted);
    expect(await db.industryBases.count()).toBe(industry.length);
    expect((await db.ledger.where('type').equals('industry').toArray()).every((e) => e.deleted === 1)).toBe(true);
    const rows = (await db.ledgerAggregates.toArray()).filter((r) => r.type === 'industry');
    expect(rows.every((r) => r.id.startsWith('base:'))).toBe(true);
    db.close();
  });
});
