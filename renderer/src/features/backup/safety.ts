// The one call other features make before they change much at once (the import wizard's
// commit, an undo of an import batch): a backup of the current data, kept in the backup
// folder (Electron) or inside the browser (OPFS), in rotation with the other safety backups.
// Call it BEFORE the write transaction — never inside one.
import type { Result } from '@shared/ipc/contract';
import { backupService } from './instance';

export type SafetyBackup = { name: string; location: string };

export async function takeSafetyBackup(reason: 'import' | 'restore' | 'upgrade' = 'import'): Promise<Result<SafetyBackup>> {
  try {
    const result = await backupService().takeSafetyBackup(reason);
    return result.ok ? { ok: true, value: { name: result.value.name, location: result.value.location } } : result;
  } catch (error) {
    return { ok: false, error: `安全备份失败：${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A change that needs a safety backup first stops, writing nothing, when the backup fails. */
export class SafetyBackupFailed extends Error {
  readonly messages: string[];
  constructor(reason: string, action: string) {
    super(reason);
    this.messages = [`${action}前未能自动备份当前数据（${reason}），为安全起见没有${action}，数据未改动。请先在「备份与恢复」中立即备份，再${action}。`];
  }
}

/** The safety backup before an import or its undo (`action` names it in the message), or SafetyBackupFailed. */
export async function requireImportBackup(action: '导入' | '撤销导入'): Promise<SafetyBackup> {
  const taken = await takeSafetyBackup('import');
  if (!taken.ok) throw new SafetyBackupFailed(taken.error, action);
  return taken.value;
}
