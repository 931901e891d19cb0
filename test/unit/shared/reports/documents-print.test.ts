// The documents an office sends out, printed as LibreOffice prints them (one soffice run for
// all five): the 表彰决定, the 公示, the 督查情况通报, the work summary and a typical pairing's
// archive card.
// Each is checked the way a reader of the paper would: how many pages, none of them empty,
// the 版记 (抄送, 印发机关, 印发日期) at the foot of the last page — an even page, as GB/T
// 9704-2012 §7.4 puts it on the back of the last sheet — dates never zero-padded, and no title
// line ending inside a term of the programme. The PDFs are kept in test-results/documents/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { COMMENDATION_TITLES } from '@shared/model/enums';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { MonthlyReport, PairingEvent } from '@shared/model/types';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { buildArchiveCard } from '@shared/reports/archive-card';
import { packArchiveCard } from '@shared/reports/archive-card-docx';
import { decisionDocument, type OfficeInfo } from '@shared/reports/commendation/decision';
import type { CommendationReport, HonourEntry } from '@shared/reports/commendation/name-list';
import { publicityDocument } from '@shared/reports/commendation/publicity';
import { packOfficialDocument } from '@shared/reports/docx';
import { planImprint } from '@shared/reports/docx/measure';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryDocx, summaryTitle } from '@shared/reports/statistics/summary-docx';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { inspectionNotice } from '@shared/reports/supervision/inspection-notice';
import { TITLE_TERMS } from '@shared/reports/title-lines';
import { linesOf, renderDocxBatch, type RenderedPdf, type Word } from './docx/render';
import { ENTERPRISE_ORGS, VILLAGE_ORGS } from './docx/sample';
import { seedInput } from './statistics/seed-input';

const OUT = fileURLToPath(new URL('../../../../test-results/documents/', import.meta.url));

const office: OfficeInfo = {
  unitName: '中共长汀县委组织部',
  countyName: '长汀县',
  issuerMark: '中共长汀县委员会文件',
  copyTo: '市委组织部，县人大常委会党组、县政府党组、县政协党组，县纪委',
  printingOrg: '中共长汀县委办公室',
};

// The decision of the article's county round, with a 优秀联建点 and two 优秀共产党员 besides the
// 22 organizations, the round's titles listed out of the dictionary's order.
const entry = (kind: HonourEntry['kind'], displayName: string, title: string, township: string): HonourEntry => ({
  kind,
  displayName,
  title,
  township,
  townshipOrder: 1,
  unitAndPost: kind === 'person' ? `${township}露湖村党支部书记` : undefined,
  deed: '带领联建村发展产业，吸纳富余劳动力到企业就业，成绩突出。',
});
const report: CommendationReport = {
  year: 2008,
  level: '县委',
  titles: ['优秀共产党员', '优秀联建点', '先进基层党组织'],
  titleOrder: COMMENDATION_TITLES,
  docNumber: '汀委〔2008〕42号',
  decisionDate: '2008-06-28',
  entries: [
    ...ENTERPRISE_ORGS.map((n) => entry('enterprise', n, '先进基层党组织', '长汀经济开发区')),
    ...VILLAGE_ORGS.map((n) => entry('village', n, '先进基层党组织', n.slice(0, 3))),
    entry('pairing', '长汀县盼盼食品有限公司—河田镇露湖村', '优秀联建点', '河田镇'),
    entry('pairing', '福建台慧体育器材有限公司—大同镇东关村', '优秀联建点', '大同镇'),
    entry('person', '张三', '优秀共产党员', '河田镇'),
    entry('person', '李四', '优秀共产党员', '河田镇'),
  ],
};

