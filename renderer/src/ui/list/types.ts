import type { ReactNode } from 'react';
import type { TableCell, TableColumnKind } from '@shared/reports/xlsx-table';

/** One column of a windowed list (信息库, 联建): how it shows, sorts, sums, exports and prints. */
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

export type SortState = { key: string; order: 'ascend' | 'descend' } | null;
