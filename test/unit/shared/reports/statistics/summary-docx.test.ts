import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { buildSummaryDocx, summaryTitle } from '@shared/reports/statistics/summary-docx';
import { renderDocx } from '../docx/render';
import { seedInput } from './seed-input';

describe('the work-summary figures as an official document', () => {
  it('holds the title and the figures paragraph, and prints on A4 with the article’s figures', async () => {
    const text = buildSummaryParagraph(computeCountyFigures(seedInput(), { fromYear: 2006, toYear: 2008 }), { committeeNames: { 市委: '龙岩市委' } });
    const bytes = await buildSummaryDocx({ title: summaryTitle('长汀县', 2006, 2008), text, signature: '中共长汀县委组织部', date: '2008年12月3日' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    // The title in two lines, broken between words (never 「…联建工作 / 情况」).
    expect(xml).toContain('长汀县2006—2008年</w:t>');
    expect(xml).toContain('>村企党组织联建工作情况</w:t>');
    const plain = xml.replace(/<[^>]+>/g, '');
    expect(plain).toContain('全县非公有制企业发展到727家，安排就业人员4万多人');
    const pdf = await renderDocx(bytes);
    expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
    const printed = pdf.text.replace(/\s+/g, '');
    for (const figure of ['727家', '4万多人', '5100多名', '600多万元', '85名党员', '2.6万亩', '234人']) expect(printed).toContain(figure);
  }, 120_000);

  it('splits edited text into paragraphs at line breaks', async () => {
    const bytes = await buildSummaryDocx({ title: 'T', text: '第一段。\n\n第二段。\n第三段。' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const p of ['第一段。', '第二段。', '第三段。']) expect(xml).toContain(p);
  });
});
