// The work summary's figures as a .docx in the official-document layout (GB/T 9704), for the
// office to finish in Word or WPS: title, the figures paragraph (as generated or as edited in
// the app, one paragraph per blank-line-separated block), the unit's name, the date and the 版记.
import { packOfficialDocument } from '../docx';
import type { Imprint } from '../imprint';

export type SummaryDocument = {
  /** 「/」 or a line break marks where the title's lines break; else they break between words. */
  title: string;
  /** Terms the title's lines never end inside (the county's name). */
  titleTerms?: readonly string[];
  /** The text; blank lines separate paragraphs. */
  text: string;
  signature?: string;
  /** Already written out (formatDateCn), e.g. 2008年12月3日. */
  date?: string;
  /** 抄送, 印发机关 and 印发日期 at the foot of the last even page. */
  imprint?: Imprint;
};

export { summaryTitle } from './titles';

export function buildSummaryDocx(doc: SummaryDocument): Promise<Uint8Array> {
  const paragraphs = doc.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return packOfficialDocument({
    title: doc.title,
    titleTerms: doc.titleTerms,
    body: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    signature: doc.signature || undefined,
    date: doc.date,
    imprint: doc.imprint,
    creator: doc.signature,
  });
}
