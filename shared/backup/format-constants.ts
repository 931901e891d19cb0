// The backup format's names and constants, apart from format.ts's manifest schemas so the
// backup service (loaded at every start) needs no zod.
export const BACKUP_FORMAT_ID = 'cunqi-lianjian-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'cqbak';
export const BACKUP_FILE_FILTERS = [{ name: '村企联建备份', extensions: [BACKUP_EXTENSION, 'zip'] }];
export const MANIFEST_PATH = 'manifest.json';
export const ROWS_PER_PART = 10_000;

/** Why a backup was taken; kept in the manifest and in the file name. */
export const BACKUP_REASONS = ['manual', 'daily', 'monthly', 'import', 'restore', 'upgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const REASON_LABELS: Record<BackupReason, string> = {
  manual: '手动',
  daily: '每日',
  monthly: '每月',
  import: '导入前',
  restore: '恢复前',
  upgrade: '升级前',
};
