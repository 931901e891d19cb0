// The archive card as a Word document, laid out with the official-document helpers
// (GB/T 9704: A4, 37/35/28/26 mm margins, named fonts in every run, 「— 1 —」 page numbers).
// A record card, not a 公文: no seal space and no 版记; the keeping office and the day it was
// printed close the card on one line. Its tables are 小四 in 16 pt lines and its headings sit
// in 24 pt lines (not the 28.95 pt grid), so a typical pairing — liaisons, a year of 月报,
// an honour — fits two A4 pages without leaving anything out.
import { packOfficialDocument, type DocBlock, type OfficialDocument } from './docx';
import type { ArchiveCard } from './archive-card';

export function archiveCardDocument(card: ArchiveCard): OfficialDocument {
  const body: DocBlock[] = [{ kind: 'centered', text: card.subtitle }];
  for (const section of card.sections) {
    body.push({ kind: 'heading1', text: section.title, compact: true });
    if (section.table && section.table.rows.length > 0) body.push({ kind: 'table', table: section.table });
    else if (section.text) body.push({ kind: 'paragraph', text: section.text });
    else body.push({ kind: 'paragraph', text: section.empty ?? '—' });
  }
  if (card.footer) body.push({ kind: 'right', text: card.footer });
  return { title: card.title, body, creator: card.signature };
}

export function packArchiveCard(card: ArchiveCard): Promise<Uint8Array> {
  return packOfficialDocument(archiveCardDocument(card));
}
