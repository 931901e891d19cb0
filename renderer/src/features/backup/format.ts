import dayjs from 'dayjs';

/** A reminder appears when the last backup is older than this. */
export const STALE_AFTER_DAYS = 7;

export const formatDay = (iso: string): string => dayjs(iso).format('YYYY-MM-DD');
export const formatTime = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm');
export const formatSeconds = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function isStale(lastBackupAt: string | undefined, now: Date = new Date()): boolean {
  return !lastBackupAt || dayjs(now).diff(dayjs(lastBackupAt), 'day', true) > STALE_AFTER_DAYS;
}

export const formatCount = (n: number): string => n.toLocaleString('zh-CN');
