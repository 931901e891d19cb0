// The settings read at every start without zod (setting-defaults.ts) must read exactly as the
// full check (settings.ts) does whenever they answer at all.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE, OFFICE_FIELD_MAX, quickSettingValue, SETTING_FALLBACKS } from '@shared/model/setting-defaults';
import { officeSchema, readSettingValue, SETTING_SCHEMAS, type SettingKey } from '@shared/model/settings';

const office = { ...DEFAULT_OFFICE, unitName: '中共长汀县委组织部', countyName: '长汀县', issuerName: '中共长汀县委员会', issuerMark: '中共长汀县委员会文件', docPrefix: '汀委' };

const cases: [SettingKey, unknown][] = [
  ['office', office],
  ['office', DEFAULT_OFFICE],
  ['office', { ...office, extra: 'dropped' }],
  ['office', { ...office, unitName: ' 有空格 ' }],
  ['office', { ...office, unitName: '１２３' }],
  ['office', { ...office, unitName: 'x'.repeat(41) }],
  ['office', { ...office, unitName: 'x'.repeat(40) }],
  ['office', { unitName: '组织部' }],
  ['office', { ...office, issuerName: undefined, issuerMark: '中共长汀县委员会' }],
  ['office', { ...office, contactPhone: 12345 }],
  ['office', null],
  ['office', []],
  ['office', '组织部'],
  ['workingYear', 2008],
  ['workingYear', 2000],
  ['workingYear', 2100],
  ['workingYear', 1999],
  ['workingYear', 2101],
  ['workingYear', 2008.5],
  ['workingYear', '2008'],
  ['largeText', true],
  ['largeText', false],
  ['largeText', 'true'],
  ['reportDeadlineDay', 5],
  ['reportDeadlineDay', 28],
  ['reportDeadlineDay', 29],
  ['reportDeadlineDay', 0],
  ['industries', ['农业']],
  ['commendation.printer', 'HP'],
];

describe('settings read without zod', () => {
  it('has the schema’s own default office, field for field', () => {
    expect(DEFAULT_OFFICE).toEqual(officeSchema.parse({}));
    expect(Object.keys(OFFICE_FIELD_MAX).sort()).toEqual(Object.keys(officeSchema.parse({})).sort());
  });

  it('has every setting’s default', () => {
    expect(Object.keys(SETTING_FALLBACKS).sort()).toEqual(Object.keys(SETTING_SCHEMAS).sort());
    for (const key of Object.keys(SETTING_SCHEMAS) as SettingKey[]) expect(SETTING_FALLBACKS[key]()).toEqual(SETTING_SCHEMAS[key].fallback());
  });

  it('reads nothing stored as the default', () => {
    for (const key of Object.keys(SETTING_SCHEMAS) as SettingKey[]) expect(quickSettingValue(key, undefined, false)).toEqual({ value: readSettingValue(key, undefined, false).value });
  });

  it.each(cases)('%s %j: the same value as the full check, or no answer', (key, stored) => {
    const quick = quickSettingValue(key, stored, true);
    const full = readSettingValue(key, stored, true);
    if (quick) {
      expect(full.fallback).toBeUndefined();
      expect(quick.value).toEqual(full.value);
    }
  });

  it('answers for the values setSetting stores', () => {
    expect(quickSettingValue('office', office, true)).toEqual({ value: office });
    expect(quickSettingValue('workingYear', 2008, true)).toEqual({ value: 2008 });
    expect(quickSettingValue('largeText', true, true)).toEqual({ value: true });
  });
});
