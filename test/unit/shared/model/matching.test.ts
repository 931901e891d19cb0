import { describe, expect, it } from 'vitest';
import type { Enterprise, Pairing, Village } from '@shared/model/types';
import { MATCH_POINTS, rankEnterprises, rankVillages } from '@shared/model/matching';

const base = { createdAt: '', updatedAt: '', deleted: 0 as const };
const village = (id: string, townshipId: string, over: Partial<Village> = {}): Village => ({ ...base, id, townshipId, name: id, industries: [], partyOrg: {}, ...over });
const enterprise = (id: string, townshipId: string, over: Partial<Enterprise> = {}): Enterprise => ({
  ...base,
  id,
  townshipId,
  name: id,
  aboveScale: false,
  partyOrg: { type: '党支部' },
  ...over,
});
const pairing = (enterpriseId: string, villageId: string, status: Pairing['status'] = '已批准'): Pairing => ({
  ...base,
  id: `${enterpriseId}-${villageId}`,
  code: 'LJ2008-001',
  enterpriseId,
  villageId,
  status,
  formation: '双向选择',
  areas: [],
  responsibleTownshipId: 't1',
  appliedDate: '2008-01-01',
});
const names = { townshipName: (id: string) => ({ t1: '河田镇', t2: '大同镇' })[id] ?? id };

describe('matching aid: villages for an enterprise', () => {
  const taihui = enterprise('台慧', 't1', { industry: '纺织服装', employees: 300 });

  it('ranks by township, industry, surplus labour and pairing status, with the reasons in words', () => {
    const villages = [
      village('远村', 't2', { industries: ['农林牧渔'] }),
      village('红星村', 't1', { industries: ['纺织服装'], surplusLabour: 100 }),
      village('露湖村', 't1', { industries: ['服装加工'], surplusLabour: 15 }),
    ];
    const ranked = rankVillages(taihui, villages, [pairing('盼盼', '露湖村')], names);
    expect(ranked.map((m) => [m.item.name, m.score])).toEqual([
      ['红星村', MATCH_POINTS.sameTownship + MATCH_POINTS.industryExact + MATCH_POINTS.labourMax + MATCH_POINTS.unpaired],
      ['露湖村', MATCH_POINTS.sameTownship + MATCH_POINTS.industryRelated + 13 + 0],
      ['远村', MATCH_POINTS.unpaired],
    ]);
    expect(ranked[0].reasons.map((r) => r.label)).toEqual([
      '同在河田镇',
      '村主导产业「纺织服装」与企业行业相同',
      '富余劳动力 100 人，可满足企业（职工 300 人）一成以上的用工',
      '尚未联建',
    ]);
    expect(ranked[1].reasons.map((r) => r.label)).toEqual([
      '同在河田镇',
      '村主导产业「服装加工」与企业行业「纺织服装」相关',
      '富余劳动力 15 人，约为企业职工数（300 人）的 5%',
      '已与 1 家企业联建',
    ]);
  });

  it('leaves out villages this enterprise is already live-paired with, but not ended pairings or deleted villages', () => {
    const villages = [village('甲村', 't1'), village('乙村', 't1'), village('丙村', 't1', { deleted: 1 })];
    const ranked = rankVillages(taihui, villages, [pairing('台慧', '甲村', '申请'), pairing('台慧', '乙村', '已终止')], names);
    expect(ranked.map((m) => m.item.name)).toEqual(['乙村']);
    expect(ranked[0].reasons.at(-1)!.label).toBe('尚未联建');
  });

  it('breaks ties by name in pinyin order', () => {
    const ranked = rankVillages(enterprise('e', 't9'), [village('张村', 't1'), village('安村', 't1')], [], names);
    expect(ranked.map((m) => m.item.name)).toEqual(['安村', '张村']);
  });
});

describe('matching aid: enterprises for a village', () => {
  it('ranks enterprises by the same reasons', () => {
    const hongxing = village('红星村', 't1', { industries: ['食品加工'], surplusLabour: 200 });
    const ranked = rankEnterprises(
      hongxing,
      [enterprise('盼盼', 't2', { industry: '食品加工', employees: 1200 }), enterprise('台慧', 't1', { industry: '体育用品' }), enterprise('已联', 't1')],
      [pairing('已联', '红星村'), pairing('盼盼', '别村')],
      names,
    );
    expect(ranked.map((m) => m.item.name)).toEqual(['盼盼', '台慧']);
    expect(ranked[0].reasons.map((r) => r.label)).toEqual([
      '村主导产业「食品加工」与企业行业相同',
      '富余劳动力 200 人，可满足企业（职工 1200 人）一成以上的用工',
      '已与 1 个村联建',
    ]);
    expect(ranked[1].reasons.map((r) => r.label)).toEqual(['同在河田镇', '村有富余劳动力 200 人（企业职工数未填）', '尚未联建']);
  });
});