/** The 督查情况通报 of a quarter: three visits, two rectification items (the attachment). */
const inspection = () =>
  inspectionNotice({
    round: { year: 2008, quarter: 3, team: '县委组织部组织科、县农办', leader: '县委组织部副部长', startDate: '2008-09-22', endDate: '2008-09-26', summary: '各联建点能按照联建协议开展活动，台账资料较齐全' },
    visits: [
      { pairingName: '长汀盼盼食品有限公司—河田镇露湖村', rating: '好', finding: '劳务输送和技能培训开展扎实，订单式培训成效明显' },
      { pairingName: '福建台慧体育器材有限公司—大同镇东关村', rating: '一般', finding: '活动记录不全' },
      { pairingName: '长汀金龙稀土有限公司—策武镇南坑村', finding: '联建协议未按期续签' },
    ],
    items: [
      { pairingName: '福建台慧体育器材有限公司—大同镇东关村', problem: '月报连续两个月未报', requirement: '补报7月、8月月报，明确专人负责', responsible: '大同镇党委', deadline: '2008-10-31' },
      { pairingName: '长汀金龙稀土有限公司—策武镇南坑村', problem: '联建协议已到期', requirement: '重新签订联建协议并报备', responsible: '策武镇党委', deadline: '2008-11-05' },
    ],
    office: { ...office, issuerName: '中共长汀县委组织部', issuerMark: '中共长汀县委组织部文件', mainRecipients: '各乡（镇）党委、开发区党工委' },
    noticeNumber: '汀委组〔2008〕25号',
    date: '2008-10-10',
  });

