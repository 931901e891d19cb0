// Official documents (公文) as .docx, after GB/T 9704-2012 — pure code over the `docx` library,
// usable in the renderer, the main process and tests.
//
// API
//   packOfficialDocument(doc: OfficialDocument): Promise<Uint8Array>   the .docx bytes
//
//   OfficialDocument = {
//     issuerMark?  发文机关标志 (red, 方正小标宋, 35 mm below the type area's top), e.g. 「中共长汀县委员会文件」
//     docNumber?   发文字号, centred two lines below the mark, red rule 4 mm under it, e.g. 「汀委〔2008〕42号」
//     title        标题, 2号 方正小标宋, centred, broken into balanced lines between words and never
//                  inside a term (title-lines.ts); 「/」 or "\n" marks the user's own breaks
//     titleTerms?  terms the title's lines never end inside, beyond the programme's own
//     addressee?   主送机关, flush left, colon added
//     body         DocBlock[]: { kind: 'paragraph' | 'heading1' | 'heading2' | 'centered' | 'right', text } or
//                  { kind: 'table', table: { columns: { header, width, align? }[], rows: string[][] } }
//                  paragraphs 3号 仿宋 with a 2-character first-line indent; heading1 黑体 「一、」;
//                  heading2 楷体 「（一）」; tables span the type area, header row repeats on each page
//                  (tables are written as XML and put in after packing: fast for lists of thousands)
//     attachments? { title, blocks }[]: 「附件：…」 under the body, then one page each after the signature
//     signature?   发文机关署名, centred over the date
//     date?        成文日期, already formatted (formatDateCn → 「2008年12月3日」), 4 characters from the right
//     imprint?     版记 { copyTo?, printingOrg, printDate }: 4号 between rules (thick, thin, thick) at
//                  the foot of the last even page — a text box anchored to the type area's foot on
//                  the page docx/measure.ts finds; a blank page before it when an even page is full,
//                  both without page numbers (§7.4, §7.5)
//     creator?     author in the file properties
//   }
//
// Layout decisions
//   Page: A4, margins 37/35/28/26 mm; document grid 22 lines × 28 characters (linePitch 579,
//     charSpace −842) and every line set to exactly 579 twips, so the grid holds in Word, WPS
//     and LibreOffice alike.
//   Fonts: every run names its font in ascii, hAnsi, eastAsia and cs; no theme fonts anywhere
//     (the theme's fonts are set to the same ones). Fallbacks live in word/fontTable.xml as
//     w:altName: 方正小标宋简体→宋体, 仿宋_GB2312→仿宋, 楷体_GB2312→楷体, 黑体→SimHei, 宋体→SimSun.
//   Page numbers: 「— 1 —」 in 4号 宋体, outer alignment as GB/T 9704 §7.5 prescribes (odd pages
//     right, even pages left, one character in), 7 mm below the type area.
//   End: no empty paragraph that could spill onto a page of its own; a document ending in a
//     table ends with a hairline paragraph (0.7 pt), which always fits.
export { packOfficialDocument, type DocAttachment, type OfficialDocument } from './official-document';
export type { DocBlock, DocTable, DocTableColumn } from './blocks';
export { FONTS, REAL_FONT_NAMES, runFonts } from './fonts';
export { PAGE, TYPE_AREA, LINE_PITCH, CHAR_PITCH, DOC_GRID, SIZE, mm } from './page';
