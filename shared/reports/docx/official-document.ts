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
  issuerMark,
  signatureBlock,
  titleLines,
  type DocBlock,
  type TableSink,
} from './blocks';
import { BODY_CHARACTER_SPACING, DOC_GRID, FOOTER_DISTANCE, mm, PAGE, SIZE } from './page';

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
  /** 标题; a line break splits it over several centred lines. */
  title: string;
  /** 主送机关, e.g. 「各乡镇党委，开发区党工委，县直各单位党组织」 (the colon is added). */
  addressee?: string;
  body: DocBlock[];
  /** Each gets a line in 「附件：」 and a page of its own after the signature. */
  attachments?: DocAttachment[];
  /** 发文机关署名 */
  signature?: string;
  /** 成文日期, already written out, e.g. 「2008年12月03日」. */
  date?: string;
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

/** The docx Document of an official document, its tables still placeholders (see packOfficialDocument). */
function officialDocument(doc: OfficialDocument, sink: TableSink): Document {
  const attachments = doc.attachments ?? [];
  const children: Paragraph[] = [];
  if (doc.issuerMark) {
    children.push(issuerMark(doc.issuerMark));
    // 发文字号 and its rule bring one of the two blank lines above the title.
    if (doc.docNumber) children.push(...docNumberLine(doc.docNumber), emptyLine());
    else children.push(emptyLine(), emptyLine());
  }
  children.push(...titleLines(doc.title));
  children.push(emptyLine());
  if (doc.addressee) children.push(addresseeLine(doc.addressee));
  children.push(...bodyBlocks(doc.body, sink));
  children.push(...attachmentNote(attachments.map((a) => a.title)));
  children.push(...signatureBlock(doc.signature, doc.date));
  attachments.forEach((a, i) => {
    children.push(...attachmentPage(attachments.length > 1 ? `附件${i + 1}` : '附件', a.title, a.blocks, sink));
  });
  // Word wants a paragraph after a table that would otherwise end the document.
  children.push(emptyLine());

  return new Document({
    creator: doc.creator ?? '',
    title: doc.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    theme: { fonts: THEME_FONTS },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: DOC_GRID,
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
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

