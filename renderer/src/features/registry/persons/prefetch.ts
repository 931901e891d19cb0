// What the 人员 list reads to open, for reads started ahead of its page (the route, and the entry
// script when the app opens at the list's address). Kept apart from the page so that the entry
// script can name it without loading the page.

/** The tables the 人员 list waits for: the persons, and the units and townships shown beside them. */
export const PERSONS_LIST_TABLES = ['persons', 'villages', 'enterprises', 'townships'] as const;

/** Whether an address (location.hash) is the 人员 list itself. */
export const isPersonsListAddress = (hash: string): boolean => /^#\/registry\/persons\/?(\?|$)/.test(hash);
