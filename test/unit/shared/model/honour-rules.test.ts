import { describe, expect, it } from 'vitest';
import { checkHonour, defaultTitleFor, honourDisplayName, partyOrgName, titlesFor, type HonourSubject } from '@shared/model/honour-rules';
import { choicesWith, DEFAULT_TITLES, dictionaryIssue, orderByDictionary, type TitleEntry } from '@shared/model/dictionaries';
import { parseAreas } from '@shared/model/pairing-import';

const taihui = (type: '党支部' | '未建立', name?: string): HonourSubject => ({ kind: 'enterprise', name: '福建台慧体育器材有限公司', partyOrg: { type, name } });
const zhupai = (partyOrg: { name?: string; type?: '党委' | '党总支' | '党支部' }): HonourSubject => ({ kind: 'village', name: '竹排村', townshipName: '河田镇', partyOrg });

describe('the honour rule (who may receive which title)', () => {
  it('names an organization as the registry calls its party organization, or builds the name from the unit and the type', () => {
    expect(partyOrgName(taihui('党支部', '福建台慧体育器材有限公司党支部'))).toBe('福建台慧体育器材有限公司党支部');
    expect(partyOrgName(taihui('党支部'))).toBe('福建台慧体育器材有限公司党支部');
    expect(partyOrgName(zhupai({ type: '党总支' }))).toBe('河田镇竹排村党总支');
    expect(partyOrgName(zhupai({ name: '中共长汀县河田镇竹排村总支部委员会', type: '党总支' }))).toBe('中共长汀县河田镇竹排村总支部委员会');
    expect(partyOrgName(taihui('未建立'))).toBeUndefined();
    expect(partyOrgName(zhupai({}))).toBeUndefined();
    expect(honourDisplayName({ kind: 'person', name: '张三' })).toBe('张三');
  });

  it('refuses 先进基层党组织 for an enterprise without a party organization, with the reason and the remedy', () => {
    const r = checkHonour('先进基层党组织', taihui('未建立'), DEFAULT_TITLES);
    expect(r).toEqual({
      ok: false,
      error: '「福建台慧体育器材有限公司」尚未建立党组织（信息库中党组织类型为「未建立」），不能推荐为「先进基层党组织」；请先在「信息库 → 企业」中登记其党组织',
    });
    expect(checkHonour('先进基层党组织', taihui('党支部'), DEFAULT_TITLES).ok).toBe(true);
  });

  it('refuses a village with no party organization on record, and accepts one with a name or a type', () => {
    const r = checkHonour('先进基层党组织', zhupai({}), DEFAULT_TITLES);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('「河田镇竹排村」在信息库中没有党组织');
    expect(checkHonour('先进基层党组织', zhupai({ type: '党支部' }), DEFAULT_TITLES).ok).toBe(true);
    expect(checkHonour('先进基层党组织', zhupai({ name: '竹排村党支部' }), DEFAULT_TITLES).ok).toBe(true);
  });

  it('gives every title marked for party organizations the same rule, and a title only to its kind of honouree', () => {
    const titles: TitleEntry[] = [...DEFAULT_TITLES, { name: '五好党组织', target: 'org' }];
    expect(checkHonour('五好党组织', taihui('未建立'), titles).ok).toBe(false);
    const pairing = checkHonour('先进基层党组织', { kind: 'pairing', name: 'LJ2008-001' }, titles);
    expect(!pairing.ok && pairing.error).toBe('「先进基层党组织」授予党组织（企业、村），不能授予联建点「LJ2008-001」');
    const org = checkHonour('优秀联建点', taihui('党支部'), titles);
    expect(!org.ok && org.error).toContain('「优秀联建点」授予联建点');
    expect(checkHonour('优秀共产党员', { kind: 'person', name: '张三' }, titles).ok).toBe(true);
  });

  it('a title the dictionary no longer holds keeps no kind restriction, but an organization still needs its party organization', () => {
    expect(checkHonour('老称号', { kind: 'pairing', name: 'LJ2008-001' }, DEFAULT_TITLES).ok).toBe(true);
    expect(checkHonour('老称号', taihui('未建立'), DEFAULT_TITLES).ok).toBe(false);
  });

  it('defaults pairings to a pairing title the round offers, organizations to an organization title', () => {
    const round = ['先进基层党组织', '优秀联建点', '优秀共产党员'];
    expect(defaultTitleFor('pairing', round, DEFAULT_TITLES)).toBe('优秀联建点');
    expect(defaultTitleFor('enterprise', round, DEFAULT_TITLES)).toBe('先进基层党组织');
    expect(defaultTitleFor('person', round, DEFAULT_TITLES)).toBe('优秀共产党员');
    expect(defaultTitleFor('pairing', ['先进基层党组织'], DEFAULT_TITLES)).toBeUndefined();
    expect(titlesFor('village', [...round, '老称号'], DEFAULT_TITLES)).toEqual(['先进基层党组织', '老称号']);
  });
});

describe('dictionaries never invalidate what is stored', () => {
  it('offers the dictionary plus the record’s own values, ordered by the dictionary', () => {
    expect(choicesWith(['劳务输送', '技能培训'], ['治安联防', '劳务输送'])).toEqual(['劳务输送', '技能培训', '治安联防']);
    expect(orderByDictionary(['电商帮扶', '技能培训', '劳务输送'], ['劳务输送', '技能培训'])).toEqual(['劳务输送', '技能培训', '电商帮扶']);
  });

  it('refuses a new value outside the dictionary but lets a record keep one it already had', () => {
    const dict = ['劳务输送', '技能培训'];
    expect(dictionaryIssue('联建内容', ['劳务输送'], dict)).toBeUndefined();
    expect(dictionaryIssue('联建内容', ['治安联防'], dict)).toBe('联建内容「治安联防」不在字典中，可填：劳务输送、技能培训；如需新增，请先在「设置 → 字典」中添加');
    expect(dictionaryIssue('联建内容', ['治安联防', '劳务输送'], dict, ['治安联防'])).toBeUndefined();
  });

  it('reads 联建内容 cells against the office’s dictionary', () => {
    expect(parseAreas(['劳务', '电商'], ['劳务输送', '电商帮扶'])).toEqual({ areas: ['劳务输送', '电商帮扶'], unknown: [] });
    expect(parseAreas(['培训'], ['劳务输送'])).toEqual({ areas: [], unknown: ['培训'] });
    expect(parseAreas(['培训', '劳务'])).toEqual({ areas: ['劳务输送', '技能培训'], unknown: [] });
  });
});