/** A typical pairing of the sample county (median ledger), a year of monthly reports, a change and an honour. */
function typicalCard() {
  const county = buildSeedCounty();
  const byLedger = county.pairings
    .filter((p) => p.status === '已批准')
    .map((p) => ({ p, n: county.ledger.filter((e) => e.pairingId === p.id).length }))
    .sort((a, b) => a.n - b.n);
  const pairing = byLedger[byLedger.length >> 1].p;
  const townships = new Map(county.townships.map((t) => [t.id, t.name]));
  const change: PairingEvent = {
    id: 'change',
    pairingId: pairing.id,
    kind: '变更',
    date: '2008-09-01',
    createdAt: '',
    reason: '原联络员外出务工',
    changes: [{ field: 'villageLiaison', label: '村联络员', from: '张三（13905971234）', to: '赵六（13905976688）' }],
  };
  const reports: MonthlyReport[] = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i}`,
    pairingId: pairing.id,
    month: `2008-${String(i + 1).padStart(2, '0')}`,
    submittedDate: `2008-${String(i + 1).padStart(2, '0')}-28`,
    summary: i % 3 === 0 ? '组织联建村富余劳动力到企业参加岗前技能培训，输送新员工上岗。' : '双方党组织开展联学联建活动。',
    active: true,
    createdAt: '',
    updatedAt: '',
    deleted: 0,
  }));
  return buildArchiveCard({
    pairing,
    events: [...county.pairingEvents.filter((e) => e.pairingId === pairing.id), change],
    enterprise: county.enterprises.find((e) => e.id === pairing.enterpriseId),
    village: county.villages.find((v) => v.id === pairing.villageId),
    townshipName: (id) => (id ? (townships.get(id) ?? '') : ''),
    entries: county.ledger.filter((e) => e.pairingId === pairing.id),
    catalog: LEDGER_TYPES,
    reports,
    honours: [{ year: 2008, level: '县委', title: '优秀联建点', status: '批准', docNumber: '汀委〔2008〕42号' }],
    unitName: office.unitName,
    today: '2008-12-03',
  });
}

/**
 * The decision again, its list longer by as many villages as make it end on a full even page:
 * the 版记 then needs a blank page and the back of a new sheet.
 */
function decisionEndingOnFullEvenPage() {
  for (let n = 1; n < 80; n++) {
    const more = Array.from({ length: n }, (_, i) => entry('village', `濯田镇联建${i + 1}村党支部`, '先进基层党组织', '濯田镇'));
    const doc = decisionDocument({ ...report, entries: [...report.entries, ...more] }, office);
    if (planImprint(doc, doc.imprint!).placement === 'blank-then-next') return doc;
  }
  throw new Error('no list length ends on a full even page');
}

/**
 * Pages of each document as LibreOffice prints them (quoted in the report). The card: two,
 * its 三、联络员 section included (tables in 小四, headings in 24 pt lines; archive-card-docx.ts).
 */
const PAGES = { decision: 6, publicity: 6, inspection: 4, summary: 2, card: 2, decisionFull: 8 };
/** Ends on a full even page: a blank page, then the 版记 on the back of a new sheet. */
const BLANK_BEFORE_IMPRINT: Record<string, boolean> = { decisionFull: true };

const TERMS = [...TITLE_TERMS, ...COMMENDATION_TITLES, office.countyName, '中共长汀县委员会', office.unitName, '2008年第三季度', '督查情况'];

/** The words of the type area (above the page number) of a page. */
const bodyOf = (pdf: RenderedPdf, page: number): Word[] => pdf.words.filter((w) => w.page === page && w.yMax < 297 - 35 + 2);
const textOf = (words: Word[]) => words.map((w) => w.text).join('');

/** Lines set in 2号 or larger (a glyph box over 9 mm high; 3号's is 7.3 mm): the titles and the 发文机关标志. */
function titleLines(pdf: RenderedPdf, page: number): string[] {
  return linesOf(bodyOf(pdf, page), page)
    .filter((l) => l.some((w) => w.yMax - w.yMin > 9))
    .map((l) => textOf(l));
}

/** A term split over two lines: the first line ends with its head and the next starts with its tail. */
function splitTerm(upper: string, lower: string): string | undefined {
  return TERMS.find((t) => [...t].some((_, k) => k > 0 && upper.endsWith(t.slice(0, k)) && lower.startsWith(t.slice(k))));
}

describe('the documents as LibreOffice prints them', () => {
  let pdfs: Record<string, RenderedPdf>;
  const notice = publicityDocument(report, office, { startDate: '2008-06-01', endDate: '2008-06-07', phone: '0597-6822345' });

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    if (!notice.ok) throw new Error(notice.error);
    const figures = buildSummaryParagraph(computeCountyFigures(seedInput(), { fromYear: 2006, toYear: 2008 }), { committeeNames: { 市委: '龙岩市委' } });
    pdfs = await renderDocxBatch(
      {
        decision: await packOfficialDocument(decisionDocument(report, office)),
        publicity: await packOfficialDocument(notice.value),
        summary: await buildSummaryDocx({
          title: summaryTitle('长汀县', 2006, 2008),
          titleTerms: ['长汀县'],
          text: figures,
          signature: office.unitName,
          date: '2008年12月3日',
          imprint: { copyTo: '市委组织部', printingOrg: '中共长汀县委组织部办公室', printDate: '2008-12-03' },
        }),
        inspection: await packOfficialDocument(inspection()),
        card: await packArchiveCard(typicalCard()),
        decisionFull: await packOfficialDocument(decisionEndingOnFullEvenPage()),
      },
      OUT,
    );
  }, 240_000);

  test('pages: no empty page but the blank one GB/T 9704 §7.5 allows before a 版记 page; numbers on the others', () => {
    const pages = Object.fromEntries(Object.entries(pdfs).map(([name, pdf]) => [name, pdf.pages]));
    expect(pages).toEqual(PAGES);
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.converterStderr, name).toBe('');
      for (let p = 1; p <= pdf.pages; p++) {
        const footer = pdf.words.filter((w) => w.page === p && w.yMin > 297 - 35 + 3).map((w) => w.text).join(' ');
        const blank = textOf(bodyOf(pdf, p)) === '';
        // A blank page only when an even page was full and the 版记 needs the back of a new sheet:
        // then it stands just before the last page, which holds the 版记 alone, and neither has a number.
        const unnumbered = BLANK_BEFORE_IMPRINT[name] && p >= pdf.pages - 1;
        expect(blank, `${name} page ${p} is blank`).toBe(Boolean(unnumbered && p === pdf.pages - 1));
        expect(footer, `${name} page ${p}`).toBe(unnumbered ? '' : `— ${p} —`);
      }
    }
  });

  test('the 版记 at the foot of the last page, an even page: 抄送 over 印发机关 and 印发日期', () => {
    const expected = {
      decision: ['抄送：市委组织部，县人大常委会党组，县政府党组，县政协党组，县纪委。', '中共长汀县委办公室', '2008年6月28日印发'],
      decisionFull: ['抄送：市委组织部，县人大常委会党组，县政府党组，县政协党组，县纪委。', '中共长汀县委办公室', '2008年6月28日印发'],
      publicity: ['抄送：市委组织部，县人大常委会党组，县政府党组，县政协党组，县纪委。', '中共长汀县委办公室', '2008年6月1日印发'],
      inspection: ['抄送：市委组织部，县人大常委会党组，县政府党组，县政协党组，县纪委。', '中共长汀县委办公室', '2008年10月10日印发'],
      summary: ['抄送：市委组织部。', '中共长汀县委组织部办公室', '2008年12月3日印发'],
    };
    for (const [name, parts] of Object.entries(expected)) {
      const pdf = pdfs[name];
      expect(pdf.pages % 2, `${name} ends on an even page`).toBe(0);
      const last = linesOf(bodyOf(pdf, pdf.pages), pdf.pages);
      const copyAt = last.findIndex((l) => textOf(l).startsWith('抄送：'));
      expect(copyAt, `${name}: 抄送 on the last page`).toBeGreaterThanOrEqual(0);
      expect(last.slice(copyAt, -1).map(textOf).join(''), name).toBe(parts[0]);
      expect(textOf(last.at(-1)!), name).toBe(`${parts[1]}${parts[2]}`);
      // 印发机关 one character (4号, 4.9 mm) in from the left, 印发日期 one in from the right,
      // the line at the foot of the type area (262 mm), just above its last rule.
      const line = last.at(-1)!;
      expect(Math.abs(line[0].xMin - (28 + 4.9)), name).toBeLessThan(1.5);
      expect(Math.abs(line.at(-1)!.xMax - (210 - 26 - 4.9)), name).toBeLessThan(1.5);
      expect(Math.abs(line[0].yMax - (297 - 35)), name).toBeLessThan(2.5);
      // Nowhere else: the 版记 is printed once.
      expect(pdf.text.split('印发').length - 1, name).toBe(1);
    }
  });

  test('the archive card ends with the office and the day it was printed', () => {
    const pdf = pdfs.card;
    const last = linesOf(bodyOf(pdf, pdf.pages), pdf.pages);
    expect(textOf(last.at(-1)!)).toBe('中共长汀县委组织部　2008年12月3日'.replace(/\s/g, ''));
    const text = pdf.text.replace(/\s+/g, '');
    for (const words of ['八、所获荣誉', '优秀联建点', '2008年9月1日', '村联络员：张三（13905971234）', '2008年1月', '2008年12月']) expect(text).toContain(words);
  });

  test('the 通报 and its 整改清单: every column header on one line', () => {
    const pdf = pdfs.inspection;
    const words = pdf.words.filter((w) => w.page === pdf.pages).map((w) => w.text);
    for (const header of ['序号', '联建点', '存在问题', '整改要求', '责任单位', '整改期限']) expect(words, header).toContain(header);
  });

  test('every date written out, month and day never zero-padded; no ISO dates', () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      const text = pdf.text.replace(/\s+/g, '');
      expect(text, name).not.toMatch(/\d{4}年0\d月|月0\d日/);
      expect(text, name).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text.match(/\d{4}年\d{1,2}月(\d{1,2}日)?/g)?.length ?? 0, name).toBeGreaterThan(0);
    }
    expect(pdfs.decision.text.replace(/\s+/g, '')).toContain('2008年6月28日');
    expect(pdfs.publicity.text.replace(/\s+/g, '')).toContain('公示时间：2008年6月1日至7日。');
  });

  test('titles break between words: no line ends inside a term, and lines are even', () => {
    const titles: Record<string, string[][]> = {};
    for (const [name, pdf] of Object.entries(pdfs)) {
      titles[name] = [];
      for (let p = 1; p <= pdf.pages; p++) {
        const lines = titleLines(pdf, p);
        if (lines.length) titles[name].push(lines);
      }
    }
    expect(titles.decision).toEqual([
      ['中共长汀县委员会文件', '中共长汀县委员会关于表彰2008年度', '村企党组织联建活动先进基层党组织、', '优秀联建点和优秀共产党员的决定'],
      ['2008年度先进基层党组织、', '优秀联建点和优秀共产党员名单'],
    ]);
    expect(titles.summary).toEqual([['长汀县2006—2008年', '村企党组织联建工作情况']]);
    expect(titles.card).toEqual([['村企党组织联建档案卡']]);
    for (const [name, groups] of Object.entries(titles)) {
      if (name === 'decisionFull') continue;
      for (const lines of groups) {
        for (let i = 0; i + 1 < lines.length; i++) expect(splitTerm(lines[i], lines[i + 1]), `${name}: 「${lines[i]} / ${lines[i + 1]}」`).toBeUndefined();
      }
    }
  });
});
