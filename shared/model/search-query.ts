// The query side of search (search-keys.ts builds the keys): what a list needs to match what
// is typed against keys already stored on the records. Kept apart from the key functions so
// that a list can search without loading pinyin-pro and its dictionary (~290 kB, ~0.1 s to set
// up), which only writing keys needs.
import { normalizeText } from './normalize';

/** Separates what was written (name, codes, other names) from the pinyin keys in a record's keys. */
export const PINYIN_MARK = '\u0002';

/** What the user typed, as keys are written: normalized, lower case, no spaces or apostrophes (hong'xing). */
export function normalizeQuery(query: string): string {
  return normalizeText(query).toLowerCase().replace(/[\s'’]/g, '');
}

/** Whether keys match an already normalized query; the empty query matches everything. */
export function matchesQuery(keys: string, query: string): boolean {
  return query === '' || keys.includes(query);
}
