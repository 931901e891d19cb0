// Names of the files in the backup folder, and which of them rotation removes. The name
// carries the kind and the local date, so the folder sorts sensibly in Explorer and the
// rotation needs nothing but the listing. Files with other names are never touched.
import dayjs from 'dayjs';
import { BACKUP_EXTENSION, REASON_LABELS, type BackupReason } from './format';

export const BACKUP_NAME_PREFIX = '村企联建备份';

/** How many of each kind the folder keeps. */
export const RETENTION = { daily: 7, monthly: 12, safety: 10, manual: 30 } as const;

export function backupFileName(reason: BackupReason, at: Date): string {
  const d = dayjs(at);
  const label = REASON_LABELS[reason];
  if (reason === 'daily') return `${BACKUP_NAME_PREFIX}_${d.format('YYYY-MM-DD')}_${label}.${BACKUP_EXTENSION}`;
  if (reason === 'monthly') return `${BACKUP_NAME_PREFIX}_${d.format('YYYY-MM')}_${label}.${BACKUP_EXTENSION}`;
  return `${BACKUP_NAME_PREFIX}_${d.format('YYYY-MM-DD_HHmmss')}_${label}.${BACKUP_EXTENSION}`;
}

export type ParsedBackupName = { reason: BackupReason; /** sortable: YYYY-MM-DD[_HHmmss] or YYYY-MM */ key: string };

const REASON_BY_LABEL = new Map(Object.entries(REASON_LABELS).map(([reason, label]) => [label, reason as BackupReason]));
const NAME = new RegExp(`^${BACKUP_NAME_PREFIX}_(\\d{4}-\\d{2}(?:-\\d{2}(?:_\\d{6})?)?)_([^_.]+)\\.${BACKUP_EXTENSION}$`);

export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const reason = REASON_BY_LABEL.get(match[2]!);
  if (!reason) return null;
  const key = match[1]!;
  const shape = reason === 'daily' ? /^\d{4}-\d{2}-\d{2}$/ : reason === 'monthly' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}_\d{6}$/;
  return shape.test(key) ? { reason, key } : null;
}

function group(reason: BackupReason): keyof typeof RETENTION {
  if (reason === 'daily' || reason === 'monthly' || reason === 'manual') return reason;
  return 'safety';
}

/** The names rotation deletes: in each kind, all but the newest RETENTION[kind]. */
export function namesToRotate(names: readonly string[]): string[] {
  const byGroup = new Map<keyof typeof RETENTION, { name: string; key: string }[]>();
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const g = group(parsed.reason);
    byGroup.set(g, [...(byGroup.get(g) ?? []), { name, key: parsed.key }]);
  }
  const doomed: string[] = [];
  for (const [g, files] of byGroup) {
    files.sort((a, b) => b.key.localeCompare(a.key));
    doomed.push(...files.slice(RETENTION[g]).map((f) => f.name));
  }
  return doomed;
}
