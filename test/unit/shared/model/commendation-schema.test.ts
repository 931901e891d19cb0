import { describe, expect, test } from 'vitest';
import { checkApproval, checkTransition, nomineeChangeAllowed, parseDocNumber, publicitySchema, roundSchema } from '@shared/model/schemas/commendation';

describe('文号 (GB/T 9704 §7.2.3)', () => {
  test.each([
    ['汀委〔2008〕42号', '汀委〔2008〕42号'],
    [' 汀委[2008]42号 ', '汀委〔2008〕42号'],
    ['汀委（2008）42号', '汀委〔2008〕42号'],
    ['汀委【2008】042号', '汀委〔2008〕42号'],
    ['龙委［2008］58号', '龙委〔2008〕58号'],
    ['汀委〔２００８〕４２号', '汀委〔2008〕42号'],
  ])('%s → %s', (raw, text) => {
    const r = parseDocNumber(raw);
    expect(r).toMatchObject({ ok: true, value: { text } });
  });

  test.each([
    ['', '请填写文号'],
    ['汀委〔08〕42号', '格式不对'],
    ['汀委2008-42', '格式不对'],
    ['汀委〔2008〕42', '格式不对'],
    ['汀委〔2008〕第42号', '不加「第」字'],
    ['〔2008〕42号', '格式不对'],
    ['汀委〔2008〕0号', '格式不对'],
  ])('refuses %j', (raw, message) => {
    const r = parseDocNumber(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  test('approval needs a date in the 文号 year', () => {
    expect(checkApproval({ docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' })).toEqual({ ok: true, value: { docNumber: '汀委〔2008〕42号', decisionDate: '2008-12-03' } });
    expect(checkApproval({ docNumber: '汀委〔2008〕42号', decisionDate: '2008年12月3日' })).toMatchObject({ ok: true, value: { decisionDate: '2008-12-03' } });
    expect(checkApproval({ docNumber: '汀委〔2008〕42号', decisionDate: '2009-01-05' })).toMatchObject({ ok: false, error: '文号年份（2008）与决定日期（2009年）不一致' });
    expect(checkApproval({ docNumber: '汀委〔2008〕42号', decisionDate: '' })).toMatchObject({ ok: false });
    expect(checkApproval({ docNumber: '汀委〔2008〕42号', decisionDate: '2008年12月' })).toMatchObject({ ok: false, error: expect.stringContaining('年月日') });
  });
});

describe('status path 推荐 → 公示 → 批准', () => {
  test('allowed and refused transitions', () => {
    expect(checkTransition('推荐', '公示').ok).toBe(true);
    expect(checkTransition('公示', '推荐').ok).toBe(true);
    expect(checkTransition('公示', '批准').ok).toBe(true);
    expect(checkTransition('推荐', '批准')).toMatchObject({ ok: false, error: '须先公示，公示期满后才能批准' });
    expect(checkTransition('批准', '公示').ok).toBe(false);
    expect(checkTransition('批准', '推荐').ok).toBe(false);
    expect(checkTransition('公示', '公示').ok).toBe(false);
  });

  test('the list can grow only while 推荐 and is frozen once 批准', () => {
    expect(nomineeChangeAllowed('推荐', 'add').ok).toBe(true);
    expect(nomineeChangeAllowed('公示', 'add').ok).toBe(false);
    expect(nomineeChangeAllowed('公示', 'remove').ok).toBe(true);
    expect(nomineeChangeAllowed('批准', 'edit').ok).toBe(false);
  });
});

describe('round and publicity input', () => {
  test('a round needs a year, a level and distinct titles', () => {
    expect(roundSchema.safeParse({ year: 2008, level: '县委', titles: ['先进基层党组织'] }).success).toBe(true);
    const bad = roundSchema.safeParse({ year: 2008, level: '县委', titles: ['先进基层党组织', ' 先进基层党组织 '] });
    expect(bad.success).toBe(false);
    expect(roundSchema.safeParse({ year: 2008, level: '县政府', titles: ['x'] }).success).toBe(false);
    expect(roundSchema.safeParse({ year: 2008, level: '县委', titles: [] }).error?.issues[0].message).toBe('请至少选择一个荣誉称号');
  });

  test('publicity dates in any written form, the end not before the start', () => {
    expect(publicitySchema.parse({ startDate: '2008年11月20日', endDate: '2008.11.26', phone: '0597-6822345' })).toMatchObject({ startDate: '2008-11-20', endDate: '2008-11-26' });
    expect(publicitySchema.safeParse({ startDate: '2008-11-26', endDate: '2008-11-20' }).error?.issues[0].message).toBe('公示结束日期不能早于开始日期');
  });
});
