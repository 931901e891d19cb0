import { describe, expect, it } from 'vitest';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph, figureForms, usedFigures } from '@shared/reports/statistics/summary-paragraph';
import { seedInput } from './seed-input';

describe('the figures paragraph of a work summary', { timeout: 60_000 }, () => {
  const figures = computeCountyFigures(seedInput(), { fromYear: 2006, toYear: 2008 });
  const text = buildSummaryParagraph(figures, { committeeNames: { 市委: '龙岩市委' } });

  it('writes the sample county’s figures as the seed article writes them', () => {
    for (const phrase of [
      '全县非公有制企业发展到727家，安排就业人员4万多人，39家规模以上非公有制企业全部建立党组织。',
      '全县41家非公有制企业党组织和290个村党支部',
      '联建村共向企业输送技术工人5100多名。',
      '企业共扶持联建村资金600多万元。',
      '联建村派到企业交叉任职的85名党员，有7人成为企业中层管理人员，有34人回村后成为发展农村经济带头人，有18人当选为村党组织书记。',
      '全县有36家企业与62个村建立了劳动力技能培训供给关系',
      '有12个村企党组织共建产业基地2.6万亩',
      '21个联建点成立了治安联防队，13个联建村帮助企业化解各类矛盾纠纷34起。',
      '全县共有38个企业派出45名党务干部到联建村学习取经。',
      '共举办6期培训班，培训村企党组织负责人234人。',
      '共有3家企业和8个村党组织被龙岩市委评为先进基层党组织，有8家企业和14个村党组织被县委评为先进基层党组织。',
      '2007年以来，又有72个村企自愿加入联建。',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('leaves out sentences whose figures are zero, and says so when not every above-scale enterprise has a party organization', () => {
    const sparse = buildSummaryParagraph({ ...figures, funds: 0, crossAppointed: 0, securityPoints: 0, aboveScaleWithParty: 30, commended: [] });
    expect(sparse).not.toContain('资金');
    expect(sparse).not.toContain('交叉任职');
    expect(sparse).not.toContain('治安联防队');
    expect(sparse).not.toContain('评为');
    expect(sparse).toContain('39家规模以上非公有制企业中有30家建立党组织');
    expect(sparse).toContain('13个联建村帮助企业化解各类矛盾纠纷34起。');
  });

  it('counts over the chosen years only', () => {
    const y2008 = computeCountyFigures(seedInput(), { fromYear: 2008, toYear: 2008 });
    expect(y2008.crossAppointed).toBe(0);
    expect(y2008.skilledWorkers).toBeLessThan(5123);
    expect(y2008.pairingsNewSince).toBe(32);
    expect(buildSummaryParagraph(y2008)).toContain('2008年以来，又有32个村企自愿加入联建。');
  });
});

describe('each rounded figure written exactly on request', { timeout: 60_000 }, () => {
  const figures = computeCountyFigures(seedInput(), { fromYear: 2006, toYear: 2008 });

  it('offers both forms of every figure the paragraph rounds', () => {
    expect(usedFigures(figures)).toEqual(['employees', 'skilledWorkers', 'funds', 'industryArea', 'cadresSent', 'trainees']);
    expect(figureForms(figures, 'employees')).toEqual({ rounded: '4万多人', exact: `${figures.employees}人` });
    expect(figureForms(figures, 'funds')).toEqual({ rounded: '600多万元', exact: '612.5万元' });
    expect(figureForms(figures, 'industryArea').rounded).toBe('2.6万亩');
  });

  it('writes the chosen figures exactly and leaves the others rounded', () => {
    const text = buildSummaryParagraph(figures, { exact: ['employees', 'funds'] });
    expect(text).toContain(`安排就业人员${figures.employees}人，`);
    expect(text).toContain('企业共扶持联建村资金612.5万元。');
    expect(text).toContain('联建村共向企业输送技术工人5100多名。');
    expect(text).not.toContain('4万多人');
  });
});
