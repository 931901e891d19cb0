// Small key-value settings (office details, working year, UI preferences) in the `settings`
// table. Every value is checked against its schema (shared/model/settings.ts) when written and
// when read: a stored value that does not check out is replaced by its default on read, and
// the listeners of `onSettingFallback` are told once per key so the frame can say so.
import { checkSettingValue, readSettingValue, type SettingKey, type SettingsMap } from '@shared/model/settings';
import { tellSettingFallback } from './setting-notices';
import type { AppDatabase } from './database';
import { ValidationError } from './repositories/entity-repository';

export { DEFAULT_OFFICE, type OfficeSettings, type SettingsMap } from '@shared/model/settings';

export { SETTING_DEFAULTS } from './setting-read';
export { onSettingFallback, type SettingFallbackNotice } from './setting-notices';

const told = new Set<string>();

export async function getSetting<K extends SettingKey>(db: AppDatabase, key: K): Promise<SettingsMap[K]> {
  const row = await db.settings.get(key);
  const read = readSettingValue(key, row?.value, row !== undefined);
  if (read.fallback && !told.has(`${db.name}|${key}`)) {
    told.add(`${db.name}|${key}`);
    tellSettingFallback({ key, ...read.fallback });
  }
  return read.value;
}

/** Stores a setting after checking it; a bad value is refused with a ValidationError naming the setting. */
export async function setSetting<K extends SettingKey>(db: AppDatabase, key: K, value: SettingsMap[K]): Promise<void> {
  const checked = checkSettingValue(key, value);
  if (!checked.ok) throw new ValidationError([checked.error]);
  await db.settings.put({ key, value: checked.value });
  told.delete(`${db.name}|${key}`);
}
