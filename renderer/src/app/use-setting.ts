import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { getDatabase } from '../db/app-database';
import { readSetting, SETTING_DEFAULTS } from '../db/setting-read';
import type { SettingsMap } from '@shared/model/setting-defaults';

// The last value read of each setting, so a page opened later (the statistics read the working
// year before anything else) starts from it instead of waiting for another read.
// (Per database: tests open many.)
const lastReads = new WeakMap<object, Map<keyof SettingsMap, unknown>>();

function lastReadOf(db: object): Map<keyof SettingsMap, unknown> {
  let map = lastReads.get(db);
  if (!map) lastReads.set(db, (map = new Map()));
  return map;
}

/** A live setting value (updates when any window changes it), its setter, and whether it was read from the store yet. */
export function useStoredSetting<K extends keyof SettingsMap>(key: K): { value: SettingsMap[K]; set: (value: SettingsMap[K]) => Promise<void>; loaded: boolean } {
  const db = getDatabase();
  const lastRead = lastReadOf(db);
  const stored = useLiveQuery(async () => {
    const value = await readSetting(db, key);
    lastRead.set(key, value);
    return value;
  }, [key]);
  // The settings' schemas (zod) load with the first change, not at the start.
  const set = useCallback(async (v: SettingsMap[K]) => (await import('../db/settings')).setSetting(db, key, v), [db, key]);
  const loaded = stored !== undefined || lastRead.has(key);
  // One default object per key until the store answers: a fresh array on every render would
  // re-run every effect that depends on it (and those that set state would never settle).
  const fallback = useMemo(() => SETTING_DEFAULTS[key](), [key]);
  const value = stored ?? (lastRead.get(key) as SettingsMap[K] | undefined) ?? fallback;
  return { value, set, loaded };
}

/** A live setting value (updates when any window changes it) and its setter. */
export function useSetting<K extends keyof SettingsMap>(key: K): [SettingsMap[K], (value: SettingsMap[K]) => Promise<void>] {
  const { value, set } = useStoredSetting(key);
  return [value, set];
}
