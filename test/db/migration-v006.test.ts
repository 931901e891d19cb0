// v006: a v002 database holding the old sketch of inspections (quarter 「2008-Q3」, nested
// items) and evaluations (scheme as a list, scores as a list) opens upgraded: rounds with
// visits, items in their own table (an old 已整改 without 复查 reopened, not invented),
// evaluations with a scheme that passes today's checks and the old scores kept as a result.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { checkScheme } from '@shared/model/evaluation/scheme';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

const atV006 = (name: string) => new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 6));

describe('v006-inspections-evaluations', () => {
  it('upgrades the old inspections and evaluations and leaves the other tables as they were', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const data = makeV001Data();
    const closed = { id: 'r-2', pairingId: (data.pairings[1] as { id: string }).id, content: '补签协议', deadline: '2008-10-15', status: '已整改' };
    const inspection: Record<string, unknown> = { ...data.inspections[0], rectifications: [...(data.inspections[0].rectifications as object[]), closed] };
    await buildDatabaseAt(2, name, { ...data, inspections: [inspection] });
    const db = atV006(name);
    await db.open();
    expect(db.verno).toBe(6);

    const [round] = await db.inspections.toArray();
    const pairings = data.pairings as { id: string; responsibleTownshipId: string }[];
    expect(round).toMatchObject({ id: inspection.id, year: 2008, quarter: 3, team: '县委组织部督查组', startDate: '2008-09-20', endDate: '2008-09-20', deleted: 0 });
    expect(round.visits.map((v) => [v.pairingId, v.finding, v.rating])).toEqual(pairings.slice(0, 3).map((p) => [p.id, '台账齐全', '好']));
    expect(round).not.toHaveProperty('items');
    expect(round).not.toHaveProperty('rectifications');

    const items = (await db.rectifications.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    expect(items).toMatchObject([
      { id: 'r-1', inspectionId: round.id, pairingId: pairings[0].id, townshipId: pairings[0].responsibleTownshipId, problem: '补充月报', deadline: '2008-10-31', status: '整改中', attachmentIds: [], deleted: 0 },
      { id: 'r-2', pairingId: pairings[1].id, problem: '补签协议', status: '整改中', progress: '原记录为「已整改」，未记录复查日期和复查人，请复查后补充' },
    ]);
    expect(await db.rectifications.where('[deleted+status]').equals([0, '整改中']).count()).toBe(2);

    const [evaluation] = await db.evaluations.toArray();
    expect(checkScheme(evaluation.scheme).ok).toBe(true);
    expect(evaluation.scheme.indicators).toEqual([{ key: 'labour', label: '劳务输送', kind: 'ledger', weight: 30, max: 30, params: { type: 'labour', figure: 'sent', scale: 'target', target: 100 } }]);
    expect(evaluation.scheme.total).toBe(30);
    expect(evaluation.result!.rows).toHaveLength(pairings.length);
    expect(evaluation.result!.rows[0]).toMatchObject({ pairingId: pairings[0].id, total: 20, rank: 1, grade: '良好', items: { labour: 20 } });
    expect(await db.evaluations.where('[deleted+year]').equals([0, 2008]).count()).toBe(1);

    // Untouched: the pairings, the ledger.
    expect(await db.pairings.count()).toBe(data.pairings.length);
    expect(await db.ledger.count()).toBe(data.ledger.length);
    db.close();
  });
});
