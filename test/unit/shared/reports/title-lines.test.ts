import { describe, expect, test } from 'vitest';
import { COMMENDATION_TITLES } from '@shared/model/enums';
import { breakTitle, TITLE_TERMS, titleText, titleWidth } from '@shared/reports/title-lines';

const TERMS = [...TITLE_TERMS, ...COMMENDATION_TITLES, '长汀县', '中共长汀县委员会'];
const options = { terms: ['长汀县', '中共长汀县委员会', ...COMMENDATION_TITLES] };

/** The term a break between two lines falls inside, if any. */
const splitTerm = (upper: string, lower: string) => TERMS.find((t) => [...t].some((_, k) => k > 0 && upper.endsWith(t.slice(0, k)) && lower.startsWith(t.slice(k))));

describe('title lines', () => {
  test('the office’s own breaks: 「/」, 「／」 or a line break; a marked line too long is broken further', () => {
    expect(breakTitle('中共长汀县委员会/关于表彰先进的决定')).toEqual(['中共长汀县委员会', '关于表彰先进的决定']);
    expect(breakTitle('中共长汀县委员会 ／ 关于表彰先进的决定')).toEqual(['中共长汀县委员会', '关于表彰先进的决定']);
    expect(breakTitle('中共长汀县委员会\n关于表彰2008年度村企党组织联建活动先进基层党组织和优秀共产党员的决定')).toEqual([
      '中共长汀县委员会',
      '关于表彰2008年度村企党组织联建活动',
      '先进基层党组织和优秀共产党员的决定',
    ]);
    expect(titleText('中共长汀县委员会 / 关于表彰先进的决定')).toBe('中共长汀县委员会关于表彰先进的决定');
  });

  test('a title that fits stays on one line', () => {
    expect(breakTitle('村企党组织联建档案卡')).toEqual(['村企党组织联建档案卡']);
    expect(breakTitle('长汀县2008年村企党组织联建工作情况')).toEqual(['长汀县2008年村企党组织联建工作情况']);
  });

  test('the titles the app writes break between words, evenly', () => {
    expect(breakTitle('中共长汀县委员会关于表彰2008年度村企党组织联建活动先进基层党组织、优秀联建点和优秀共产党员的决定', options)).toEqual([
      '中共长汀县委员会关于表彰2008年度',
      '村企党组织联建活动先进基层党组织、',
      '优秀联建点和优秀共产党员的决定',
    ]);
    // Today 「…联建工作 / 情况」: the term stays whole.
    expect(breakTitle('长汀县2006—2008年村企党组织联建工作情况', options)).toEqual(['长汀县2006—2008年', '村企党组织联建工作情况']);
    expect(breakTitle('2008年度先进基层党组织和优秀共产党员名单', options)).toEqual(['2008年度先进基层党组织和', '优秀共产党员名单']);
  });

  test('every combination of titles, years and counties: lines fit, no term split, no line starts with punctuation or 「的」, lengths even', () => {
    const subsets = COMMENDATION_TITLES.flatMap((_, i) => COMMENDATION_TITLES.slice(i).map((__, j) => COMMENDATION_TITLES.slice(i, i + j + 1)));
    const join = (t: readonly string[]) => (t.length === 1 ? t[0] : `${t.slice(0, -1).join('、')}和${t.at(-1)}`);
    let checked = 0;
    for (const county of ['长汀县', '连城县', '上杭县']) {
      for (const year of [2008, 2012]) {
        for (const titles of subsets) {
          const organ = `中共${county.replace(/县$/, '')}县委员会`;
          for (const title of [
            `${organ}关于表彰${year}年度村企党组织联建活动${join(titles)}的决定`,
            `关于${year}年度村企党组织联建活动${join(titles)}拟表彰对象的公示`,
            `${year}年度${join(titles)}名单`,
            `${county}${year - 2}—${year}年村企党组织联建工作情况`,
          ]) {
            const lines = breakTitle(title, { terms: [county, organ, ...COMMENDATION_TITLES] });
            expect(lines.join(''), title).toBe(title);
            for (const l of lines) {
              expect(titleWidth(l), l).toBeLessThanOrEqual(20);
              expect(l, title).not.toMatch(/^[，、。）”的和]/);
            }
            for (let i = 0; i + 1 < lines.length; i++) expect(splitTerm(lines[i], lines[i + 1]), `${lines[i]} / ${lines[i + 1]}`).toBeUndefined();
            if (lines.length > 1) expect(Math.max(...lines.map(titleWidth)) - Math.min(...lines.map(titleWidth)), lines.join(' / ')).toBeLessThanOrEqual(10);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(3 * 2 * 10 * 4);
  });
});
