// Name-list tables written as WordprocessingML text. A 500-name list is 1,500 cells, each
// with its own run, fonts, width and alignment; built as `docx` objects it packed three times
// slower than the bare library packing the same table (PERFORMANCE.md asks ≤ 1.3×), the time
// going into docx's per-element objects and garbage. The table is the same XML Word writes:
// fixed layout over the type area, single borders, header row repeated on each page, rows
// that do not split, every run naming its fonts in all four slots.
import { stripControlChars } from '../../model/normalize';
import { FONTS, type FontRole } from './fonts';

export type XmlTableColumn = { header: string; width: number; align?: 'left' | 'center' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Private-use marker around a table's index in its placeholder paragraph; stripped from user text. */
export const TABLE_MARK = '\uE000';

const fontsXml = (role: FontRole) => {
  const n = escape(FONTS[role].name);
  return `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}"/>`;
};

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * Text size of a compact table (a record card's): 小四, 12 pt in exact 16 pt lines. 4号 in
 * 18 pt lines ran a typical pairing's card onto a third page once it listed its liaisons;
 * 小四 keeps two A4 pages with room for a longer history, and names and terms on one line.
 */
export const COMPACT = { size: 24, line: 320, charTwips: 240 } as const;

export type TableStyle = {
  /** 小四 in 16 pt lines instead of the body's 3号 on the grid. */
  compact?: boolean;
  /** A header row (repeated on each page); false for label–value tables. */
  header?: boolean;
};

/**
 * A table as wide as `widths` add up to. Cell text is 3号 (the document default size), or 小四
 * when compact; the header row is in 黑体, the rest in 仿宋. `cellMargin` is in twips.
 */
export function tableXml(columns: readonly XmlTableColumn[], widths: readonly number[], rows: readonly (readonly string[])[], cellMargin: number, style: TableStyle = {}): string {
  const body = fontsXml('body');
  const head = fontsXml('heading1');
  const size = style.compact ? `<w:spacing w:val="0"/><w:sz w:val="${COMPACT.size}"/><w:szCs w:val="${COMPACT.size}"/>` : '';
  const spacing = style.compact ? `<w:spacing w:before="0" w:after="0" w:line="${COMPACT.line}" w:lineRule="exact"/>` : '';
  const cells = (texts: readonly string[], fonts: string) =>
    columns
      .map((c, i) => {
        const text = stripControlChars(texts[i] ?? '').replace(/[\r\n\t]+/g, ' ').replaceAll(TABLE_MARK, '');
        const jc = `<w:pPr>${spacing}<w:jc w:val="${c.align === 'center' || fonts === head ? 'center' : 'left'}"/></w:pPr>`;
        const run = text ? `<w:r><w:rPr>${fonts}${size}</w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>` : '';
        return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p>${jc}${run}</w:p></w:tc>`;
      })
      .join('');
  const total = widths.reduce((s, w) => s + w, 0);
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${cellMargin}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${cellMargin}" w:type="dxa"/></w:tblCellMar>`,
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    style.header === false
      ? ''
      : `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells(
          columns.map((c) => c.header),
          head,
        )}</w:tr>`,
  ];
  for (const r of rows) parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells(r, body)}</w:tr>`);
  parts.push('</w:tbl>');
  return parts.join('');
}
