// Where a windowed list's columns go: fixed-left offsets; columns that fit share the room; a
// table wider than its box shows whole columns before scrolling (the one the pinned actions
// would cut — 从业人员's figure at 1366 px — starts at the actions' edge instead).
import { describe, expect, it } from 'vitest';
import { fixedOffsets, gridTemplate } from '@renderer/ui/list/layout';
import type { ListColumn } from '@renderer/ui/list/types';

const col = (key: string, width: number, fixed?: 'left'): ListColumn<object> => ({ key, title: key, kind: 'text', width, fixed, value: () => null });
const COLUMNS = [col('name', 200, 'left'), col('a', 100), col('b', 300), col('c', 100), col('d', 100)];
const px = (template: string) => template.split(' ').map((w) => Number(w.replace('px', '')));

describe('list layout', () => {
  it('fixes the leading fixed columns at their offsets', () => {
    expect(fixedOffsets(COLUMNS)).toEqual([0, undefined, undefined, undefined, undefined]);
    expect(fixedOffsets([col('a', 100, 'left'), col('b', 50, 'left'), col('c', 10), col('d', 10, 'left')])).toEqual([0, 100, undefined, undefined]);
  });

  it('lets columns that fit share the extra room, and before the box is measured', () => {
    const wide = gridTemplate(COLUMNS, 150, 1200);
    expect(wide.template).toBe('minmax(200px, 200fr) minmax(100px, 100fr) minmax(300px, 300fr) minmax(100px, 100fr) minmax(100px, 100fr) 150px');
    expect(wide.minWidth).toBe(950);
    expect(gridTemplate(COLUMNS, 150).template).toBe(wide.template);
  });

  it('widens the scrolling columns before the one the actions would cut, so it starts at their edge', () => {
    // Box 800: the actions start at 650; c (600–700) would show 50 px of 100.
    const { template, minWidth } = gridTemplate(COLUMNS, 150, 800);
    const widths = px(template);
    expect(widths[0]).toBe(200);
    expect(widths[5]).toBe(150);
    expect(widths[1]! + widths[2]!).toBe(450);
    expect(widths[2]! / widths[1]!).toBeCloseTo(3, 1);
    expect(widths.slice(3, 5)).toEqual([100, 100]);
    expect(minWidth).toBe(widths.reduce((a, b) => a + b, 0));
  });

  it('leaves the widths when a column ends right at the edge, or only fixed columns precede the cut one', () => {
    expect(px(gridTemplate(COLUMNS, 150, 750).template)).toEqual([200, 100, 300, 100, 100, 150]);
    expect(px(gridTemplate(COLUMNS, 150, 400).template)).toEqual([200, 100, 300, 100, 100, 150]);
  });
});
