// Where an official document's text ends: the page and how much of it is used. GB/T 9704 puts
// the 版记 at the foot of the document's last even page, and no word processor can be asked to
// do that, so the builder lays the document out itself to choose: the foot of the page the
// text ends on (an even page with room), the next page (the text ends on an odd page), or a
// blank page and then the next (an even page without room; neither carries a page number).
//
// The layout is the one the builder writes (blocks.ts): every line exactly one grid line of
// 579 twips, 28 characters of 3号 a line, tables whose rows are whole lines plus a border,
// headings kept with what follows, 附件 on a page of their own. Line breaking follows the
// Chinese rules word processors apply (no closing punctuation at a line's start — it hangs in
// the margin instead — no opening punctuation at a line's end, Latin words and numbers kept
// whole). Word, WPS and LibreOffice agree on it but for rare lines; if the estimate is off by a
// line, the 版记 still sits at the foot of a page (it is anchored to the page, not to the text).
//
// No `docx` import here: the print view measures with the same code.
import type { DocBlock, DocTable } from './blocks';
import type { OfficialDocument } from './official-document';
import { CHARS_PER_LINE, COMPACT_HEADING_PITCH, LINE_PITCH, mm, TYPE_AREA } from './page';
import { COMPACT } from './table-xml';
import { breakTitle } from '../title-lines';
import { imprintLines, imprintText, type Imprint } from '../imprint';

const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…%％·');
const NO_LINE_END = new Set('（《「『【〔〈“‘');

type Token = { text: string; width: number };

/** Latin words and numbers stay whole; every other character may end a line. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\u0021-\u007e]+|\s|[^\s\u0021-\u007e]/gu)) {
    const t = m[0];
    // A Latin word or number: half-width glyphs (a little wider in the fonts LibreOffice falls
    // back on) and the quarter-em gap on either side that LibreOffice and WPS put between
    // Chinese and Latin text even with autospace off.
    out.push({ text: t, width: /^\s$/.test(t) ? 0.5 : /^[\u0021-\u007e]+$/.test(t) ? t.length * 0.55 + 0.5 : [...t].length });
  }
  return out;
}

/**
 * Lines a paragraph takes at `width` characters a line; the first line may be shorter
 * (first-line indent) or longer (hanging indent) by `firstLineExtra` characters.
 */
export function lineCount(text: string, width: number, firstLineExtra = 0): number {
  const toks = tokens(text);
  if (toks.length === 0) return 1;
  let lines = 1;
  let cap = width + firstLineExtra;
  let used = 0;
  let line: Token[] = [];
  for (const tok of toks) {
    if (used + tok.width <= cap + 1e-9) {
      line.push(tok);
      used += tok.width;
      continue;
    }
    // Closing punctuation does not start a line: it hangs in the margin.
    if (tok.width === 1 && NO_LINE_START.has(tok.text) && used + tok.width <= cap + 1) {
      line.push(tok);
      used = cap + 1;
      continue;
    }
    // Opening punctuation does not end a line: it moves down with the next character.
    const carried: Token[] = [];
    while (line.length > 1 && NO_LINE_END.has(line.at(-1)!.text)) carried.unshift(line.pop()!);
    lines++;
    cap = width;
    line = [...carried, tok];
    used = line.reduce((s, t) => s + t.width, 0);
    // A word wider than the line is broken by the word processor anywhere.
    while (used > cap + 1e-9) {
      lines++;
      used -= cap;
    }
  }
  return lines;
}

/** One piece of the flow: lines (which may split between pages) or a table's rows. */
export type FlowItem =
  | { kind: 'lines'; height: number; lines: number; keepNext?: boolean; pageBreakBefore?: boolean }
  | { kind: 'table'; header: number; rows: number[] };

/** A table row: its tallest cell in lines, plus the row's border. */
export const ROW_BORDER = 10;
/** Cell margins left and right, in twips (table-xml.ts). */
export const CELL_MARGIN = mm(1.5);

function tableFlow(table: DocTable): FlowItem {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const [charTwips, pitch] = table.compact ? [COMPACT.charTwips, COMPACT.line] : [CHAR_PITCH_CONDENSED, LINE_PITCH];
  const chars = table.columns.map((c) => Math.max(1, Math.floor((Math.floor((c.width / total) * TYPE_AREA.width) - 2 * CELL_MARGIN) / charTwips)));
  const rowHeight = (cells: readonly string[]) => Math.max(1, ...cells.map((t, i) => lineCount(t ?? '', chars[i]))) * pitch + ROW_BORDER;
  return { kind: 'table', header: table.header === false ? 0 : rowHeight(table.columns.map((c) => c.header)), rows: table.rows.map(rowHeight) };
}

/** 3号 condensed by 0.25 pt: 15.75 pt = 315 twips a character (page.ts). */
const CHAR_PITCH_CONDENSED = 315;

const line = (n = 1, extra: Partial<{ keepNext: boolean; pageBreakBefore: boolean }> = {}): FlowItem => ({ kind: 'lines', height: n * LINE_PITCH, lines: n, ...extra });

