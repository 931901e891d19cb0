// The fixed style sheet of xlsx-stream.ts: a handful of cell formats (title, subtitle,
// header, note, and body cells by kind, plain or bold for totals), all in 宋体 as Chinese
// office spreadsheets are, with thin borders around the table. The number formats are those
// xlsx-table.ts's cellValue asks for.
import type { TableColumnKind } from './xlsx-table';

const FONT = '<name val="宋体"/><family val="3"/><charset val="134"/>';
const BORDER = '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';

// Body variants in order; each exists plain and bold (totals row).
const VARIANTS = [
  { numFmtId: 0, align: '<alignment vertical="center" wrapText="1"/>' }, // text
  { numFmtId: 49, align: '<alignment vertical="center" wrapText="1"/>' }, // text that looks like a formula: '@'
  { numFmtId: 1, align: '<alignment vertical="center"/>' }, // integer '0'
  { numFmtId: 0, align: '<alignment vertical="center"/>' }, // number, general
  { numFmtId: 2, align: '<alignment vertical="center"/>' }, // money '0.00'
  { numFmtId: 164, align: '<alignment horizontal="center" vertical="center"/>' }, // date
] as const;
const BODY_BASE = 5;

const xf = (numFmtId: number, fontId: number, fillId: number, borderId: number, alignment: string) =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`;

const cellXfs = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  xf(0, 2, 0, 0, '<alignment horizontal="center" vertical="center"/>'),
  xf(0, 3, 0, 0, '<alignment horizontal="left" vertical="center"/>'),
  xf(0, 1, 2, 1, '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
  xf(0, 3, 0, 0, '<alignment horizontal="left" vertical="top" wrapText="1"/>'),
  ...VARIANTS.map((v) => xf(v.numFmtId, 0, 0, 1, v.align)),
  ...VARIANTS.map((v) => xf(v.numFmtId, 1, 0, 1, v.align)),
];

export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  `<fonts count="4"><font><sz val="11"/>${FONT}</font><font><b/><sz val="11"/>${FONT}</font><font><b/><sz val="16"/>${FONT}</font><font><sz val="10"/><color rgb="FF595959"/>${FONT}</font></fonts>` +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${BORDER}</border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${cellXfs.length}">${cellXfs.join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export type StyleRole = TableColumnKind | 'title' | 'subtitle' | 'header' | 'note';

const FIXED: Partial<Record<StyleRole, number>> = { title: 1, subtitle: 2, header: 3, note: 4 };
const BY_FORMAT: Record<string, number> = { '@': 1, '0': 2, '0.00': 4, 'yyyy-mm-dd': 5 };
const BY_KIND: Record<TableColumnKind, number> = { text: 0, boolean: 0, integer: 2, number: 3, money: 4, date: 5 };

/** The cellXfs index for a cell of this role, bold or not, with the number format cellValue chose. */
export function styleIndex(role: StyleRole, bold: boolean, numFmt: string | null): number {
  const fixed = FIXED[role];
  if (fixed !== undefined) return fixed;
  const variant = numFmt !== null && numFmt in BY_FORMAT ? BY_FORMAT[numFmt] : BY_KIND[role as TableColumnKind];
  return BODY_BASE + variant + (bold ? VARIANTS.length : 0);
}
