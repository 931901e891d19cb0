// Page geometry of GB/T 9704-2012 in Word units (twips = 1/20 pt; sizes in half-points).
//
// A4 (210 × 297 mm), margins top 37 / bottom 35 / left 28 / right 26 mm, so the type area
// (版心) is 156 × 225 mm and holds 22 lines of 28 characters of 3号 (16 pt) text:
//   line pitch = 225 mm / 22 = 28.95 pt = 579 twips: every line is set to exactly this
//     (lineRule="exact"); the section records it as `w:docGrid w:linePitch="579"` without
//     turning the grid on, because a grid makes LibreOffice round every line (and any space a
//     border adds) up to whole grid lines, and WPS/Word/LibreOffice would then disagree;
//   character pitch = 156 mm / 28 = 15.79 pt, 0.21 pt narrower than 16 pt: every 3号 run is
//     condensed by 0.25 pt (`w:spacing w:val="-5"`), so 28 characters fill a line.
// Why not Word's character grid (type="linesAndChars", charSpace −842)? LibreOffice sets any
// character wider than a grid cell in two cells, so a 16 pt character in a 15.79 pt cell
// doubles the spacing and a line holds 14 characters. Condensed runs give 28 everywhere.
const TWIPS_PER_MM = 1440 / 25.4;

export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

export const TYPE_AREA = {
  width: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  height: PAGE.height - PAGE.margin.top - PAGE.margin.bottom,
};

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Line pitch in twips (579). */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);

/** A record card's section heading (3号 黑体) in a 24 pt line, closer to its table than the grid's. */
export const COMPACT_HEADING_PITCH = 480;

/** Character pitch in twips (one 「字」 of the body text, ≈ 316). */
export const CHAR_PITCH = TYPE_AREA.width / CHARS_PER_LINE;

/** 字号 in half-points, as w:sz wants them. */
export const SIZE = {
  /** 初号 42 pt */
  chuhao: 84,
  /** 2号 22 pt */
  erhao: 44,
  /** 3号 16 pt */
  sanhao: 32,
  /** 4号 14 pt */
  sihao: 28,
} as const;

/** The section's line pitch (22 lines a page); no snapping grid, see above. */
export const DOC_GRID = { linePitch: LINE_PITCH };

/** Condensing of 3号 runs in twips, so that 28 characters fit the 156 mm line. */
export const BODY_CHARACTER_SPACING = -5;

/**
 * Footer distance from the page's bottom edge. GB/T 9704 §7.5 puts the page number's 一字线
 * 7 mm below the type area; the footer line (4号, exact 16 pt) therefore ends 7 mm + one line
 * below the type area's bottom edge.
 */
export const FOOTER_DISTANCE = PAGE.margin.bottom - mm(7) - 16 * 20;

/** Width of `text` in body characters (CJK and full-width = 1, ASCII = ½), for centring the signature. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return width;
}
