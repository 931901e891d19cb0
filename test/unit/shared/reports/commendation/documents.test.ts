import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { packOfficialDocument } from '@shared/reports/docx';
import { decisionDefaults, decisionDocument, issuingOrgan, nameListBlocks } from '@shared/reports/commendation/decision';
import { chineseNumber, groupHonours, type CommendationReport, type HonourEntry } from '@shared/reports/commendation/name-list';
import { publicityDocument } from '@shared/reports/commendation/publicity';
import { nameListTable } from '@shared/reports/commendation/name-list-xlsx';
import { checkLayout, defaultLayout, fillTemplate, PAPER_PRESETS } from '@shared/reports/commendation/certificate';

const office = { unitName: '中共长汀县委组织部', countyName: '长汀县', issuerMark: '中共长汀县委员会' };
const e = (kind: HonourEntry['kind'], displayName: string, townshipOrder = 1, title = '先进基层党组织'): HonourEntry => ({ kind, displayName, title, township: '河田镇', townshipOrder });

const report: CommendationReport = {
  year: 2008,
  level: '县委',
  titles: ['先进基层党组织', '优秀共产党员'],
  docNumber: '汀委〔2008〕42号',
  decisionDate: '2008-12-03',
  entries: [
    e('village', '露湖村党支部', 2),
    e('enterprise', '长汀盼盼食品有限公司党支部', 9),
    e('village', '南塘村党支部', 1),
    e('person', '张三', 1, '优秀共产党员'),
    e('enterprise', '福建台慧体育器材有限公司党支部', 9),
  ],
};

describe('name list grouping', () => {
  test('by title in the round order, then 企业 · 村 · 联建点 · 个人, then county order', () => {
    const groups = groupHonours(report);
    expect(groups.map((g) => [g.title, g.count])).toEqual([['先进基层党组织', 4], ['优秀共产党员', 1]]);
    expect(groups[0].groups.map((g) => g.label)).toEqual(['企业党组织', '村党组织']);
    expect(groups[0].groups[1].entries.map((x) => x.displayName)).toEqual(['南塘村党支部', '露湖村党支部']);
  });

  test('Chinese ordinals for headings', () => {
    expect([1, 2, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '二', '十', '十二', '二十', '三十五']);
  });

  test('headings and tables: one heading level per title when there are several', () => {
    const blocks = nameListBlocks(report);
    expect(blocks.filter((b) => b.kind === 'heading1').map((b) => (b as { text: string }).text)).toEqual(['一、先进基层党组织（4个）', '二、优秀共产党员（1名）']);
    expect(blocks.filter((b) => b.kind === 'heading2').map((b) => (b as { text: string }).text)).toEqual(['（一）企业党组织（2个）', '（二）村党组织（2个）', '（一）个人（1名）']);
  });
});

describe('decision text', () => {
  test('names the organ, the titles and the first honouree of each group', () => {
    const d = decisionDefaults(report, office);
    expect(d.issuerMark).toBe('中共长汀县委员会文件');
    expect(d.title).toBe('中共长汀县委员会关于表彰2008年度村企党组织联建活动先进基层党组织和优秀共产党员的决定');
    expect(d.body).toContain(
      '县委决定：\n授予福建台慧体育器材有限公司党支部等2个企业党组织和南塘村党支部等2个村党组织“先进基层党组织”称号。\n授予张三同志“优秀共产党员”称号。\n',
    );
    expect(d.signature).toBe('中共长汀县委员会');
  });

  test('one sentence per title, in the order of the titles’ dictionary, whatever the round’s order', () => {
    const pairing = (name: string): HonourEntry => ({ kind: 'pairing', displayName: name, title: '优秀联建点', township: '河田镇', townshipOrder: 1 });
    const mixed: CommendationReport = {
      ...report,
      titles: ['优秀共产党员', '优秀联建点', '先进基层党组织'],
      titleOrder: ['先进基层党组织', '优秀联建点', '优秀党务工作者', '优秀共产党员'],
      entries: [...report.entries, pairing('长汀盼盼食品有限公司—河田镇露湖村'), pairing('福建台慧体育器材有限公司—大同镇东关村')],
    };
    const d = decisionDefaults(mixed, office);
    const sentences = d.body.split('\n').filter((p) => p.startsWith('授予'));
    expect(sentences.map((s) => /“(.+)”称号。$/.exec(s)?.[1])).toEqual(['先进基层党组织', '优秀联建点', '优秀共产党员']);
    // Each sentence names one title and only its own kinds: no pairing among the organizations.
    expect(sentences[0]).not.toContain('联建点');
    expect(sentences[1]).toBe('授予福建台慧体育器材有限公司—大同镇东关村等2个联建点“优秀联建点”称号。');
    expect(d.title).toBe('中共长汀县委员会关于表彰2008年度村企党组织联建活动先进基层党组织、优秀联建点和优秀共产党员的决定');
    expect(groupHonours(mixed).map((g) => g.title)).toEqual(['先进基层党组织', '优秀联建点', '优秀共产党员']);
    // With one title the award closes the first paragraph.
    const single = decisionDefaults({ ...report, titles: ['先进基层党组织'], entries: report.entries.filter((x) => x.kind !== 'person') }, office);
    expect(single.body.split('\n')[0]).toMatch(/县委决定，授予.+“先进基层党组织”称号。$/);
  });

  test('the office’s edits replace the generated parts; blank edits fall back', () => {
    const doc = decisionDocument(report, office, { title: '关于表彰的决定', body: '第一段\n\n第二段', addressee: '  ' });
    expect(doc.title).toBe('关于表彰的决定');
    expect(doc.body).toEqual([{ kind: 'paragraph', text: '第一段' }, { kind: 'paragraph', text: '第二段' }]);
    expect(doc.addressee).toBe('各乡镇党委，开发区党工委，县直各单位党组织');
    expect(doc.date).toBe('2008年12月3日');
    expect(doc.docNumber).toBe('汀委〔2008〕42号');
    expect(doc.attachments?.[0].title).toBe('2008年度先进基层党组织和优秀共产党员名单');
  });

  test('the issuing organ falls back to the county name', () => {
    expect(issuingOrgan({ ...office, issuerMark: '' })).toBe('中共长汀县委员会');
    expect(issuingOrgan({ ...office, issuerMark: '中共长汀县委员会文件' })).toBe('中共长汀县委员会');
  });

  test('the decision packs into a .docx naming every honouree', async () => {
    const bytes = await packOfficialDocument(decisionDocument(report, office));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const x of report.entries) expect(xml).toContain(x.displayName);
  });
});

