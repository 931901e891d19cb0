// 骨干培训 figures from class and trainee records: a county built to the seed article's
// figures (「两年来共举办6期培训班，培训村企党组织负责人234人」) gives that sentence, and the
// annual table counts each year's trainees by the township of the unit they held then.
import { describe, expect, it } from 'vitest';
import type { Enterprise, Township, Trainee, TrainingClass, Village } from '@shared/model/types';
import { computeAnnualTable, UNASSIGNED_KEY } from '@shared/reports/statistics/annual-table';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import type { StatisticsInput } from '@shared/reports/statistics/input';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';

const time = '2008-12-03T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: time, updatedAt: time, deleted: 0 as const });

/**
 * Two townships, 20 villages and 10 enterprises; six classes in 2007–2008: the first (2007)
 * kept only 30 names of its 39 trainees, the others list 39 each, and some secretaries come
 * to more than one class — 234 trainees (人次) in all. A class of 2005, a deleted class and a
 * removed trainee must not count.
 */
function county(): StatisticsInput {
  const townships: Township[] = [
    { ...base('t1'), name: '河田镇', kind: '镇', order: 1 },
    { ...base('t2'), name: '策武镇', kind: '镇', order: 2 },
  ];
  const villages: Village[] = Array.from({ length: 20 }, (_, i) => ({ ...base(`v${i}`), townshipId: i < 12 ? 't1' : 't2', name: `村${i}`, industries: [], partyOrg: { type: '党支部' as const } }));
  const enterprises: Enterprise[] = Array.from({ length: 10 }, (_, i) => ({ ...base(`e${i}`), townshipId: 't2', name: `企业${i}`, aboveScale: false, partyOrg: { type: '党支部' as const } }));
  const units = [...villages.map((v) => v.id), ...enterprises.map((e) => e.id)];
  const starts = ['2007-04-16', '2007-09-10', '2008-03-17', '2008-06-09', '2008-09-08', '2008-11-10'];
  const trainings: TrainingClass[] = starts.map((startDate, i) => ({ ...base(`c${i + 1}`), session: `第${i + 1}期`, name: '骨干培训班', startDate, ...(i === 0 ? { unlistedCount: 9 } : {}) }));
  trainings.push({ ...base('c-old'), name: '2005年培训班', startDate: '2005-05-05' }, { ...base('c-del'), name: '删除的班', startDate: '2008-05-05', deleted: 1 });
  const trainees: Trainee[] = [];
  trainings.forEach((c, k) => {
    const listed = c.id === 'c1' ? 30 : 39;
    for (let i = 0; i < listed; i++) {
      // 30 units, so from the second class on the same secretaries come back.
      const orgId = units[(k * 7 + i) % units.length]!;
      trainees.push({ ...base(`${c.id}-${i}`), classId: c.id, personId: `p-${orgId}`, name: '学员', orgKind: orgId.startsWith('v') ? 'village' : 'enterprise', orgId, seq: i + 1 });
    }
  });
  trainees.push({ ...base('removed'), classId: 'c3', personId: 'p-x', name: '移除的学员', orgKind: 'none', seq: 99, deleted: 1 });
  return { townships, villages, enterprises, pairings: [], aggregates: [], trainings, trainees, persons: [], commendations: [], nominees: [] };
}

describe('骨干培训 figures from the class records', () => {
  const input = county();

  it('states the seed article’s classes and trainees in the work summary', () => {
    const figures = computeCountyFigures(input, { fromYear: 2007, toYear: 2008 });
    expect([figures.trainingClasses, figures.trainees]).toEqual([6, 234]);
    expect(buildSummaryParagraph(figures)).toContain('共举办6期培训班，培训村企党组织负责人234人。');
    // Persons counted once per class: fewer persons than trainees.
    const persons = new Set(input.trainees.filter((t) => !t.deleted && t.classId !== 'c-old' && t.classId !== 'c-del').map((t) => (t as Trainee).personId));
    expect(persons.size).toBeLessThan(234);
  });

  it('counts a year’s classes for the county and its trainees by the township of their unit', () => {
    const y2007 = computeAnnualTable(input, { year: 2007 });
    expect(y2007.total.values.trainingClasses).toBe(2);
    expect(y2007.total.values.trainees).toBe(30 + 9 + 39);
    // The 9 without a roster belong to no township.
    expect(y2007.rows.find((r) => r.key === UNASSIGNED_KEY)?.values.trainees).toBe(9);
    const y2008 = computeAnnualTable(input, { year: 2008 });
    expect(y2008.total.values).toMatchObject({ trainingClasses: 4, trainees: 4 * 39 });
    const byTownship = (id: string) => y2008.rows.find((r) => r.key === id)?.values.trainees ?? 0;
    const expected = (townshipId: string) =>
      input.trainees.filter((t) => !t.deleted && ['c3', 'c4', 'c5', 'c6'].includes(t.classId) && [...input.villages, ...input.enterprises].find((o) => o.id === t.orgId)?.townshipId === townshipId).length;
    expect(byTownship('t1')).toBe(expected('t1'));
    expect(byTownship('t2')).toBe(expected('t2'));
    expect(byTownship('t1') + byTownship('t2')).toBe(156);
    // A township filter keeps its trainees and drops the county-only class count.
    const hetian = computeAnnualTable(input, { year: 2008, townshipIds: ['t1'] });
    expect(hetian.total.values.trainees).toBe(expected('t1'));
    expect(hetian.total.values.trainingClasses).toBeUndefined();
  });

  it('leaves the sentence out when no class was held in the years', () => {
    const figures = computeCountyFigures(input, { fromYear: 2009, toYear: 2010 });
    expect(buildSummaryParagraph(figures)).not.toContain('培训班');
  });
});
