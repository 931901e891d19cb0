// The app's one database, without the repositories: what the startup path (the startup gate,
// the first-start check, the settings the frame reads, the 工作台's counts) needs, so that the
// first screen does not load every repository and the record schemas (db/index.ts). getStore()
// builds its repositories over this same database.
import { AppDatabase } from './database';

let current: AppDatabase | undefined;

/** The app's database, opened (with its migrations) on first use. */
export function getDatabase(): AppDatabase {
  current ??= new AppDatabase();
  return current;
}
