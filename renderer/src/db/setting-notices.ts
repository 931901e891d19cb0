// "A stored setting was invalid and its default is used": told once per key by getSetting
// (settings.ts), heard by the frame (app/SettingNotices.tsx). Apart from settings.ts so the
// frame can listen without loading the settings' schemas.
import type { SettingKey } from '@shared/model/setting-defaults';

export type SettingFallbackNotice = { key: SettingKey; label: string; message: string };

const listeners = new Set<(notice: SettingFallbackNotice) => void>();
/** Notices raised before anyone listened (the header reads settings before the frame subscribes). */
let pending: SettingFallbackNotice[] = [];

/** Subscribes to "a stored setting was invalid and its default is used"; returns the unsubscribe. */
export function onSettingFallback(listener: (notice: SettingFallbackNotice) => void): () => void {
  listeners.add(listener);
  for (const n of pending) listener(n);
  pending = [];
  return () => listeners.delete(listener);
}

export function tellSettingFallback(notice: SettingFallbackNotice): void {
  if (listeners.size === 0) pending.push(notice);
  for (const l of listeners) l(notice);
}
