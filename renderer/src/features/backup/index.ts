// What the backup feature offers others: the safety backup every import and undo takes first.
export { requireImportBackup, SafetyBackupFailed, takeSafetyBackup, type SafetyBackup } from './safety';
