import { describe, expect, it } from 'vitest';
import { SETTING_SCHEMAS, type SettingKey } from '@shared/model/settings';
import { getSetting, onSettingFallback, setSetting, SETTING_DEFAULTS, type SettingFallbackNotice } from '@renderer/db/settings';
import { freshStore } from './helpers';

/** A stored value of the wrong type for each key. */
const WRONG: Record<SettingKey, unknown> = {
  office: 'abc',
  workingYear: 'abc',
  largeText: 'yes',
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

  it('a missing value is its default without a notice', async () => {
    const { db } = freshStore();
    const notices: SettingFallbackNotice[] = [];
    const off = onSettingFallback((n) => notices.push(n));
    expect(await getSetting(db, 'largeText')).toBe(false);
    off();
    expect(notices).toHaveLength(0);
  });
});
