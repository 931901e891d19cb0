// The parts of an official document (GB/T 9704-2012 §7) as docx paragraphs and tables.
// Every run goes through `run()`, which names the font in every slot; every line is set to
// the grid's exact line pitch unless the standard asks for a taller line.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IBorderOptions, type ParagraphChild } from 'docx';
import { stripControlChars } from '../../model/normalize';
import { runFonts, type FontRole } from './fonts';
import { TABLE_MARK, tableXml } from './table-xml';
import { CHAR_PITCH, COMPACT_HEADING_PITCH, LINE_PITCH, mm, SIZE, textWidthInChars, TYPE_AREA } from './page';
import { breakTitle } from '../title-lines';

export type DocTableColumn = {
  header: string;
  /** Relative width (e.g. in characters); columns share the type area's width in proportion. */
  width: number;
  align?: 'left' | 'center';
};

export type DocTable = {
  columns: DocTableColumn[];
  rows: string[][];
  /** A record card's table: 小四 in 16 pt lines (see table-xml.ts). */
  compact?: boolean;
  /** Without a header row (label–value tables). */
  header?: boolean;
};

/** A piece of body text: a paragraph, a level-1/level-2 heading, a centred or right-aligned note, or a table. */
export type DocBlock =
  | { kind: 'paragraph'; text: string }
  /** `compact`: a record card's heading, in a 24 pt line instead of the 28.95 pt grid line. */
  | { kind: 'heading1'; text: string; compact?: boolean }
  | { kind: 'heading2'; text: string }
  | { kind: 'centered'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'table'; table: DocTable };

type RunStyle = { role: FontRole; size: number; color?: string; bold?: boolean };

const clean = (text: string) => stripControlChars(text).replace(/[\r\n\t]+/g, ' ').replaceAll(TABLE_MARK, '');

/**
 * A run naming its fonts. 3号 text takes its size and condensing from the document defaults
 * (styles.xml), so the many runs of a long name list stay small; other sizes are explicit
 * and not condensed.
 */
export function run(text: string, style: RunStyle): TextRun {
  const body = style.size === SIZE.sanhao;
  return new TextRun({
    text: clean(text),
    font: runFonts(style.role),
    size: body ? undefined : style.size,
    sizeComplexScript: body ? undefined : style.size,
    characterSpacing: body ? undefined : 0,
    color: style.color,
    bold: style.bold,
  });
}

/** Paragraph-mark properties where they differ from the defaults (3号 仿宋). */
const markRun = (style: RunStyle) =>
  style.role === 'body' && style.size === SIZE.sanhao ? undefined : { font: runFonts(style.role), size: style.size, sizeComplexScript: style.size };

const BODY: RunStyle = { role: 'body', size: SIZE.sanhao };
const exactLine = (pitch = LINE_PITCH) => ({ line: pitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const chars = (n: number) => Math.round(n * CHAR_PITCH);

type LineOptions = {
  style?: RunStyle;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  firstLineChars?: number;
  leftChars?: number;
  rightChars?: number;
  hangingChars?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** An exact line height (twips) other than the grid's. */
  pitch?: number;
  children?: ParagraphChild[];
};

/** A line of the type area; spacing (exact 579 twips) and justification come from the defaults. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  const style = options.style ?? BODY;
  const indented = options.firstLineChars || options.hangingChars || options.leftChars || options.rightChars;
  return new Paragraph({
    children: options.children ?? (text ? [run(text, style)] : []),
    alignment: options.align,
    spacing: options.pitch ? exactLine(options.pitch) : undefined,
    indent: indented
      ? {
          firstLine: options.firstLineChars ? chars(options.firstLineChars) : undefined,
          hanging: options.hangingChars ? chars(options.hangingChars) : undefined,
          left: options.leftChars ? chars(options.leftChars) : undefined,
          right: options.rightChars ? chars(options.rightChars) : undefined,
        }
      : undefined,
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    run: markRun(style),
  });
}

export const emptyLine = (): Paragraph => line('');

/**
 * An empty paragraph next to nothing in height (Word's least exact line, 0.7 pt): what a
 * document must end with after a table, and what carries a section's end, without ever
 * making a page of its own (22 lines of 579 twips leave 18 twips of the type area free).
 */
export const hairline = (options: { pageBreakBefore?: boolean } = {}): Paragraph =>
  new Paragraph({ spacing: { line: 14, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, pageBreakBefore: options.pageBreakBefore });

/**
 * 发文机关标志: red 方正小标宋, centred, its top about 35 mm below the type area's top
 * (§7.2.2). The size is 初号 unless the mark is too long for one line. The paragraph is five
 * grid lines tall in all (space before + a two-line-high exact line, the glyph sitting at its
 * foot), so every line after it stays on the 22-line grid.
 */
export function issuerMark(text: string): Paragraph {
  const widthPt = TYPE_AREA.width / 20;
  const size = Math.min(SIZE.chuhao, Math.floor((widthPt / Math.max(1, textWidthInChars(text))) * 2));
  const height = 2 * LINE_PITCH;
  return new Paragraph({
    children: [run(text, { role: 'title', size, color: 'FF0000' })],
    alignment: AlignmentType.CENTER,
    spacing: { before: 5 * LINE_PITCH - height, after: 0, line: height, lineRule: LineRuleType.EXACT },
    run: markRun({ role: 'title', size }),
  });
}

/** Space between 发文字号 and the red rule (4 mm) and the rule's width, in twips. */
const RULE_SPACE_PT = 11;
const RULE_SIZE_EIGHTHS = 12;
const RULE_HEIGHT = RULE_SPACE_PT * 20 + (RULE_SIZE_EIGHTHS / 8) * 20;

/**
 * 发文字号: two blank lines below the issuer mark, centred; the red rule (版头分隔线) 4 mm
 * below it as the paragraph's bottom border, as wide as the type area (§7.2.3, §7.2.5).
 * The blank line after it is shortened by the rule's height to stay on the grid.
 */
export function docNumberLine(text: string): Paragraph[] {
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: RULE_SIZE_EIGHTHS, color: 'FF0000', space: RULE_SPACE_PT };
  return [
    emptyLine(),
    emptyLine(),
    new Paragraph({
      children: [run(text, BODY)],
      alignment: AlignmentType.CENTER,
      border: { bottom: rule },
    }),
    new Paragraph({ spacing: exactLine(LINE_PITCH - RULE_HEIGHT) }),
  ];
}

/**
 * 标题: 2号 方正小标宋, centred; broken into lines at word boundaries, never inside a term
 * (title-lines.ts), or where the user marked the breaks (§7.3.1).
 */
export function titleLines(title: string, terms?: readonly string[]): Paragraph[] {
  const style: RunStyle = { role: 'title', size: SIZE.erhao };
  return breakTitle(title, { terms }).map((t) => line(t, { style, align: AlignmentType.CENTER, keepNext: true }));
}

/** 主送机关: flush left, ending in a full-width colon (§7.3.2). */
export function addresseeLine(text: string): Paragraph {
  const t = text.replace(/[:：]\s*$/, '');
  return line(`${t}：`, { align: AlignmentType.LEFT });
}

const HEADING1: RunStyle = { role: 'heading1', size: SIZE.sanhao };
const HEADING2: RunStyle = { role: 'heading2', size: SIZE.sanhao };

/** Body blocks: paragraphs and headings indented two characters, tables across the type area. */
export function bodyBlocks(blocks: readonly DocBlock[], sink: TableSink): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    switch (b.kind) {
      case 'paragraph':
        return b.text.split('\n').map((t) => line(t.trim(), { firstLineChars: 2 }));
      case 'heading1':
        return [line(b.text, { style: HEADING1, firstLineChars: 2, keepNext: true, pitch: b.compact ? COMPACT_HEADING_PITCH : undefined })];
      case 'heading2':
        return [line(b.text, { style: HEADING2, firstLineChars: 2, keepNext: true })];
      case 'centered':
        return [line(b.text, { align: AlignmentType.CENTER, keepNext: true })];
      case 'right':
        return [line(b.text, { align: AlignmentType.RIGHT, rightChars: 2 })];
      case 'table':
        return [nameTable(b.table, sink)];
    }
  });
}

