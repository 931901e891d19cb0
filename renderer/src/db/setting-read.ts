// Reading a setting on the startup path (the frame's office name, working year, 大字模式, the
// first-start check) without loading the settings' schemas: a value already in its schema's
// form, or none, is read here; anything else goes through getSetting's full check, loaded
// then. Not for use inside a transaction (the full check may load a module): there, use
// getSetting (settings.ts).
import { quickSettingValue, SETTING_FALLBACKS, type SettingKey, type SettingsMap } from '@shared/model/setting-defaults';
import type { AppDatabase } from './database';

/** Each setting's default (before the store answers). */
export const SETTING_DEFAULTS: { [K in SettingKey]: () => SettingsMap[K] } = SETTING_FALLBACKS;

export async function readSetting<K extends SettingKey>(db: AppDatabase, key: K): Promise<SettingsMap[K]> {
  const row = await db.settings.get(key);
  const quick = quickSettingValue(key, row?.value, row !== undefined);
  if (quick) return quick.value;
  const { getSetting } = await import('./settings');
  return getSetting(db, key);
}
