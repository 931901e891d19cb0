import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getStore } from '../db';
import { getSetting, setSetting, SETTING_DEFAULTS, type SettingsMap } from '../db/settings';

/** A live setting value (updates when any window changes it) and its setter. */
export function useSetting<K extends keyof SettingsMap>(key: K): [SettingsMap[K], (value: SettingsMap[K]) => Promise<void>] {
  const { db } = getStore();
  const value = useLiveQuery(() => getSetting(db, key), [key]) ?? SETTING_DEFAULTS[key]();
  const set = useCallback((v: SettingsMap[K]) => setSetting(db, key, v), [db, key]);
  return [value, set];
}