const CELL_MARGIN = mm(1.5);

/** Collects the XML of the document's tables; each stands in the body as a placeholder paragraph. */
export type TableSink = string[];

/**
 * A name list: header row in 黑体 repeated on every page, cells in 仿宋, as wide as the type
 * area. Written as XML (table-xml.ts) and put in place of the placeholder after packing.
 */
export function nameTable(table: DocTable, sink: TableSink): Paragraph {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((c.width / total) * TYPE_AREA.width));
  sink.push(tableXml(table.columns, widths, table.rows, CELL_MARGIN, { compact: table.compact, header: table.header }));
  return new Paragraph({ children: [new TextRun(`${TABLE_MARK}${sink.length - 1}${TABLE_MARK}`)] });
}

/**
 * 附件说明: one blank line below the body, two characters in, 「附件：」 then the names;
 * several attachments are numbered 「1.」「2.」 and aligned under the first (§7.3.4).
 */
export function attachmentNote(titles: readonly string[]): Paragraph[] {
  if (titles.length === 0) return [];
  // A name too long for one line continues under its first character.
  if (titles.length === 1) return [emptyLine(), line(`附件：${titles[0]}`, { leftChars: 5, hangingChars: 3, align: AlignmentType.LEFT })];
  return [
    emptyLine(),
    ...titles.map((t, i) =>
      i === 0
        ? line(`附件：1.${t}`, { leftChars: 5, hangingChars: 3, align: AlignmentType.LEFT })
        : line(`${i + 1}.${t}`, { leftChars: 5, align: AlignmentType.LEFT }),
    ),
  ];
}

/**
 * 发文机关署名 and 成文日期 (§7.3.5.1): the date four characters from the right, the
 * signature centred over the date; a longer signature moves the date to two characters from
 * the right and keeps the signature centred over it. Two blank lines above leave room for the seal.
 */
export function signatureBlock(signature: string | undefined, date: string | undefined): Paragraph[] {
  if (!signature && !date) return [];
  const dateWidth = date ? textWidthInChars(date) : 0;
  const sigWidth = signature ? textWidthInChars(signature) : 0;
  const dateRight = sigWidth > dateWidth + 4 ? 2 : 4;
  const centre = dateRight + dateWidth / 2;
  const sigRight = Math.max(2, centre - sigWidth / 2);
  const out = [emptyLine(), emptyLine()];
  if (signature) out.push(line(signature, { align: AlignmentType.RIGHT, rightChars: date ? sigRight : 4, keepNext: true }));
  if (date) out.push(line(date, { align: AlignmentType.RIGHT, rightChars: signature ? Math.max(2, centre - dateWidth / 2) : 4 }));
  return out;
}

/** 附件 page: 「附件」 (or 「附件2」) in 黑体 on the first line, the title centred on the third (§8). */
export function attachmentPage(label: string, title: string, blocks: readonly DocBlock[], sink: TableSink, terms?: readonly string[]): Paragraph[] {
  return [
    line(label, { style: HEADING1, align: AlignmentType.LEFT, pageBreakBefore: true }),
    emptyLine(),
    ...titleLines(title, terms),
    emptyLine(),
    ...bodyBlocks(blocks, sink),
  ];
}
