// Names of the files in the backup folder, and which of them rotation removes. The name
// carries the kind and the local date, so the folder sorts sensibly in Explorer and the
// rotation needs nothing but the listing. Files with other names are never touched.
import dayjs from 'dayjs';
import { fail, ok, type Result } from '../model/result';
import { BACKUP_EXTENSION, REASON_LABELS, type BackupReason } from './format-constants';

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

/**
 * The daily backup written on exit: the day's state at its end, under a name with the time
 * (a backup is never overwritten; the day's earlier daily backups are removed after it).
 */
export function exitBackupFileName(at: Date): string {
  return `${BACKUP_NAME_PREFIX}_${dayjs(at).format('YYYY-MM-DD_HHmmss')}_${REASON_LABELS.daily}.${BACKUP_EXTENSION}`;
}

/**
 * `name`, or — when a file of that name is already there (two backups within one second) —
 * the same name a second later, and so on: backups are never overwritten, so a name with a
 * time moves on instead. Date-only names (daily, monthly) are returned as they are.
 */
export function freeBackupName(name: string, taken: ReadonlySet<string>): string {
  const m = /^(.*_)(\d{4}-\d{2}-\d{2})_(\d{6})(_[^_.]+\.[^.]+)$/.exec(name);
  if (!m) return name;
  let at = dayjs(`${m[2]}T${m[3]!.slice(0, 2)}:${m[3]!.slice(2, 4)}:${m[3]!.slice(4, 6)}`);
  let candidate = name;
  for (let i = 0; taken.has(candidate) && i < 3600; i += 1) {
    at = at.add(1, 'second');
    candidate = `${m[1]}${at.format('YYYY-MM-DD_HHmmss')}${m[4]}`;
  }
  return candidate;
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
  const shape = reason === 'daily' ? /^\d{4}-\d{2}-\d{2}(?:_\d{6})?$/ : reason === 'monthly' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}_\d{6}$/;
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

// Names Windows keeps for devices, with or without an extension (CON, NUL.cqbak…).
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * A name the backup channels accept: a bare file name of the pattern this app writes, with its
 * own extension — never a reserved device name, a path, a trailing dot or space (Windows
 * drops them, so 「x.cqbak.」 would be 「x.cqbak」), or any other kind of file.
 */
export function checkBackupFileName(name: string): Result<ParsedBackupName> {
  const shown = name.slice(0, 60);
  if (name.length === 0 || name.length > 120) return fail('备份文件名长度不对');
  if (/[\\/:*?"<>|]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 0x20)) return fail(`备份文件名「${shown}」含有不允许的字符`);
  if (/[. ]$/.test(name) || /^[. ]/.test(name)) return fail(`备份文件名「${shown}」不能以点或空格开头或结尾`);
  if (RESERVED.test(name)) return fail(`「${shown}」是系统保留的设备名，不能用作备份文件名`);
  if (!name.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`)) return fail(`「${shown}」不是备份文件（扩展名应为 .${BACKUP_EXTENSION}）`);
  const parsed = parseBackupName(name);
  return parsed ? ok(parsed) : fail(`「${shown}」不是本程序写出的备份文件名`);
}
