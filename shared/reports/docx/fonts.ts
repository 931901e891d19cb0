// The fonts of an official document (GB/T 9704-2012) and how the .docx names them.
//
// Every run names its font in all four slots (ascii, hAnsi, eastAsia, cs): Word picks the
// East-Asian slot for Chinese characters, and a run without `w:eastAsia` falls back to the
// theme's font, which makes WPS warn about missing fonts. The fallback a county PC needs
// (仿宋_GB2312 exists only on older Windows; 方正小标宋简体 only where the office installed
// it) is expressed the way Word itself writes it: `w:altName` in word/fontTable.xml, which
// Word and WPS use to substitute a missing font. Both the font and its fallback are real,
// commonly installed fonts; the theme is set to the same fonts so nothing names Calibri/等线.
import type { IFontAttributesProperties } from 'docx';

export type OfficialFont = {
  name: string;
  /** The font Word/WPS use when `name` is not installed (w:altName). */
  fallback: string;
  panose: string;
  family: 'roman' | 'modern' | 'script' | 'auto';
  pitch: 'fixed' | 'variable';
};

const font = (name: string, fallback: string, panose: string, family: OfficialFont['family'] = 'modern', pitch: OfficialFont['pitch'] = 'fixed'): OfficialFont => ({
  name,
  fallback,
  panose,
  family,
  pitch,
});

/** The fonts GB/T 9704-2012 names, each with its fallback. */
export const FONTS = {
  /** 标题, 发文机关标志 */
  title: font('方正小标宋简体', '宋体', '02000000000000000000', 'script', 'variable'),
  /** 正文, 发文字号, 署名, 成文日期 */
  body: font('仿宋_GB2312', '仿宋', '02010609030101010101'),
  /** 一级标题「一、」, 附件标识 */
  heading1: font('黑体', 'SimHei', '02010609060101010101'),
  /** 二级标题「（一）」 */
  heading2: font('楷体_GB2312', '楷体', '02010609030101010101'),
  /** 页码 (4号半角宋体阿拉伯数字) */
  pageNumber: font('宋体', 'SimSun', '02010600030101010101'),
} as const satisfies Record<string, OfficialFont>;

export type FontRole = keyof typeof FONTS;

/** Every font name a document built here may contain (fonts and their fallbacks). */
export const REAL_FONT_NAMES: readonly string[] = [...new Set(Object.values(FONTS).flatMap((f) => [f.name, f.fallback]))];

/** `w:rFonts` naming one font in every slot, so no character range falls back to the theme. */
export function runFonts(role: FontRole): IFontAttributesProperties {
  const name = FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fontEntry(f: OfficialFont): string {
  return (
    `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.fallback)}"/>` +
    `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
  );
}

/** word/fontTable.xml naming exactly the fonts above (charset 86 = GB2312) with their fallbacks. */
export function fontTableXml(): string {
  const entries = Object.values(FONTS)
    .filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i)
    .map(fontEntry)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${entries}</w:fonts>`;
}

const rFontsXml = (role: FontRole) => {
  const n = escapeXml(FONTS[role].name);
  return `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}"/>`;
};

/**
 * word/styles.xml: the document defaults and the Normal style carry the body text's font,
 * 3号 size, its condensing (28 characters a line), the exact 28.95 pt line and justification,
 * so the runs and paragraphs of long lists need not repeat them (and text typed later in Word
 * or WPS looks the same). No extra space between Chinese and Latin text or numbers (autoSpace
 * off): lines then hold exactly 28 characters, and every word processor breaks them alike. Only the styles the package refers to are defined, none with a
 * theme font.
 */
export function stylesXml(lineTwips: number, sizeHalfPoints: number, characterSpacing: number): string {
  const rPr = `<w:rPr>${rFontsXml('body')}<w:spacing w:val="${characterSpacing}"/><w:kern w:val="2"/><w:sz w:val="${sizeHalfPoints}"/><w:szCs w:val="${sizeHalfPoints}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>`;
  const pPr = `<w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${lineTwips}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault>${rPr}</w:rPrDefault><w:pPrDefault>${pPr}</w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${pPr}${rPr}</w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

/** The theme's heading and body fonts, set to the document's own so the theme names no other CJK font. */
export const THEME_FONTS = {
  headings: { latin: FONTS.title.name, eastAsia: FONTS.title.name, scripts: { Hans: FONTS.title.name, Hant: FONTS.title.name } },
  body: { latin: FONTS.body.name, eastAsia: FONTS.body.name, scripts: { Hans: FONTS.body.name, Hant: FONTS.body.name } },
};
