// Assembles an official document (公文) after GB/T 9704-2012 and packs it as .docx bytes.
import JSZip from 'jszip';
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { TABLE_MARK } from './table-xml';
import { fontTableXml, runFonts, stylesXml, THEME_FONTS } from './fonts';
import {
  addresseeLine,
  attachmentNote,
  attachmentPage,
  bodyBlocks,
  docNumberLine,
  emptyLine,
  hairline,
  issuerMark,
  signatureBlock,
  titleLines,
  type DocBlock,
  type TableSink,
} from './blocks';
import { BODY_CHARACTER_SPACING, DOC_GRID, FOOTER_DISTANCE, mm, PAGE, SIZE } from './page';
import { imprintParagraphXml } from './imprint-xml';
import { planImprint } from './measure';
import { imprintText, type Imprint } from '../imprint';
import { titleText } from '../title-lines';

export type DocAttachment = {
  /** 附件名称, as in 「附件：…」 and as the attachment page's title. */
  title: string;
  blocks: DocBlock[];
};

export type OfficialDocument = {
  /** 发文机关标志, e.g. 「中共长汀县委员会文件」; omitted for notices without a letterhead. */
  issuerMark?: string;
  /** 发文字号, e.g. 「汀委〔2008〕42号」 (needs issuerMark). */
  docNumber?: string;
  /**
   * 标题; broken into balanced lines between words (title-lines.ts), or where 「/」 or a line
   * break marks it.
   */
  title: string;
  /** Terms the title's lines never end inside, beyond the programme's own (county, organ, titles). */
  titleTerms?: readonly string[];
  /** 主送机关, e.g. 「各乡镇党委，开发区党工委，县直各单位党组织」 (the colon is added). */
  addressee?: string;
  body: DocBlock[];
  /** Each gets a line in 「附件：」 and a page of its own after the signature. */
  attachments?: DocAttachment[];
  /** 发文机关署名 */
  signature?: string;
  /** 成文日期, already written out (formatDateCn), e.g. 「2008年12月3日」. */
  date?: string;
  /** 版记 (抄送机关, 印发机关, 印发日期) at the foot of the last even page. */
  imprint?: Imprint;
  /** Author in the file's properties. */
  creator?: string;
};

const PAGE_NUMBER_SIZE = SIZE.sihao;
const ONE_CHAR_OF_PAGE_NUMBER = PAGE_NUMBER_SIZE * 10;

/** 页码 「— 1 —」: 4号 宋体, odd pages right, even pages left, one character from the edge (§7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = runFonts('pageNumber');
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHAR_OF_PAGE_NUMBER } : { left: ONE_CHAR_OF_PAGE_NUMBER },
        spacing: { line: 16 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        run: { font, size: PAGE_NUMBER_SIZE, sizeComplexScript: PAGE_NUMBER_SIZE },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: PAGE_NUMBER_SIZE, sizeComplexScript: PAGE_NUMBER_SIZE, characterSpacing: 0 })],
      }),
    ],
  });
}

const sectionProperties = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { ...PAGE.margin, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
  },
  grid: DOC_GRID,
};

/** No page number: the blank page before a 版记 page and that page itself (§7.5). */
const noPageNumber = () => new Footer({ children: [new Paragraph({})] });

/** The docx Document of an official document, its tables and 版记 still placeholders (see packOfficialDocument). */
function officialDocument(doc: OfficialDocument, sink: TableSink): Document {
  const attachments = doc.attachments ?? [];
  const children: Paragraph[] = [];
  if (doc.issuerMark) {
    children.push(issuerMark(doc.issuerMark));
    // 发文字号 and its rule bring one of the two blank lines above the title.
    if (doc.docNumber) children.push(...docNumberLine(doc.docNumber), emptyLine());
    else children.push(emptyLine(), emptyLine());
  }
  children.push(...titleLines(doc.title, doc.titleTerms));
  children.push(emptyLine());
  if (doc.addressee) children.push(addresseeLine(doc.addressee));
  children.push(...bodyBlocks(doc.body, sink));
  children.push(...attachmentNote(attachments.map((a) => a.title)));
  children.push(...signatureBlock(doc.signature, doc.date));
  attachments.forEach((a, i) => {
    children.push(...attachmentPage(attachments.length > 1 ? `附件${i + 1}` : '附件', a.title, a.blocks, sink, doc.titleTerms));
  });

  const numbered = { footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') } };
  const sections = [{ properties: sectionProperties, ...numbered, children }];
  if (!doc.imprint) {
    // Word wants a paragraph after a table that would otherwise end the document; a hairline
    // one never spills onto a page of its own.
    children.push(hairline());
  } else {
    // The 版记 stands at the foot of the last even page (§7.4.1): the page the text ends on,
    // or the next one, or — when an even page is full — after a blank page, both unnumbered.
    const plan = planImprint(doc, doc.imprint);
    const text = imprintText(doc.imprint);
    const anchor = (pageBreakBefore: boolean) => {
      sink.push(imprintParagraphXml(text, plan.lines, { pageBreakBefore }));
      return new Paragraph({ children: [new TextRun(`${TABLE_MARK}${sink.length - 1}${TABLE_MARK}`)] });
    };
    if (plan.placement === 'blank-then-next') {
      children.push(hairline());
      sections.push({ properties: sectionProperties, footers: { default: noPageNumber(), even: noPageNumber() }, children: [hairline(), anchor(true)] });
    } else {
      children.push(anchor(plan.placement === 'next-page'));
    }
  }

  return new Document({
    creator: doc.creator ?? '',
    title: titleText(doc.title),
    evenAndOddHeaderAndFooters: true,
    theme: { fonts: THEME_FONTS },
    sections,
  });
}

/** Font table and styles replaced by ours: only the document's fonts, their fallbacks, no theme fonts. */
const OVERRIDES = [
  { path: 'word/fontTable.xml', data: fontTableXml() },
  { path: 'word/styles.xml', data: stylesXml(DOC_GRID.linePitch, SIZE.sanhao, BODY_CHARACTER_SPACING) },
];

const PLACEHOLDER = new RegExp(`<w:p>(?:(?!</w:p>).)*?${TABLE_MARK}(\\d+)${TABLE_MARK}.*?</w:p>`, 'gs');

/** The .docx bytes of an official document. Works in Node and in the browser. */
export async function packOfficialDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const tables: TableSink = [];
  const bytes = await Packer.pack(officialDocument(doc, tables), 'uint8array', false, OVERRIDES);
  if (tables.length === 0) return bytes;
  // Each table's placeholder paragraph is replaced by the table's XML.
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace(PLACEHOLDER, (_, i: string) => tables[Number(i)]));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

