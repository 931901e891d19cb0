// What the backup feature offers others: the safety backup every import and undo takes first,
// and where backups go (shown in 设置).
export { requireImportBackup, SafetyBackupFailed, takeSafetyBackup, type SafetyBackup } from './safety';
export { BackupLocation } from './BackupLocation';
