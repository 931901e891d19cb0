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
