// What the 人员 list reads to open, for reads started ahead of its page (the route, and the entry
// script when the app opens at the list's address). Kept apart from the page so that the entry
// script can name it without loading the page.

/**
 * The tables the 人员 list waits for: the units and townships shown beside the persons, then the
 * persons. The small reads go first: IndexedDB answered them only after the 50,000 persons when
 * asked after them (a trace of the open: persons done at 460 ms, the three small tables at 620 ms).
 */
export const PERSONS_LIST_TABLES = ['villages', 'enterprises', 'townships', 'persons'] as const;

/** Whether an address (location.hash) is the 人员 list itself. */
export const isPersonsListAddress = (hash: string): boolean => /^#\/registry\/persons\/?(\?|$)/.test(hash);
