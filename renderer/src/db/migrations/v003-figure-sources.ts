// v003: figureSources — the office's choice, per township and year, of which figures stand in
// the statistics (the township's year-end tally or the ledger), made on the 对账 page. A new
// table only: no existing record changes.
import type { Migration } from './types';

export const v003FigureSources: Migration = {
  version: 3,
  name: 'figure-sources',
  stores: {
    figureSources: 'id, year, townshipId',
  },
};