describe('publicity notice', () => {
  test('refuses to be written without the period and the telephone', () => {
    expect(publicityDocument(report, office, undefined)).toEqual({ ok: false, error: '请先填写公示期（开始和结束日期）、受理电话' });
    expect(publicityDocument(report, office, { startDate: '2008-11-20', endDate: '2008-11-26' })).toEqual({ ok: false, error: '请先填写受理电话' });
  });

  test('states the period and the phone the office typed', () => {
    const r = publicityDocument(report, office, { startDate: '2008-11-20', endDate: '2008-11-26', phone: '0597-6822345', address: '县委组织部办公室' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = r.value.body.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('公示时间：2008年11月20日至26日。');
    expect(text).toContain('受理电话：0597-6822345');
    expect(text).toContain('“先进基层党组织”4个（企业党组织2个、村党组织2个）');
    expect(r.value.signature).toBe('中共长汀县委组织部');
    expect(r.value.issuerMark).toBeUndefined();
  });
});

test('the .xlsx list keeps the documents’ order and numbers the rows', () => {
  const t = nameListTable(report, '批准');
  expect(t.rows.map((r) => r[3])).toEqual(['福建台慧体育器材有限公司党支部', '长汀盼盼食品有限公司党支部', '南塘村党支部', '露湖村党支部', '张三']);
  expect(t.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
  expect(t.subtitle).toContain('汀委〔2008〕42号');
  // No one has a post or a deed here: those columns are left out, so the list prints portrait.
  expect(t.columns.map((c) => c.header)).toEqual(['序号', '荣誉称号', '类别', '名称', '所在乡镇']);
  const withPerson = nameListTable({ ...report, entries: report.entries.map((x) => (x.kind === 'person' ? { ...x, unitAndPost: '露湖村党支部书记' } : x)) }, '批准');
  expect(withPerson.columns.map((c) => c.header)).toEqual(['序号', '荣誉称号', '类别', '名称', '所在乡镇', '单位及职务']);
  expect(withPerson.rows.at(-1)).toEqual([5, '优秀共产党员', '个人', '张三', '河田镇', '露湖村党支部书记']);
});

describe('certificate layout', () => {
  test('fills placeholders', () => {
    const text = fillTemplate('{名称}：在{年度}年度被评为“{称号}”。{表彰单位} {日期} {文号}-{序号}', {
      name: '露湖村党支部', title: '先进基层党组织', year: 2008, issuer: '中共长汀县委员会', date: '2008-12-03', docNumber: '汀委〔2008〕42号', serial: 7,
    });
    expect(text).toBe('露湖村党支部：在2008年度被评为“先进基层党组织”。中共长汀县委员会 2008年12月3日 汀委〔2008〕42号-007');
  });

  test('default layouts fit every preset paper; broken layouts are refused', () => {
    for (const p of PAPER_PRESETS) expect(checkLayout(defaultLayout(p)).ok).toBe(true);
    const layout = defaultLayout();
    expect(checkLayout({ ...layout, fields: [{ ...layout.fields[0], xMm: 250, widthMm: 40 }] })).toMatchObject({ ok: false, error: '「获奖者」的宽度超出了纸张右边' });
    expect(checkLayout({ ...layout, fields: [{ ...layout.fields[0], fontPt: 200 }] }).ok).toBe(false);
  });
});
