// Everything the 数据安全 area does with backups, over injectable parts (database, shelf,
// marker store, host) so the store tests drive the same code the app runs.
import { backupFileName, exitBackupFileName, freeBackupName, namesToRotate, parseBackupName } from '@shared/backup/naming';
import { BACKUP_FILE_FILTERS, type BackupReason } from '@shared/backup/format-constants';
import type { BackupContents, ReadBackupResult } from '@shared/backup/read';
import type { StoreMarker } from '@shared/backup/marker';
import { fail, ok } from '@shared/ipc/result';
import type { HostApi, Result } from '@shared/ipc/contract';
import type { AppDatabase } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/migrations';
import type { ObservableMarkers } from './marker-store';
import type { BackupShelf } from './shelf';
import { countTables, dataTotal, holdsData, readSnapshot } from './store-io';
import { BusyError, runExclusive } from '../../db/exclusive';

export type BackupServiceDeps = {
  db: AppDatabase;
  /** Automatic and safety backups: the backup folder (Electron) or the browser's OPFS. */
  shelf: BackupShelf | null;
  markers: ObservableMarkers;
  host: Pick<HostApi, 'saveFile' | 'capabilities'>;
  appVersion: string;
  now?: () => Date;
};

export type MadeBackup = { name: string; bytes: Uint8Array };
export type SavedBackup = { name: string; location: string };

export function restoreFailure(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return '磁盘空间不足，恢复未完成，当前数据保持不变。请清理磁盘后重试。';
  return `恢复未完成，当前数据保持不变。原因：${error instanceof Error ? error.message : String(error)}`;
}

