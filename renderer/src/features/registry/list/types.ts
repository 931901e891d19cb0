import type { ReactNode } from 'react';
import type { TableCell, TableColumnKind } from '@shared/reports/xlsx-table';

/** One column of a registry list: how it shows, sorts, sums, exports and prints. */
export type ListColumn<T> = {
  key: string;
  title: string;
  unit?: string;
  kind: TableColumnKind;
  /** Screen width in pixels. */
  width: number;
  /** The cell's value for export, print, totals and (unless sortValue is given) sorting. */
  value: (row: T) => TableCell;
  /** How the cell shows on screen when not just its value (links, tags, masked IDs). */
  render?: (row: T) => ReactNode;
  /** A faster or better sort key (e.g. the name's pinyin). */
  sortValue?: (row: T) => string | number;
  sortable?: boolean;
  /** Summed in the totals row. */
  sum?: boolean;
  fixed?: 'left';
};

export type FilterOption = { value: string; label: string };

/** A filter of the search form: the most used show at once, the rest behind 「展开」. */
export type ListFilter<T> = {
  key: string;
  label: string;
  options: FilterOption[];
  test: (row: T, value: string) => boolean;
  primary?: boolean;
};

export type SortState = { key: string; order: 'ascend' | 'descend' } | null;

/** A row of a list: the record plus its search keys (computed once per name). */
export type Keyed = { id: string; searchKeys: string };
