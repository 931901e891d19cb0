// The one table of header synonyms (shared/io/synonyms.ts), checked against every import target
// and the tally reader: units and common phrasings find their field, ambiguous phrasings find
// none, and the table itself has no name in two groups and no group that no field uses.
import { describe, expect, it } from 'vitest';
import type { ImportField } from '@shared/io/fields';
import { indexFields, isMatch, matchHeader } from '@shared/io/match';
import { HEADER_SYNONYM_GROUPS, UNIT_SYNONYM_GROUPS, headerSynonyms, sameUnit } from '@shared/io/synonyms';
import { ledgerImportFields } from '@shared/io/targets/ledger-fields';
import { PAIRING_LIST_FIELDS } from '@shared/io/targets/pairing-fields';
import { ENTERPRISE_FIELDS, PERSON_FIELDS, TOWNSHIP_FIELDS, VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import { LEDGER_TYPES, ledgerType } from '@shared/model/ledger-catalog';
import { splitHeaderUnit } from '@shared/model/normalize';
import { tallyImportFields } from '@shared/tally/fields';

const TARGETS: Record<string, readonly ImportField[]> = {
  村: VILLAGE_FIELDS,
  企业: ENTERPRISE_FIELDS,
  人员: PERSON_FIELDS,
  联建名单: PAIRING_LIST_FIELDS,
  劳务输送: ledgerImportFields(ledgerType('labour')),
  技能培训: ledgerImportFields(ledgerType('training')),
  产业共建: ledgerImportFields(ledgerType('industry')),
  矛盾化解: ledgerImportFields(ledgerType('dispute')),
  治安联防: ledgerImportFields(ledgerType('security')),
  年终统计: tallyImportFields(),
};

/** What a header finds in a target: the field key and the power of ten its unit converts by, or null. */
function find(target: string, header: string, group?: string): [string, number] | null {
  const m = matchHeader(indexFields(TARGETS[target]), header, group);
  return isMatch(m) ? [m.field.key, m.unitShift] : null;
}

describe('header phrasings and units find their field in every target', () => {
  const cases: [target: string, header: string, group: string | undefined, expected: [string, number] | null][] = [
    // 面积 with its unit, in the ways townships write it (issue 16 item 4).
    ['年终统计', '面积（亩）', '产业共建', ['industry.area', 0]],
    ['年终统计', '产业基地面积（亩）', undefined, ['industry.area', 0]],
    ['年终统计', '基地面积(亩)', undefined, ['industry.area', 0]],
    ['年终统计', '共建基地面积（亩数）', undefined, ['industry.area', 0]],
    ['产业共建', '产业基地面积（亩）', undefined, ['figures.area', 0]],
    ['产业共建', '基地面积【亩】', undefined, ['figures.area', 0]],
    ['产业共建', '面积（平方米）', undefined, null],
    // 技术工人 in every phrasing, alone or under 其中.
    ['年终统计', '技术工人（人）', undefined, ['labour.skilled', 0]],
    ['年终统计', '其中技术工人（名）', undefined, ['labour.skilled', 0]],
    ['年终统计', '技工', undefined, ['labour.skilled', 0]],
    ['年终统计', '技工（人）', '其中', ['labour.skilled', 0]],
    ['劳务输送', '技工（人）', undefined, ['figures.skilled', 0]],
    ['劳务输送', '输送劳动力（人）', undefined, ['figures.sent', 0]],
    ['劳务输送', '劳务输送人数', undefined, ['figures.sent', 0]],
    ['年终统计', '输送劳务人员（名）', undefined, ['labour.sent', 0]],
    // Training, disputes, security.
    ['技能培训', '办班期数（期）', undefined, ['figures.sessions', 0]],
    ['技能培训', '参训人次', undefined, ['figures.trainees', 0]],
    ['年终统计', '培训后就业（人）', undefined, ['training.employedAfter', 0]],
    ['矛盾化解', '调处矛盾纠纷（件）', undefined, ['figures.resolved', 0]],
    ['年终统计', '化解矛盾纠纷（起）', undefined, ['dispute.resolved', 0]],
    ['治安联防', '联防队伍（支）', undefined, ['figures.teams', 0]],
    ['治安联防', '巡逻次数', undefined, ['figures.patrols', 0]],
    ['年终统计', '带动户数（户）', undefined, ['industry.households', 0]],
    // Money in 元 over a field in 万元 converts; 金额 alone is ambiguous in a tally (two types have one).
    ['年终统计', '扶持资金（元）', undefined, ['funds.amount', -4]],
    ['年终统计', '金额（万元）', undefined, null],
    ['年终统计', '金额（万元）', '资金扶持', ['funds.amount', 0]],
    // The registry.
    ['企业', '统一社会信用代码证号', undefined, ['uscc', 0]],
    ['企业', '用工人数（名）', undefined, ['employees', 0]],
    ['企业', '单位名称', undefined, ['name', 0]],
    ['人员', '单位名称', undefined, ['orgName', 0]],
    ['人员', '公民身份证号', undefined, ['idNumber', 0]],
    ['人员', '手机号码', undefined, ['phone', 0]],
    ['村', '农户数（户）', undefined, ['households', 0]],
    ['村', '村级集体经济收入（元）', undefined, ['collectiveIncome', -4]],
    ['村', '户数（人）', undefined, null],
    ['联建名单', '联建点编号', undefined, ['code', 0]],
  ];
  it.each(cases)('%s: 「%s」 (group %s) → %j', (target, header, group, expected) => {
    expect(find(target, header, group)).toEqual(expected);
  });
});

describe('the table itself', () => {
  const normalized = (n: string) => splitHeaderUnit(n).name;

  it('no name is in two groups, and every group is reached from some field of some target', () => {
    const all = HEADER_SYNONYM_GROUPS.flat().map(normalized);
    expect(all.length).toBe(new Set(all).size);
    const fieldNames = new Set(
      [...Object.values(TARGETS), TOWNSHIP_FIELDS, ...LEDGER_TYPES.map(ledgerImportFields)].flatMap((fields) => fields.flatMap((f) => [f.label, ...(f.synonyms ?? [])].map(normalized))),
    );
    const unreached = HEADER_SYNONYM_GROUPS.filter((g) => !g.some((n) => fieldNames.has(normalized(n))));
    expect(unreached).toEqual([]);
  });

  it('lists a name’s other phrasings, and units that mean the same', () => {
    expect(headerSynonyms('技工')).toContain('其中技术工人');
    expect(headerSynonyms('技工')).not.toContain('技工');
    expect(headerSynonyms('不在表中')).toEqual([]);
    expect(sameUnit('名', '人')).toBe(true);
    expect(sameUnit('人', '户')).toBe(false);
    expect(UNIT_SYNONYM_GROUPS.flat().length).toBe(new Set(UNIT_SYNONYM_GROUPS.flat()).size);
  });
});
