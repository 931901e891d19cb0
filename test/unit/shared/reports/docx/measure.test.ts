import { describe, expect, test } from 'vitest';
import { documentFlow, lineCount, paginate, planImprint } from '@shared/reports/docx/measure';
import type { OfficialDocument } from '@shared/reports/docx';

const imprint = { copyTo: '县人大常委会党组', printingOrg: '中共长汀县委办公室', printDate: '2008-12-03' };
const CHARS = '村企党组织联建活动围绕发展抓联建抓好联建促发展'; // 23 characters

/** A document of one title line and `n` one-line paragraphs (26 characters after the indent). */
const docOfLines = (n: number): OfficialDocument => ({ title: '关于联建的通知', body: Array.from({ length: n }, () => ({ kind: 'paragraph' as const, text: CHARS.slice(0, 23) + '联建点' })) });

describe('line breaking as word processors do it', () => {
  test('28 characters a line; the first line two characters in', () => {
    expect(lineCount('联'.repeat(28), 28)).toBe(1);
    expect(lineCount('联'.repeat(29), 28)).toBe(2);
    expect(lineCount('联'.repeat(27), 28, -2)).toBe(2);
    expect(lineCount('联'.repeat(26), 28, -2)).toBe(1);
    expect(lineCount('', 28)).toBe(1);
  });

  test('closing punctuation hangs in the margin; numbers and Latin words are half-width and kept whole', () => {
    expect(lineCount(`${'联'.repeat(28)}。`, 28)).toBe(1);
    expect(lineCount(`${'联'.repeat(24)}2008年`, 28)).toBe(1);
    expect(lineCount(`${'联'.repeat(27)}2008`, 28)).toBe(2);
  });
});

describe('where the 版记 goes', () => {
  test('a one-page document: on the back (page 2), numbered', () => {
    const doc = docOfLines(5);
    expect(paginate(documentFlow(doc))).toMatchObject({ page: 1 });
    expect(planImprint(doc, imprint)).toMatchObject({ placement: 'next-page', page: 2, lines: 2 });
  });

  test('text ending on an even page with room: at its foot, the gap in between', () => {
    // Title (1), blank (1), then paragraphs: 22 + 5 lines in all ends on page 2 with 17 lines free.
    const doc = docOfLines(25);
    expect(paginate(documentFlow(doc))).toMatchObject({ page: 2 });
    expect(planImprint(doc, imprint)).toMatchObject({ placement: 'same-page', page: 2, gapLines: 17 - 2 });
  });

  test('text filling an even page: a blank page, then the back of a new sheet', () => {
    const doc = docOfLines(42);
    expect(paginate(documentFlow(doc))).toMatchObject({ page: 2 });
    expect(planImprint(doc, imprint)).toMatchObject({ placement: 'blank-then-next', page: 4 });
  });

  test('a table’s rows never split, and its header repeats on the next page', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i + 1), `河田镇联建${i + 1}村党支部`, '河田镇']);
    const doc: OfficialDocument = { title: '名单', body: [{ kind: 'table', table: { columns: [{ header: '序号', width: 3 }, { header: '名称', width: 20 }, { header: '所在乡镇', width: 5 }], rows } }] };
    // Title and blank line (2 × 579), then rows of 589 twips (a line and a border): the header and
    // 18 rows on page 1; the header again and the other 12 on page 2.
    const end = paginate(documentFlow(doc));
    expect(end.page).toBe(2);
    expect(end.used).toBe(13 * 589);
  });
});