function blocksFlow(blocks: readonly DocBlock[]): FlowItem[] {
  return blocks.flatMap((b): FlowItem[] => {
    switch (b.kind) {
      case 'paragraph':
        return b.text.split('\n').map((t) => line(lineCount(t.trim(), CHARS_PER_LINE, -2)));
      case 'heading1':
        if (b.compact) return [{ kind: 'lines', height: lineCount(b.text, CHARS_PER_LINE, -2) * COMPACT_HEADING_PITCH, lines: lineCount(b.text, CHARS_PER_LINE, -2), keepNext: true }];
        return [line(lineCount(b.text, CHARS_PER_LINE, -2), { keepNext: true })];
      case 'heading2':
        return [line(lineCount(b.text, CHARS_PER_LINE, -2), { keepNext: true })];
      case 'centered':
        return [line(lineCount(b.text, CHARS_PER_LINE), { keepNext: true })];
      case 'right':
        return [line(lineCount(b.text, CHARS_PER_LINE - 2))];
      case 'table':
        return [tableFlow(b.table)];
    }
  });
}

const titleFlow = (title: string, terms: readonly string[] | undefined): FlowItem[] => breakTitle(title, { terms }).map(() => line(1, { keepNext: true }));

/** The document's text as a flow, in the order and sizes blocks.ts writes it. */
export function documentFlow(doc: OfficialDocument): FlowItem[] {
  const items: FlowItem[] = [];
  if (doc.issuerMark) items.push(line(5), line(doc.docNumber ? 4 : 2));
  items.push(...titleFlow(doc.title, doc.titleTerms), line());
  if (doc.addressee) items.push(line(lineCount(`${doc.addressee}：`, CHARS_PER_LINE)));
  items.push(...blocksFlow(doc.body));
  const attachments = doc.attachments ?? [];
  if (attachments.length === 1) items.push(line(), line(lineCount(`附件：${attachments[0].title}`, CHARS_PER_LINE - 5, 3)));
  else if (attachments.length > 1) {
    items.push(line());
    attachments.forEach((a, i) => items.push(line(lineCount(`${i === 0 ? '附件：' : ''}${i + 1}.${a.title}`, CHARS_PER_LINE - 5, i === 0 ? 3 : 0))));
  }
  if (doc.signature || doc.date) {
    items.push(line(2));
    if (doc.signature) items.push(line(1, { keepNext: Boolean(doc.date) }));
    if (doc.date) items.push(line());
  }
  for (const a of attachments) {
    items.push(line(1, { pageBreakBefore: true }), line(), ...titleFlow(a.title, doc.titleTerms), line(), ...blocksFlow(a.blocks));
  }
  return items;
}

export type FlowEnd = {
  /** The page the text ends on (1-based). */
  page: number;
  /** Twips of that page's type area taken by text. */
  used: number;
};

const AREA = TYPE_AREA.height;

/** Lays the flow out on pages of the type area's height. */
export function paginate(items: readonly FlowItem[]): FlowEnd {
  let page = 1;
  let used = 0;
  const newPage = () => {
    page++;
    used = 0;
  };
  // What must stand on the same page as the start of item i (keep-with-next chains).
  const firstPiece = (i: number): number => {
    const it = items[i];
    if (!it) return 0;
    if (it.kind === 'table') return it.header + (it.rows[0] ?? 0);
    return it.keepNext ? it.height + firstPiece(i + 1) : LINE_PITCH;
  };
  items.forEach((it, i) => {
    if (it.kind === 'lines' && it.pageBreakBefore && (used > 0 || page > 1)) newPage();
    if (it.kind === 'lines') {
      if (it.keepNext) {
        const need = it.height + firstPiece(i + 1);
        if (used > 0 && used + need > AREA && need <= AREA) newPage();
      }
      // Lines split between pages one by one (no widow control in these documents).
      let left = it.lines;
      while (left > 0) {
        const fit = Math.floor((AREA - used) / LINE_PITCH);
        if (fit <= 0) {
          newPage();
          continue;
        }
        const take = Math.min(fit, left);
        used += take * LINE_PITCH;
        left -= take;
      }
      return;
    }
    // Tables: the header and the first row together; rows never split; the header repeats.
    if (used > 0 && used + it.header + (it.rows[0] ?? 0) > AREA) newPage();
    used += it.header;
    for (const row of it.rows) {
      if (used + row > AREA && used > it.header) {
        newPage();
        used = it.header;
      }
      used += row;
    }
  });
  return { page, used };
}

export type ImprintPlacement = 'same-page' | 'next-page' | 'blank-then-next';

export type ImprintPlan = {
  placement: ImprintPlacement;
  /** Lines of the 版记 (on the 22-line grid). */
  lines: number;
  /** Blank grid lines between the text and the 版记 when it shares the text's last page. */
  gapLines: number;
  /** The page the 版记 is on, as estimated. */
  page: number;
};

/** Where the 版记 goes: the foot of the last even page, with a line at least between it and the text. */
export function planImprint(doc: OfficialDocument, imprint: Imprint): ImprintPlan {
  const end = paginate(documentFlow(doc));
  const lines = imprintLines(imprintText(imprint));
  const freeLines = Math.floor((AREA - end.used) / LINE_PITCH);
  if (end.page % 2 === 0 && freeLines >= lines + 1) return { placement: 'same-page', lines, gapLines: freeLines - lines, page: end.page };
  if (end.page % 2 === 1) return { placement: 'next-page', lines, gapLines: 0, page: end.page + 1 };
  return { placement: 'blank-then-next', lines, gapLines: 0, page: end.page + 2 };
}

