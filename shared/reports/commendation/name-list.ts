// The honour list of one commendation round as plain data, grouped the way the documents
// print it: by title (in the round's order), then by kind (企业党组织 · 村党组织 · 联建点 · 个人),
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
  docNumber?: string;
  decisionDate?: IsoDate;
  entries: HonourEntry[];
};

export type NameGroup = { kind: NomineeKind; label: string; entries: HonourEntry[] };
export type TitleGroup = { title: string; count: number; groups: NameGroup[] };

const COLLATOR = new Intl.Collator('zh-CN');

const byTownshipThenName = (a: HonourEntry, b: HonourEntry) =>
  (a.townshipOrder ?? Number.MAX_SAFE_INTEGER) - (b.townshipOrder ?? Number.MAX_SAFE_INTEGER) || COLLATOR.compare(a.displayName, b.displayName);

export function groupHonours(report: Pick<CommendationReport, 'titles' | 'entries'>): TitleGroup[] {
  const titles = [...report.titles, ...new Set(report.entries.map((e) => e.title).filter((t) => !report.titles.includes(t)))];
  return titles
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

/** The columns of a group's table, and one entry as a row of it. */
export function groupColumns(kind: NomineeKind): { header: string; width: number; align?: 'left' | 'center' }[] {
  if (kind === 'person') return [{ header: '序号', width: 3, align: 'center' }, { header: '姓名', width: 6, align: 'center' }, { header: '单位及职务', width: 19 }];
  return [{ header: '序号', width: 3, align: 'center' }, { header: kind === 'pairing' ? '联建点' : '名称', width: 17 }, { header: '所在乡镇', width: 8, align: 'center' }];
}

export function groupRow(kind: NomineeKind, e: HonourEntry, index: number): string[] {
  if (kind === 'person') return [String(index), e.displayName, e.unitAndPost ?? ''];
  return [String(index), e.displayName, e.township ?? ''];
}

/** 「先进基层党组织和优秀共产党员」 / 「A、B和C」 */
export function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join('、')}和${titles.at(-1)}`;
}
