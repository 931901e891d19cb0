// Small key-value settings (office details, working year, UI preferences) in the `settings` table.
import type { AppDatabase } from './database';

export type OfficeSettings = {
  /** 单位名称, e.g. 中共长汀县委组织部 */
  unitName: string;
  /** 县名, e.g. 长汀县 */
  countyName: string;
  /** 发文机关标志, e.g. 中共长汀县委员会 */
  issuerMark: string;
  /** 文号前缀, e.g. 汀委 */
  docPrefix: string;
};

export const DEFAULT_OFFICE: OfficeSettings = { unitName: '', countyName: '', issuerMark: '', docPrefix: '' };

export type SettingsMap = {
  office: OfficeSettings;
  workingYear: number;
  largeText: boolean;
};

export const SETTING_DEFAULTS: { [K in keyof SettingsMap]: () => SettingsMap[K] } = {
  office: () => DEFAULT_OFFICE,
  workingYear: () => new Date().getFullYear(),
  largeText: () => false,
};

export async function getSetting<K extends keyof SettingsMap>(db: AppDatabase, key: K): Promise<SettingsMap[K]> {
  const row = await db.settings.get(key);
  return row ? (row.value as SettingsMap[K]) : SETTING_DEFAULTS[key]();
}

export async function setSetting<K extends keyof SettingsMap>(db: AppDatabase, key: K, value: SettingsMap[K]): Promise<void> {
  await db.settings.put({ key, value });
}
