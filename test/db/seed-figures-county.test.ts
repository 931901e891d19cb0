// A county whose records say what the seed article says — 「全县有36家企业与62个村建立了劳动力
// 技能培训供给关系」, 「全县共有38个企业派出45名党务干部到联建村学习取经」 — built through the
// stores as an office would enter it (sessions as 技能培训 entries, visits listing their cadres),
// with records that must not count (a village's visit to its enterprise, an enterprise's own
// training, a deleted session, a second session of one pair), read by the statistics as the
// summary page reads them, and written into the work summary as the article writes it.
import { describe, expect, it } from 'vitest';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { loadStatisticsInput } from '@renderer/features/statistics/load';
import type { LedgerInput } from '@renderer/db/repositories/ledger-entries';
import type { Enterprise, Village } from '@shared/model/types';
import { freshStore } from './helpers';

describe('a county with the seed article’s 培训交流 figures', () => {
  it('states 36 enterprises ↔ 62 villages and 38 enterprises sending 45 cadres', async () => {
    const store = freshStore();
    const [hetian, zone] = [await store.townships.create({ name: '河田镇', kind: '镇', order: 1 }), await store.townships.create({ name: '长汀经济开发区', kind: '开发区', order: 2 })];
    const villages: Village[] = [];
    for (let i = 0; i < 64; i++) villages.push(await store.villages.create({ townshipId: i % 2 ? hetian.id : zone.id, name: `联建${i + 1}村`, industries: [], partyOrg: { type: '党支部' } }));
    const enterprises: Enterprise[] = [];
    for (let i = 0; i < 40; i++) enterprises.push(await store.enterprises.create({ townshipId: zone.id, name: `汀江${i + 1}号实业有限公司`, aboveScale: false, partyOrg: { type: '党支部' } }));

    // 62 pairings training (enterprises 1–36 with villages 1–62), two more so enterprises 37 and 38 have a village.
    const pairs: [number, number][] = [...Array.from({ length: 62 }, (_, i): [number, number] => [i % 36, i]), [36, 62], [37, 63]];
    const pairings = await store.pairings.applyMany(
      pairs.map(([e, v]) => ({ application: { enterpriseId: enterprises[e]!.id, villageId: villages[v]!.id, formation: '双向选择', areas: ['技能培训', '学习交流'], responsibleTownshipId: villages[v]!.townshipId, appliedDate: '2006-03-01' }, approvedDate: '2006-04-01' })),
    );
    const pairingOf = (e: number, v: number) => pairings[pairs.findIndex(([a, b]) => a === e && b === v)]!.id;

    const sessions: LedgerInput[] = pairs.slice(0, 62).map(([e, v], i) => ({
      pairingId: pairingOf(e, v),
      type: 'training',
      date: `${2006 + (i % 3)}-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      precision: 'day',
      figures: { sessions: 1, trainees: 30 + i, employedAfter: 20, orderBased: true, base: `联建${v + 1}村劳动力培训基地` },
    }));
    // A second session of one pair, and an enterprise's own training (no village): neither adds a relation.
    sessions.push({ ...sessions[0]!, date: '2008-09-01' });
    sessions.push({ enterpriseId: enterprises[39]!.id, type: 'training', date: '2008-06-01', precision: 'day', figures: { sessions: 1, trainees: 12 } });
    await store.ledgerEntries.add(sessions);
    // A session entered by mistake and deleted.
    const [mistake] = await store.ledgerEntries.add([{ pairingId: pairingOf(36, 62), type: 'training', date: '2008-07-01', precision: 'day', figures: { sessions: 1, trainees: 5 } }]);
    await store.ledgerEntries.remove(mistake!.id);

    // 38 enterprises send 45 party-work cadres (the first 7 send two), each visit listing them.
    const visits: LedgerInput[] = [];
    for (let e = 0; e < 38; e++) {
      const ids = [];
      for (let k = 0; k < (e < 7 ? 2 : 1); k++) ids.push((await store.persons.create({ name: `党务${e}-${k}`, orgKind: 'enterprise', orgId: enterprises[e]!.id, politicalStatus: '中共党员' })).id);
      const [, v] = pairs.find(([a]) => a === e)!;
      visits.push({ pairingId: pairingOf(e, v), type: 'exchange', date: '2007-06-01', precision: 'day', figures: { direction: '企→村', visits: 1 }, personIds: ids, description: '学习定岗定责' });
    }
    // The reverse: three village cadres learn at their enterprise — not 「企业派出」.
    const villagers = [];
    for (let k = 0; k < 3; k++) villagers.push((await store.persons.create({ name: `村干部${k}`, orgKind: 'village', orgId: villages[0]!.id })).id);
    visits.push({ pairingId: pairingOf(0, 0), type: 'exchange', date: '2007-08-01', precision: 'day', figures: { direction: '村→企' }, personIds: villagers });
    await store.ledgerEntries.add(visits);
    await store.meetings.create({ kind: '交流会', title: '2008年度村企党组织联建活动交流会', date: '2008-12-20', decisions: [] });

    const input = await loadStatisticsInput(store.db, 2006, 2008);
    const figures = computeCountyFigures(input, { fromYear: 2006, toYear: 2008 });
    expect([figures.trainingEnterprises, figures.trainingVillages, figures.exchangeEnterprises, figures.cadresSent, figures.meetings]).toEqual([36, 62, 38, 45, 1]);
    const text = buildSummaryParagraph(figures);
    expect(text).toContain('全县有36家企业与62个村建立了劳动力技能培训供给关系。');
    expect(text).toContain('全县共有38个企业派出45名党务干部到联建村学习取经。');
    expect(text).toContain('全县共召开村企党组织联建活动交流会1次。');

    // The annual table of 2007 counts the year's visits the same way, township by township.
    const table = computeAnnualTable(input, { year: 2007 });
    expect(table.total.values).toMatchObject({ exchangeEnterprises: 38, cadresSent: 45 });
    expect(table.rows.reduce((s, r) => s + (r.values.cadresSent ?? 0), 0)).toBe(45);
  }, 60_000);
});
