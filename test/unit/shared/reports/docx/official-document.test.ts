import { beforeAll, describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { packOfficialDocument, REAL_FONT_NAMES } from '@shared/reports/docx';
import { ENTERPRISE_ORGS, sampleDecision, VILLAGE_ORGS } from './sample';
import { linesOf, renderDocx, type RenderedPdf } from './render';

/** Every XML part of the package except the theme (which has no runs). */
async function wordParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') && name.startsWith('word/')) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

const attr = (tag: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(tag)?.[1];

// A decision whose body runs to a second full page, so both page edges of a full page show.
const LONG_BODY = '各级党组织要把村企党组织联建活动作为加强基层组织建设的重要内容，加强领导和指导，确保这项活动持续提升实效，推动非公有制企业党建工作的路子越走越宽广。';
function longDecision() {
  const doc = sampleDecision();
  return { ...doc, body: [...doc.body, ...Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, text: LONG_BODY }))] };
}

describe('official document .docx (GB/T 9704-2012)', () => {
  let bytes: Uint8Array;
  let parts: Map<string, string>;

  beforeAll(async () => {
    bytes = await packOfficialDocument(longDecision());
    parts = await wordParts(bytes);
  });

  test('every run names real fonts in the East-Asian, ASCII and hAnsi slots, and nothing names a theme font', () => {
    let runs = 0;
    for (const [name, xml] of parts) {
      if (name.includes('theme/')) continue;
      expect(xml, `${name} refers to a theme font`).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
      for (const tag of xml.match(/<w:rFonts[^>]*>/g) ?? []) {
        for (const slot of ['ascii', 'hAnsi', 'eastAsia']) {
          expect(REAL_FONT_NAMES, `${name}: ${tag}`).toContain(attr(tag, slot));
        }
      }
      // Every run with text carries its own fonts.
      for (const r of xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []) {
        if (!/<w:(t|fldChar|instrText)\b/.test(r)) continue;
        runs++;
        expect(r, `${name}: a run without w:eastAsia`).toMatch(/<w:rFonts[^>]*w:eastAsia="[^"]+"/);
      }
    }
    expect(runs).toBeGreaterThan(50);
  });

  test('the font table names only real fonts, each with a real fallback', () => {
    const table = parts.get('word/fontTable.xml')!;
    const names = [...table.matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1]);
    const fallbacks = [...table.matchAll(/<w:altName w:val="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['方正小标宋简体', '仿宋_GB2312', '黑体', '宋体']));
    expect(fallbacks).toEqual(expect.arrayContaining(['宋体', '仿宋']));
    for (const n of [...names, ...fallbacks]) expect(REAL_FONT_NAMES).toContain(n);
  });

  test('the theme names the document fonts for Chinese text', () => {
    const theme = parts.get('word/theme/theme1.xml')!;
    for (const kind of ['majorFont', 'minorFont']) {
      const block = new RegExp(`<a:${kind}>([\\s\\S]*?)</a:${kind}>`).exec(theme)![1];
      const latin = /<a:latin typeface="([^"]*)"/.exec(block)![1];
      const ea = /<a:ea typeface="([^"]*)"/.exec(block)![1];
      const hans = /<a:font script="Hans" typeface="([^"]*)"/.exec(block)![1];
      for (const f of [latin, ea, hans]) expect(REAL_FONT_NAMES).toContain(f);
    }
  });

  test('A4 with the GB/T 9704 margins, and page numbers in footers for odd and even pages', () => {
    const doc = parts.get('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar[^>]*>/.exec(doc)![0];
    // 37 / 35 / 28 / 26 mm in twips
    expect([attr(margin, 'top'), attr(margin, 'bottom'), attr(margin, 'left'), attr(margin, 'right')]).toEqual(['2098', '1984', '1587', '1474']);
    expect(doc).toMatch(/<w:docGrid w:linePitch="579"/);
    expect(doc).toMatch(/<w:footerReference w:type="default"/);
    expect(doc).toMatch(/<w:footerReference w:type="even"/);
    expect(parts.get('word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const footers = [...parts].filter(([n]) => /word\/footer\d+\.xml/.test(n)).map(([, x]) => x);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('— ');
    }
  });

  test('text outside the XML character range is dropped, not written', async () => {
    const doc = sampleDecision();
    const withControl = { ...doc, body: [{ kind: 'paragraph' as const, text: '河田镇\u0000露湖村\u001f党支部' }] };
    const xml = (await wordParts(await packOfficialDocument(withControl))).get('word/document.xml')!;
    expect(xml).toContain('河田镇露湖村党支部');
  });

  describe('rendered by LibreOffice', () => {
    let pdf: RenderedPdf;
    beforeAll(async () => {
      pdf = await renderDocx(bytes);
    }, 180_000);

    const mmTol = 1;
    const bodyWords = () => pdf.words.filter((w) => w.yMax < 297 - 35 + 1);

    test('opens without warnings, A4 portrait', () => {
      expect(pdf.converterStderr).toBe('');
      expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
      expect(pdf.pageSizeMm.height).toBeCloseTo(297, 0);
      expect(pdf.pages).toBeGreaterThanOrEqual(4);
    });

    test('text starts at the left margin (28 mm) and justified lines end at the right margin (26 mm)', () => {
      const words = bodyWords();
      expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThan(28 - mmTol);
      expect(Math.min(...words.map((w) => w.xMin))).toBeLessThan(28 + mmTol);
      expect(Math.max(...words.map((w) => w.xMax))).toBeGreaterThan(210 - 26 - mmTol);
      expect(Math.max(...words.map((w) => w.xMax))).toBeLessThan(210 - 26 + mmTol);
    });

    test('a full page holds 22 lines from the top margin (37 mm) to the bottom margin (35 mm), 28 characters a line', () => {
      // Page 2 is all body text. With exact line spacing a line's text box ends at the
      // bottom of its line, so the first line's box ends one pitch below the top margin.
      const lines = linesOf(bodyWords(), 2);
      expect(lines).toHaveLength(22);
      const pitch = (lines[21][0].yMax - lines[0][0].yMax) / 21;
      expect(pitch).toBeCloseTo(225 / 22, 1);
      expect(Math.abs(lines[0][0].yMax - pitch - 37)).toBeLessThan(mmTol);
      expect(Math.abs(lines[21][0].yMax - (297 - 35))).toBeLessThan(mmTol);
      const full = lines.map((l) => l.map((w) => w.text).join('')).filter((t) => /^[\u4e00-\u9fff，、。“”]+$/.test(t));
      expect(full.some((t) => [...t].length === 28)).toBe(true);
    });

    test('page numbers 「— n —」 7 mm below the type area, odd pages right and even pages left', () => {
      for (let page = 1; page <= pdf.pages; page++) {
        const footer = pdf.words.filter((w) => w.page === page && w.yMin > 297 - 35 + 5);
        expect(footer.map((w) => w.text).join(' ')).toBe(`— ${page} —`);
        expect(Math.abs(footer[0].yMin - (297 - 35 + 7))).toBeLessThan(1.5);
        if (page % 2) expect(footer.at(-1)!.xMax).toBeGreaterThan(170);
        else expect(footer[0].xMin).toBeLessThan(40);
      }
    });

    test('every honouree is named', () => {
      const text = pdf.text.replace(/\s+/g, '');
      for (const name of [...ENTERPRISE_ORGS, ...VILLAGE_ORGS]) expect(text).toContain(name);
      expect(text).toContain('汀委〔2008〕42号');
      expect(text).toContain('2008年12月3日');
    });
  });
});
