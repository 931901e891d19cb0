// How the annual table's parts are laid out on A4 landscape pages (the workbook's sheets and
// the printed copy alike): a part with more figures than one page holds legibly is split
// over as few pages as needed, evenly, never inside a group.
import type { StatGroup, StatPart } from './annual-table';

/** More figure columns than this on one A4 landscape page would print too small to read. */
export const MAX_FIGURES_PER_SHEET = 16;

const CHINESE_ORDINALS = '一二三四五六七八';

export type Page = { part: StatPart; groups: StatGroup[]; title: string };

/** Splits a part's groups over as few sheets as keep each within MAX_FIGURES_PER_SHEET, evenly. */
export function paginate(part: StatPart): Page[] {
  const total = part.groups.reduce((s, g) => s + g.columns.length, 0);
  const sheets = Math.max(1, Math.ceil(total / MAX_FIGURES_PER_SHEET));
  const target = Math.ceil(total / sheets);
  const pages: StatGroup[][] = [[]];
  let count = 0;
  for (const g of part.groups) {
    const current = pages[pages.length - 1];
    if (current.length > 0 && count + g.columns.length > target && pages.length < sheets) {
      pages.push([g]);
      count = g.columns.length;
    } else {
      current.push(g);
      count += g.columns.length;
    }
  }
  return pages.map((groups, i) => ({ part, groups, title: pages.length > 1 ? `${part.title}（${CHINESE_ORDINALS[i]}）` : part.title }));
}

