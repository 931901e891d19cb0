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
type SearchIndex = { text: string[]; pinyin: string[] };
const indexes = new WeakMap<readonly Keyed[], SearchIndex>();
const HAN = /\p{Script=Han}/u;

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

/** Positions of the rows matching an already normalized query and the active filters, searching only `from` when given. */
function matchPositions<T extends Keyed>(rows: readonly T[], q: string, active: readonly ListFilter<T>[], values: FilterValues, from?: readonly number[]): number[] {
  const { text, pinyin } = searchIndex(rows);
  const writtenOnly = HAN.test(q);
  const out: number[] = [];
  const consider = (i: number) => {
    if (q && !text[i].includes(q) && (writtenOnly || !pinyin[i].includes(q))) return;
    if (active.length && !active.every((f) => f.test(rows[i], values[f.key] as string))) return;
    out.push(i);
  };
  if (from) for (const i of from) consider(i);
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
