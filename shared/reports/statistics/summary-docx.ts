// The work summary's figures as a .docx in the official-document layout (GB/T 9704), for the
// office to finish in Word or WPS: title, the figures paragraph (as generated or as edited in
// the app, one paragraph per blank-line-separated block), the unit's name and the date.
import { packOfficialDocument } from '../docx';

export type SummaryDocument = {
  title: string;
  /** The text; blank lines separate paragraphs. */
  text: string;
  signature?: string;
  /** Already written out, e.g. 2008年12月03日. */
  date?: string;
};

export { summaryTitle } from './titles';

export function buildSummaryDocx(doc: SummaryDocument): Promise<Uint8Array> {
  const paragraphs = doc.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return packOfficialDocument({
    title: doc.title,
    body: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    signature: doc.signature || undefined,
    date: doc.date,
    creator: doc.signature,
  });
}
