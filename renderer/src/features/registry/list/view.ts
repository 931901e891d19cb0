// The list's view of its rows: sorted once per data or sort change, then filtered per
// keystroke (a filter keeps the order, so typing never re-sorts 50,000 rows), then summed.
import type { TableCell } from '@shared/reports/xlsx-table';
import { normalizeQuery, PINYIN_MARK } from '@shared/model/search-query';
import type { ListColumn, SortState } from '@renderer/ui/list/types';
import type { Keyed, ListFilter } from './types';

const collator = new Intl.Collator('zh-CN', { numeric: true });

type SortKey = string | number | null;

function sortKeyOf<T>(column: ListColumn<T>, row: T): SortKey {
  if (column.sortValue) return column.sortValue(row);
  const v: TableCell = column.value(row);
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return v;
}

function compareKeys(a: SortKey, b: SortKey, stringsByCollator: boolean): number {
  // Blanks last, whatever the direction.
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (stringsByCollator) return collator.compare(String(a), String(b));
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Rows in the order of `sort` (stable; blanks last), or as given when there is no sort. */
export function sortRows<T>(rows: readonly T[], columns: readonly ListColumn<T>[], sort: SortState): T[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return [...rows];
  const keyed = rows.map((row, i) => ({ row, i, key: sortKeyOf(column, row) }));
  const sign = sort.order === 'descend' ? -1 : 1;
  const byCollator = !column.sortValue;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return compareKeys(a.key, b.key, byCollator) || a.i - b.i;
    return sign * compareKeys(a.key, b.key, byCollator) || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

export type FilterValues = Record<string, string | undefined>;

// The rows' keys in two flat arrays, built once per row list: what was written (names, codes)
// and the pinyin keys. A query with a Chinese character cannot be in the pinyin, so only the
// short written part is searched; scanning arrays of strings also beats reading each row object.
type SearchIndex = { text: string[]; pinyin: string[]; han?: HanIndex };
// Ideograph → positions of the rows holding it; `done` rows indexed so far (built in idle slices).
type HanIndex = { at: Map<number, number[]>; done: number };
const indexes = new WeakMap<readonly Keyed[], SearchIndex>();
const HAN = /\p{Script=Han}/u;
// Code units from CJK Extension A up (ideographs, and the surrogate halves of the rarer ones).
const IDEOGRAPH_FROM = 0x3400;
const SLICE = 2000;

function searchIndex(rows: readonly Keyed[]): SearchIndex {
  let index = indexes.get(rows);
  if (!index) {
    const text: string[] = Array.from({ length: rows.length });
    const pinyin: string[] = Array.from({ length: rows.length });
    for (let i = 0; i < rows.length; i++) {
      const keys = rows[i].searchKeys;
      const mark = keys.indexOf(PINYIN_MARK);
      text[i] = mark < 0 ? keys : keys.slice(0, mark);
      pinyin[i] = mark < 0 ? '' : keys.slice(mark + 1);
    }
    index = { text, pinyin };
    indexes.set(rows, index);
  }
  return index;
}

/** Indexes the ideographs of the next rows (a slice), for the Chinese queries to come. */
function indexHanSlice(index: SearchIndex): void {
  const han = (index.han ??= { at: new Map(), done: 0 });
  const { text } = index;
  const end = Math.min(text.length, han.done + SLICE);
  for (let i = han.done; i < end; i++) {
    const t = text[i];
    for (let j = 0; j < t.length; j++) {
      const unit = t.charCodeAt(j);
      if (unit < IDEOGRAPH_FROM) continue;
      const rows = han.at.get(unit);
      if (!rows) han.at.set(unit, [i]);
      else if (rows[rows.length - 1] !== i) rows.push(i);
    }
  }
  han.done = end;
}

/**
 * The rows that can hold a Chinese query: those holding its rarest ideograph (王 is in 1 of 50
 * names), so that a Chinese keystroke tests a few hundred rows instead of all 50,000. Undefined
 * (search them all) until the index is complete, or when the query has no ideograph to go by.
 */
function hanCandidates(index: SearchIndex, q: string): readonly number[] | undefined {
  const han = index.han;
  if (!han || han.done < index.text.length) return undefined;
  let best: readonly number[] | undefined;
  for (let j = 0; j < q.length; j++) {
    const unit = q.charCodeAt(j);
    if (unit < IDEOGRAPH_FROM) continue;
    const rows = han.at.get(unit) ?? [];
    if (!best || rows.length < best.length) best = rows;
  }
  return best;
}

/**
 * Builds the search keys' arrays and the ideograph index of a row list ahead of the keystrokes,
 * a slice at a time while `more()` says there is time (the list calls it from idle callbacks, so
 * no keystroke waits for it). True when all is built.
 */
export function prepareSearch(rows: readonly Keyed[], more: () => boolean = () => true): boolean {
  const index = searchIndex(rows);
  while (index.han?.done !== rows.length && more()) indexHanSlice(index);
  return index.han?.done === rows.length;
}

/** Positions of the rows matching an already normalized query and the active filters, searching only `from` when given. */
function matchPositions<T extends Keyed>(rows: readonly T[], q: string, active: readonly ListFilter<T>[], values: FilterValues, from?: readonly number[]): number[] {
  const index = searchIndex(rows);
  const { text, pinyin } = index;
  const writtenOnly = HAN.test(q);
  const candidates = from ?? (writtenOnly ? hanCandidates(index, q) : undefined);
  const out: number[] = [];
  const consider = (i: number) => {
    if (q && !text[i].includes(q) && (writtenOnly || !pinyin[i].includes(q))) return;
    if (active.length && !active.every((f) => f.test(rows[i], values[f.key] as string))) return;
    out.push(i);
  };
  if (candidates) for (const i of candidates) consider(i);
  else for (let i = 0; i < rows.length; i++) consider(i);
  return out;
}

const activeFilters = <T,>(filters: readonly ListFilter<T>[], values: FilterValues) => filters.filter((f) => values[f.key] !== undefined && values[f.key] !== '');

/** Rows matching the typed query (name, pinyin, codes) and every chosen filter. */
export function filterRows<T extends Keyed>(rows: readonly T[], query: string, filters: readonly ListFilter<T>[], values: FilterValues): T[] {
  const q = normalizeQuery(query);
  const active = activeFilters(filters, values);
  if (!q && active.length === 0) return rows as T[];
  return matchPositions(rows, q, active, values).map((i) => rows[i]);
}

/**
 * filterRows with a memory: when the user types one more character (the new query extends
 * the last one, same rows and filters), only the last result is searched again, so each
 * further keystroke scans fewer rows.
 */
export function narrowingFilter<T extends Keyed>(): (rows: readonly T[], query: string, filters: readonly ListFilter<T>[], values: FilterValues) => T[] {
  let last: { rows: readonly T[]; q: string; filters: readonly ListFilter<T>[]; values: FilterValues; positions: number[] | null } | null = null;
  return (rows, query, filters, values) => {
    const q = normalizeQuery(query);
    const active = activeFilters(filters, values);
    const narrowing = last && last.positions && last.rows === rows && last.filters === filters && last.values === values && last.q !== '' && q.startsWith(last.q);
    const positions = !q && active.length === 0 ? null : matchPositions(rows, q, active, values, narrowing && last?.positions ? last.positions : undefined);
    last = { rows, q, filters, values, positions };
    return positions ? positions.map((i) => rows[i]) : (rows as T[]);
  };
}

/** The totals row: 「合计」 in the first column, sums in the summed ones, blanks elsewhere. */
export function totalsRow<T>(rows: readonly T[], columns: readonly ListColumn<T>[]): TableCell[] | undefined {
  if (!columns.some((c) => c.sum)) return undefined;
  return columns.map((c, i) => {
    if (i === 0) return '合计';
    if (!c.sum) return null;
    let sum = 0;
    let any = false;
    for (const row of rows) {
      const v = c.value(row);
      if (typeof v === 'number') {
        sum += v;
        any = true;
      }
    }
    // A column nobody filled in stays blank rather than claiming 0.
    if (!any) return null;
    // Money sums in floating point: 0.1 + 0.2 prints as 0.3.
    return Math.round(sum * 1e6) / 1e6;
  });
}

/** 「乡镇：河田镇；政治面貌：中共党员；关键字：hxc」, for export subtitles and print headers. */
export function describeView<T>(query: string, filters: readonly ListFilter<T>[], values: FilterValues): string {
  const parts = filters
    .filter((f) => values[f.key])
    .map((f) => `${f.label}：${f.options.find((o) => o.value === values[f.key])?.label ?? values[f.key]}`);
  if (query.trim()) parts.push(`关键字：${query.trim()}`);
  return parts.length ? parts.join('；') : '全部';
}
