// v010: the operation journal. An import, an undo of one or a restore writes a small entry
// here (its own strict-durability transaction) before it starts and deletes it inside its
// own write transaction, so an entry still present at start-up means the operation was cut
// off (the window closed, the power lost) and wrote nothing. Not part of backups.
import type { Migration } from './types';

export const v010Journal: Migration = {
  version: 10,
  name: 'journal',
  stores: { journal: 'id' },
};