export function createBackupService(deps: BackupServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const folder = deps.shelf?.kind === 'folder' ? deps.shelf : null;

  async function make(reason: BackupReason): Promise<MadeBackup> {
    const at = now();
    const tables = await readSnapshot(deps.db);
    // The backup writer and reader (and their zip library) load when first used, not at start-up.
    const { buildBackup } = await import('@shared/backup/write');
    const bytes = await buildBackup({ tables, appVersion: deps.appVersion, schemaVersion: SCHEMA_VERSION, createdAt: at.toISOString(), reason });
    return { name: backupFileName(reason, at), bytes };
  }

  async function syncMarker(patch: Partial<StoreMarker> = {}): Promise<StoreMarker> {
    const counts = await countTables(deps.db);
    const previous = deps.markers.snapshot() ?? (await deps.markers.read());
    const marker: StoreMarker = { ...previous, ...patch, version: 1, total: dataTotal(counts), counts, updatedAt: now().toISOString() };
    await deps.markers.write(marker);
    return marker;
  }

  const recordBackup = (saved: SavedBackup) =>
    syncMarker({ lastBackupAt: now().toISOString(), lastBackupName: saved.name, lastBackupLocation: saved.location });

  /** Removes what rotation no longer keeps; a failure here never fails the backup. */
  async function rotate(): Promise<void> {
    if (!deps.shelf) return;
    const listed = await deps.shelf.list();
    if (!listed.ok) return;
    for (const name of namesToRotate(listed.value.map((f) => f.name))) await deps.shelf.remove(name);
  }

  async function toShelf(backup: MadeBackup): Promise<Result<SavedBackup>> {
    if (!deps.shelf) return fail('没有可用的备份位置');
    // A backup is never overwritten: two within one second get the next second's name.
    const listed = await deps.shelf.list();
    const name = listed.ok ? freeBackupName(backup.name, new Set(listed.value.map((f) => f.name))) : backup.name;
    const written = await deps.shelf.write(name, backup.bytes);
    if (!written.ok) return written;
    await rotate();
    return ok({ name, location: written.value.location });
  }

  async function download(backup: MadeBackup): Promise<Result<SavedBackup>> {
    const saved = await deps.host.saveFile({
      title: '保存备份',
      defaultName: backup.name,
      bytes: backup.bytes as Uint8Array<ArrayBuffer>,
      filters: BACKUP_FILE_FILTERS,
    });
    return saved.ok ? ok({ name: backup.name, location: saved.value.location }) : saved;
  }

  /** A backup of the current data before an import, a restore or a schema upgrade. */
  async function takeSafetyBackup(reason: 'import' | 'restore' | 'upgrade'): Promise<Result<SavedBackup & { bytes: Uint8Array }>> {
    const backup = await make(reason);
    const saved = await toShelf(backup);
    if (!saved.ok) return saved;
    if (folder) await recordBackup(saved.value);
    return ok({ ...saved.value, bytes: backup.bytes });
  }

  return {
    make,
    syncMarker,
    rotate,
    /** 立即备份: into the backup folder under Electron, as a download in the browser. */
    async backupNow(): Promise<Result<SavedBackup>> {
      const backup = await make('manual');
      const saved = folder ? await toShelf(backup) : await download(backup);
      if (saved.ok) await recordBackup(saved.value);
      return saved;
    },
    /** 另存备份…: a copy wherever the user chooses (a USB stick). */
    async saveCopyAs(): Promise<Result<SavedBackup>> {
      const saved = await download(await make('manual'));
      if (saved.ok) await recordBackup(saved.value);
      return saved;
    },
    takeSafetyBackup,
    /** First start of the day: today's daily backup and this month's monthly one, if missing. */
    async runDailyBackup(): Promise<Result<string[]>> {
      if (!folder) return ok([]);
      const listed = await folder.list();
      if (!listed.ok) return listed;
      const names = new Set(listed.value.map((f) => f.name));
      const at = now();
      // Today's daily may also be the one written on exit earlier today (its name has the time).
      const today = backupFileName('daily', at);
      const haveDaily = listed.value.some((f) => f.name === today || (parseBackupName(f.name)?.reason === 'daily' && parseBackupName(f.name)!.key.startsWith(`${parseBackupName(today)!.key}_`)));
      const wanted = (['daily', 'monthly'] as const).filter((r) => (r === 'daily' ? !haveDaily : !names.has(backupFileName(r, at))));
      if (wanted.length === 0) return ok([]);
      const backup = await make('daily');
      const written: string[] = [];
      for (const reason of wanted) {
        const saved = await toShelf({ name: backupFileName(reason, at), bytes: backup.bytes });
        if (!saved.ok) return saved;
        written.push(saved.value.name);
        await recordBackup(saved.value);
      }
      return ok(written);
    },
    /**
     * On exit: today's daily backup becomes the state the day ends with — written as a new file
     * (a backup is never overwritten), then the day's earlier daily backups are removed.
     */
    async runExitBackup(): Promise<Result<SavedBackup>> {
      if (!folder) return fail('没有备份文件夹');
      const at = now();
      const backup = await make('daily');
      const saved = await toShelf({ name: exitBackupFileName(at), bytes: backup.bytes });
      if (!saved.ok) return saved;
      await recordBackup(saved.value);
      const day = parseBackupName(backupFileName('daily', at))!.key;
      const listed = await folder.list();
      if (listed.ok) {
        for (const f of listed.value) {
          const parsed = parseBackupName(f.name);
          if (f.name !== saved.value.name && parsed?.reason === 'daily' && parsed.key.slice(0, 10) === day) await folder.remove(f.name);
        }
      }
      return saved;
    },
    /** Reads and checks a file; a refusal for broken record rules carries the report of them. */
    async verify(bytes: Uint8Array): Promise<ReadBackupResult> {
      const { readBackup } = await import('@shared/backup/read');
      return readBackup(bytes, { schemaVersion: SCHEMA_VERSION });
    },
    currentCounts: () => countTables(deps.db),
    /**
     * Replaces the store with a verified backup. The current data is backed up first (when
     * there is any); without that safety copy nothing is replaced.
     */
    async restore(contents: BackupContents, fileName: string): Promise<Result<{ safety?: SavedBackup & { bytes: Uint8Array } }>> {
      try {
        // One bulk write at a time across windows, journaled from the safety backup to the replace.
        return await runExclusive(deps.db, 'restore', fileName, async (journalId) => {
          let safety: (SavedBackup & { bytes: Uint8Array }) | undefined;
          if (await holdsData(deps.db)) {
            const taken = await takeSafetyBackup('restore');
            if (!taken.ok) return fail(`恢复前未能自动备份当前数据（${taken.error}），为安全起见没有恢复。请先「立即备份」，再恢复。`);
            safety = taken.value;
          }
          try {
            const { replaceStore } = await import('./store-replace');
            await replaceStore(deps.db, contents, { fileName, journalId });
          } catch (error) {
            return fail(restoreFailure(error));
          }
          await syncMarker();
          return ok({ safety });
        });
      } catch (error) {
        if (error instanceof BusyError) return fail(error.message);
        throw error;
      }
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
