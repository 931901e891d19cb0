import { describe, expect, it } from 'vitest';
import { SETTING_SCHEMAS, type SettingKey } from '@shared/model/settings';
import { getSetting, onSettingFallback, setSetting, SETTING_DEFAULTS, type SettingFallbackNotice } from '@renderer/db/settings';
import { freshStore } from './helpers';

/** A stored value of the wrong type for each key (the type makes a new key add its case). */
const WRONG: Record<SettingKey, unknown> = {
  office: 'abc',
  workingYear: 'abc',
  largeText: 'yes',
  industries: '纺织服装',
  cooperationAreas: [1, 2],
  commendationTitles: [{ name: '先进基层党组织', target: '集体' }],
  sampleData: { batchId: 42, office: {}, workingYear: '2008' },
  'commendation.certificateLayout': { paperKey: 'a4', widthMm: '297', heightMm: 210, fields: 'all' },
  'commendation.printerOffsets': { 办公室HP: { xMm: 'left', yMm: 0 } },
  'commendation.printer': 1020,
  reportDeadlineDay: '5',
};

/** A stored value of the right type but out of range, where the key has a range. */
const OUT_OF_RANGE: Partial<Record<SettingKey, unknown>> = {
  workingYear: 1899,
  reportDeadlineDay: 31,
  office: { unitName: '单'.repeat(41) },
  'commendation.printerOffsets': { 办公室HP: { xMm: 31, yMm: 0 } },
  'commendation.printer': '打'.repeat(61),
};

describe('settings are checked by key on read and on write', () => {
  it.each(Object.keys(SETTING_SCHEMAS) as SettingKey[])('a wrong-typed stored %s falls back to its default, with one notice', async (key) => {
    const { db } = freshStore();
    const notices: SettingFallbackNotice[] = [];
    const off = onSettingFallback((n) => notices.push(n));
    try {
      await db.settings.put({ key, value: WRONG[key] });
      expect(await getSetting(db, key)).toEqual(SETTING_DEFAULTS[key]());
      expect(await getSetting(db, key)).toEqual(SETTING_DEFAULTS[key]());
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ key, label: SETTING_SCHEMAS[key].label });
    } finally {
      off();
    }
  });

  it.each(Object.keys(SETTING_SCHEMAS) as SettingKey[])('refuses to store a wrong-typed %s, naming the setting', async (key) => {
    const { db } = freshStore();
    await expect(setSetting(db, key, WRONG[key] as never)).rejects.toThrow(SETTING_SCHEMAS[key].label);
    expect(await db.settings.get(key)).toBeUndefined();
  });

  it.each(Object.entries(OUT_OF_RANGE))('an out-of-range %s is refused on write and falls back on read', async (key, value) => {
    const { db } = freshStore();
    await expect(setSetting(db, key as SettingKey, value as never)).rejects.toThrow(SETTING_SCHEMAS[key as SettingKey].label);
    await db.settings.put({ key, value });
    const notices: SettingFallbackNotice[] = [];
    const off = onSettingFallback((n) => notices.push(n));
    try {
      expect(await getSetting(db, key as SettingKey)).toEqual(SETTING_DEFAULTS[key as SettingKey]());
      expect(notices).toEqual([expect.objectContaining({ key })]);
    } finally {
      off();
    }
  });

  it('keeps a valid certificate layout, printer offsets and sample memo as stored', async () => {
    const { db } = freshStore();
    const layout = SETTING_DEFAULTS['commendation.certificateLayout']();
    layout.fields[0]!.fontPt = 30;
    await setSetting(db, 'commendation.certificateLayout', layout);
    await setSetting(db, 'commendation.printerOffsets', { 办公室HP: { xMm: -1.5, yMm: 2 } });
    await setSetting(db, 'sampleData', { batchId: 'b1', office: SETTING_DEFAULTS.office(), workingYear: 2008 });
    expect(await getSetting(db, 'commendation.certificateLayout')).toEqual(layout);
    expect(await getSetting(db, 'commendation.printerOffsets')).toEqual({ 办公室HP: { xMm: -1.5, yMm: 2 } });
    expect(await getSetting(db, 'sampleData')).toMatchObject({ batchId: 'b1', workingYear: 2008 });
  });

  it('refuses to store a wrong-typed value, naming the setting', async () => {
    const { db } = freshStore();
    await expect(setSetting(db, 'workingYear', 'abc' as unknown as number)).rejects.toThrow('工作年度');
    await expect(setSetting(db, 'workingYear', 1899)).rejects.toThrow('工作年度不能早于2000年');
    expect(await db.settings.get('workingYear')).toBeUndefined();
  });

  it('reads an older office record (organ name as 发文机关标志) as 发文机关 + 标志 with 文件', async () => {
    const { db } = freshStore();
    await db.settings.put({ key: 'office', value: { unitName: '中共长汀县委组织部', countyName: '长汀县', issuerMark: '中共长汀县委员会', docPrefix: '汀委' } });
    expect(await getSetting(db, 'office')).toMatchObject({ issuerName: '中共长汀县委员会', issuerMark: '中共长汀县委员会文件', docPrefix: '汀委', superiorName: '' });
  });

  it('dictionaries are checked on write: no blanks, no repeats, a title says whom it goes to', async () => {
    const { db } = freshStore();
    await expect(setSetting(db, 'industries', ['纺织服装', '纺织服装'])).rejects.toThrow('行业「纺织服装」重复');
    await expect(setSetting(db, 'industries', [])).rejects.toThrow('行业至少保留一项');
    await expect(setSetting(db, 'cooperationAreas', ['劳务输送', ' '])).rejects.toThrow('联建内容不能为空');
    await expect(setSetting(db, 'commendationTitles', [{ name: '优秀联建点', target: 'x' as never }])).rejects.toThrow('请选择称号授予的对象');
    await setSetting(db, 'industries', ['纺织服装', '　新能源 ']);
    expect(await getSetting(db, 'industries')).toEqual(['纺织服装', '新能源']);
    await setSetting(db, 'commendationTitles', [{ name: '先进基层党组织', target: 'org' }, { name: '十佳联建示范点', target: 'pairing' }]);
    expect((await getSetting(db, 'commendationTitles')).map((t) => t.name)).toEqual(['先进基层党组织', '十佳联建示范点']);
  });

  it('the dictionaries default to the built-in lists', async () => {
    const { db } = freshStore();
    expect(await getSetting(db, 'industries')).toContain('体育用品');
    expect(await getSetting(db, 'cooperationAreas')).toEqual(['劳务输送', '技能培训', '产业帮扶', '资金扶持', '公益事业', '矛盾化解', '治安联防', '学习交流', '交叉任职']);
    expect(await getSetting(db, 'commendationTitles')).toContainEqual({ name: '优秀联建点', target: 'pairing' });
  });

  it('a missing value is its default without a notice', async () => {
    const { db } = freshStore();
    const notices: SettingFallbackNotice[] = [];
    const off = onSettingFallback((n) => notices.push(n));
    expect(await getSetting(db, 'largeText')).toBe(false);
    off();
    expect(notices).toHaveLength(0);
  });
});
