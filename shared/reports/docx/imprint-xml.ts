// The 版记 as WordprocessingML: a table of its lines (rules as the table's borders: thick above
// and below, thin between) inside a text box anchored to the foot of the type area, so its last
// rule lies on the type area's bottom edge (§7.4.1) whatever the text above it. Word, WPS and
// LibreOffice all place such a box by the page, not by the text; a frame (w:framePr) or a
// floating table would be simpler, but LibreOffice ignores their bottom alignment.
import { FONTS } from './fonts';
import { LINE_PITCH, TYPE_AREA } from './page';
import { copyToLines, type ImprintText } from '../imprint';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 4号: 14 pt, in half-points and as one character's width in twips. */
const SIZE = 28;
const CHAR = 280;
const THICK = 'w:val="single" w:sz="8" w:space="0" w:color="000000"';
const THIN = 'w:val="single" w:sz="6" w:space="0" w:color="000000"';
const EMU_PER_TWIP = 635;

const run = (text: string) => {
  const f = escape(FONTS.body.name);
  return `<w:r><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/><w:spacing w:val="0"/><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
};

const para = (text: string, pPr: string) => `<w:p><w:pPr>${pPr}<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/></w:pPr>${run(text)}</w:p>`;

const cell = (width: number, content: string, span = 1) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;

const row = (lines: number, cells: string) => `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${lines * LINE_PITCH}" w:hRule="exact"/></w:trPr>${cells}</w:tr>`;

/** The 版记's table: 抄送 (if any) over 印发机关 and 印发日期. */
export function imprintTableXml(text: ImprintText): string {
  const width = TYPE_AREA.width;
  const half = Math.floor(width / 2);
  const rows: string[] = [];
  if (text.copyTo) {
    // 「抄送：」 hangs: a second line starts under the first organ.
    rows.push(row(copyToLines(text.copyTo), cell(width, para(text.copyTo, `<w:ind w:left="${4 * CHAR}" w:right="${CHAR}" w:hanging="${3 * CHAR}"/><w:jc w:val="left"/>`), 2)));
  }
  rows.push(
    row(1, cell(half, para(text.printingOrg, `<w:ind w:left="${CHAR}"/><w:jc w:val="left"/>`)) + cell(width - half, para(text.printDate, `<w:ind w:right="${CHAR}"/><w:jc w:val="right"/>`))),
  );
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders><w:top ${THICK}/><w:left w:val="nil"/><w:bottom ${THICK}/><w:right w:val="nil"/><w:insideH ${THIN}/><w:insideV w:val="nil"/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${width - half}"/></w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

/** Height of the 版记 in twips: its lines, and a little for the rules. */
export const imprintHeight = (lines: number): number => lines * LINE_PITCH + 40;

/**
 * The paragraph that carries the 版记: an empty, near-zero-height line holding the text box,
 * which stands at the foot of the type area of the page this paragraph is on.
 */
export function imprintParagraphXml(text: ImprintText, lines: number, options: { pageBreakBefore?: boolean } = {}): string {
  const cx = TYPE_AREA.width * EMU_PER_TWIP;
  const cy = imprintHeight(lines) * EMU_PER_TWIP;
  const box =
    `<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="9704" name="版记"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${imprintTableXml(text)}<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="14" w:lineRule="exact"/></w:pPr></w:p></w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  return `<w:p><w:pPr>${options.pageBreakBefore ? '<w:pageBreakBefore/>' : ''}<w:spacing w:before="0" w:after="0" w:line="14" w:lineRule="exact"/></w:pPr><w:r>${box}</w:r></w:p>`;
}
