// Where a windowed list's columns go: the fixed-left columns' offsets, and the grid's column
// template. A table wider than its box scrolls sideways under the fixed columns and the
// actions pinned at the right; the column that would show only in part at the left of the
// actions (a right-aligned figure showing no digits, or its last ones cut) is pushed out of
// view by widening the columns before it, so what shows before scrolling is whole columns.
import type { ListColumn } from './types';

/** Offsets of the columns fixed at the left (undefined for the columns that scroll). */
export function fixedOffsets<T>(columns: readonly ListColumn<T>[]): (number | undefined)[] {
  let offset = 0;
  let fixing = true;
  return columns.map((c) => {
    fixing &&= c.fixed === 'left';
    const at = fixing ? offset : undefined;
    offset += c.width;
    return at;
  });
}

export type GridTemplate = { template: string; minWidth: number };

/**
 * The grid's columns and the actions column. When all fit in `view` (the box's width, once
 * measured), the columns keep their width and share the extra room in proportion; when not,
 * they get widths in pixels that end the columns in view at the actions column's left edge.
 */
export function gridTemplate<T>(columns: readonly ListColumn<T>[], actionsWidth: number, view?: number): GridTemplate {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  if (view === undefined || total + actionsWidth <= view) {
    return { template: [...columns.map((c) => `minmax(${c.width}px, ${c.width}fr)`), `${actionsWidth}px`].join(' '), minWidth: total + actionsWidth };
  }
  const grown = wholeColumnsInView(widths, fixedOffsets(columns), view - actionsWidth);
  const grownTotal = grown.reduce((a, b) => a + b, 0);
  return { template: [...grown.map((w) => `${w}px`), `${actionsWidth}px`].join(' '), minWidth: grownTotal + actionsWidth };
}

/** Widths where no scrolling column is cut by `edge` at scroll 0: the cut one starts at the edge. */
function wholeColumnsInView(widths: number[], left: (number | undefined)[], edge: number): number[] {
  const firstScrolling = left.findIndex((l) => l === undefined);
  if (firstScrolling < 0) return widths;
  let start = 0;
  for (let k = 0; k < widths.length; k++) {
    const end = start + widths[k]!;
    if (end > edge) {
      const gap = edge - start;
      if (k <= firstScrolling || gap <= 0) return widths;
      const before = widths.slice(firstScrolling, k);
      const room = before.reduce((a, b) => a + b, 0);
      const out = [...widths];
      let given = 0;
      for (let i = firstScrolling; i < k; i++) {
        const extra = i === k - 1 ? gap - given : Math.floor((gap * widths[i]!) / room);
        out[i] = widths[i]! + extra;
        given += extra;
      }
      return out;
    }
    start = end;
  }
  return widths;
}
