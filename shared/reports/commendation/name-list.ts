// The honour list of one commendation round as plain data, grouped the way the documents
// print it: by title (in the order of the titles' dictionary), then by kind (企业党组织 · 村党组织 · 联建点 · 个人),
// each group in county order of the township, then by name.
import type { CommendationLevel, NomineeKind } from '../../model/enums';
import { NOMINEE_KIND_LABELS, NOMINEE_KIND_ORDER } from '../../model/schemas/commendation';
import type { IsoDate } from '../../model/types';

export type HonourEntry = {
  kind: NomineeKind;
  title: string;
  /** The name as the office writes it (Nominee.displayName). */
  displayName: string;
  township?: string;
  /** For sorting: the township's position in county order. */
  townshipOrder?: number;
  /** Persons: 「单位及职务」. */
  unitAndPost?: string;
  deed?: string;
};

export type CommendationReport = {
  year: number;
  level: CommendationLevel;
  titles: string[];
  /**
   * The order titles are listed in: the commendation titles' dictionary (设置). Titles not in
   * it follow in the round's order.
   */
  titleOrder?: readonly string[];
  docNumber?: string;
  decisionDate?: IsoDate;
  entries: HonourEntry[];
};

export type NameGroup = { kind: NomineeKind; label: string; entries: HonourEntry[] };
export type TitleGroup = { title: string; count: number; groups: NameGroup[] };

const COLLATOR = new Intl.Collator('zh-CN');

const byTownshipThenName = (a: HonourEntry, b: HonourEntry) =>
  (a.townshipOrder ?? Number.MAX_SAFE_INTEGER) - (b.townshipOrder ?? Number.MAX_SAFE_INTEGER) || COLLATOR.compare(a.displayName, b.displayName);

/** The round's titles (and any an entry names) in the dictionary's order. */
export function orderedTitles(report: Pick<CommendationReport, 'titles' | 'entries' | 'titleOrder'>): string[] {
  const titles = [...new Set([...report.titles, ...report.entries.map((e) => e.title)])];
  const order = report.titleOrder ?? [];
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length + titles.indexOf(t));
  return titles.sort((a, b) => rank(a) - rank(b));
}

export function groupHonours(report: Pick<CommendationReport, 'titles' | 'entries' | 'titleOrder'>): TitleGroup[] {
  return orderedTitles(report)
    .map((title) => {
      const ofTitle = report.entries.filter((e) => e.title === title);
      const groups = NOMINEE_KIND_ORDER.map((kind) => ({
        kind,
        label: NOMINEE_KIND_LABELS[kind],
        entries: ofTitle.filter((e) => e.kind === kind).sort(byTownshipThenName),
      })).filter((g) => g.entries.length > 0);
      return { title, count: ofTitle.length, groups };
    })
    .filter((t) => t.count > 0);
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 个 for organizations and 联建点, 名 for persons: 「8个」「14名」. */
export function countWord(kind: NomineeKind, n: number): string {
  return `${n}${kind === 'person' ? '名' : '个'}`;
}

export type NameColumn = { header: string; width: number; align?: 'left' | 'center' };

const longest = (texts: readonly (string | undefined)[]) => Math.max(0, ...texts.map((t) => [...(t ?? '')].length));
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * The columns of a group's table, widths in characters of the 28 a line holds (a column of
 * width w holds w − 1 characters between its margins). 姓名 is as wide as the longest name
 * needs; name and 所在乡镇 share the rest so that the fewest rows wrap (an organization's full
 * name, 「长汀县腾飞纺织实业有限公司联合党支部」, is 18 characters; 「长汀经济开发区」 7). With
 * the deeds (the 公示's list) the township gives way (the name says it) and the deeds take the rest.
 */
export function groupColumns(kind: NomineeKind, entries: readonly HonourEntry[] = [], withDeeds = false): NameColumn[] {
  const number: NameColumn = { header: '序号', width: 3, align: 'center' };
  if (kind === 'person') {
    const name = clamp(longest(entries.map((e) => e.displayName)) + 1, 4, 6);
    if (!withDeeds) return [number, { header: '姓名', width: name, align: 'center' }, { header: '单位及职务', width: 28 - 3 - name }];
    return [number, { header: '姓名', width: name, align: 'center' }, { header: '单位及职务', width: 7 }, { header: '主要事迹', width: 28 - 3 - name - 7 }];
  }
  const label = kind === 'pairing' ? '联建点' : '名称';
  if (withDeeds) return [number, { header: label, width: 10 }, { header: '主要事迹', width: 28 - 3 - 10 }];
  const wraps = (texts: readonly (string | undefined)[], width: number) => texts.reduce((n, t) => n + Math.max(0, Math.ceil([...(t ?? '')].length / (width - 1)) - 1), 0);
  const extraLines = (township: number) =>
    entries.reduce((n, e) => n + Math.max(wraps([e.displayName], 28 - 3 - township), wraps([e.township], township)), 0);
  // The narrowest township column among those wrapping the fewest rows (「所在乡镇」 needs 5).
  const township = [6, 7, 8].reduce((best, w) => (extraLines(w) < extraLines(best) ? w : best), 5);
  return [number, { header: label, width: 28 - 3 - township }, { header: '所在乡镇', width: township, align: 'center' }];
}

/** One entry as a row of its group's table (groupColumns with the same `withDeeds`). */
export function groupRow(kind: NomineeKind, e: HonourEntry, index: number, withDeeds = false): string[] {
  if (kind === 'person') return [String(index), e.displayName, e.unitAndPost ?? '', ...(withDeeds ? [e.deed ?? ''] : [])];
  return [String(index), e.displayName, ...(withDeeds ? [e.deed ?? ''] : [e.township ?? ''])];
}

/** 「先进基层党组织和优秀共产党员」 / 「A、B和C」 */
export function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join('、')}和${titles.at(-1)}`;
}
