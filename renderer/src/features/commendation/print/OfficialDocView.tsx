// An official document (the same model the .docx is built from) as HTML for printing from the
// app: A4 with the GB/T 9704 margins, 「— n —」 page numbers at the outer edge, 3号 仿宋, titles
// broken as the .docx breaks them, and the 版记 where the .docx puts it (docx/measure.ts): the
// foot of the last even page, after a blank page when an even page is full (both unnumbered).
import type { CSSProperties } from 'react';
import type { DocBlock, DocTable, OfficialDocument } from '@shared/reports/docx';
import { planImprint } from '@shared/reports/docx/measure';
import { imprintText } from '@shared/reports/imprint';
import { breakTitle } from '@shared/reports/title-lines';

const PAGE_NUMBER = `content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;

/** Named page, so the host's own @page rule (A4 only) cannot override the margins. */
export const OFFICIAL_PAGE_CSS = `
@page cq-official { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@page cq-official:right { @bottom-right { ${PAGE_NUMBER} padding-right: 5mm; } }
@page cq-official:left { @bottom-left { ${PAGE_NUMBER} padding-left: 5mm; } }
@page cq-official-unnumbered { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
.cq-print-root .cq-official { page: cq-official; }
.cq-print-root .cq-official .cq-unnumbered { page: cq-official-unnumbered; }
`;

function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

function Table({ table }: { table: DocTable }) {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  return (
    <table>
      <colgroup>
        {table.columns.map((c, i) => (
          <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, ri) => (
          <tr key={ri}>
            {table.columns.map((c, i) => (
              <td key={i} style={{ textAlign: c.align ?? 'left' }}>
                {r[i]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Blocks({ blocks }: { blocks: readonly DocBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'paragraph':
            return b.text.split('\n').map((t, j) => (
              <p key={`${i}-${j}`} className="cq-indent">
                {t}
              </p>
            ));
          case 'heading1':
            return (
              <p key={i} className="cq-indent cq-h1">
                {b.text}
              </p>
            );
          case 'heading2':
            return (
              <p key={i} className="cq-indent cq-h2">
                {b.text}
              </p>
            );
          case 'centered':
            return (
              <p key={i} className="cq-center">
                {b.text}
              </p>
            );
          case 'right':
            return (
              <p key={i} className="cq-right" style={{ paddingRight: '2em' }}>
                {b.text}
              </p>
            );
          case 'table':
            return <Table key={i} table={b.table} />;
        }
      })}
    </>
  );
}

function Signature({ signature, date }: { signature?: string; date?: string }) {
  if (!signature && !date) return null;
  const dateWidth = date ? widthInChars(date) : 0;
  const sigWidth = signature ? widthInChars(signature) : 0;
  const dateRight = sigWidth > dateWidth + 4 ? 2 : 4;
  const centre = dateRight + dateWidth / 2;
  const right = (w: number): CSSProperties => ({ paddingRight: `${Math.max(2, centre - w / 2)}em` });
  return (
    <>
      <p />
      <p />
      {signature && (
        <p className="cq-right" style={date ? right(sigWidth) : { paddingRight: '4em' }}>
          {signature}
        </p>
      )}
      {date && (
        <p className="cq-right" style={signature ? right(dateWidth) : { paddingRight: '4em' }}>
          {date}
        </p>
      )}
    </>
  );
}

function TitleLines({ title, terms }: { title: string; terms?: readonly string[] }) {
  return (
    <>
      {breakTitle(title, { terms }).map((t, i) => (
        <p key={i} className="cq-title">
          {t}
        </p>
      ))}
    </>
  );
}

/**
 * 版记: on screen after the text; printed (`paged`) at the foot of the page the .docx puts it
 * on — after blank lines on the text's last page, or on a page (or a blank page and a page) of
 * its own, whose content is pushed to the foot of the type area.
 */
function Imprint({ doc, paged }: { doc: OfficialDocument; paged: boolean }) {
  if (!doc.imprint) return null;
  const text = imprintText(doc.imprint);
  const block = (
    <div className="cq-imprint" aria-label="版记">
      {text.copyTo && <p className="cq-imprint-copy">{text.copyTo}</p>}
      <p className="cq-imprint-print">
        <span>{text.printingOrg}</span>
        <span>{text.printDate}</span>
      </p>
    </div>
  );
  if (!paged) {
    return (
      <>
        <p />
        {block}
      </>
    );
  }
  const plan = planImprint(doc, doc.imprint);
  if (plan.placement === 'same-page') {
    return (
      <div className="cq-imprint-tail">
        <div style={{ height: `calc(${plan.gapLines} * 28.95pt)` }} />
        {block}
      </div>
    );
  }
  const unnumbered = plan.placement === 'blank-then-next' ? ' cq-unnumbered' : '';
  return (
    <>
      {unnumbered && <div className={`cq-imprint-page${unnumbered}`} />}
      <div className={`cq-imprint-page${unnumbered}`}>{block}</div>
    </>
  );
}

export function OfficialDocView({ doc, paged = false }: { doc: OfficialDocument; paged?: boolean }) {
  const attachments = doc.attachments ?? [];
  const markSize = doc.issuerMark ? Math.min(42, Math.floor(442 / Math.max(1, widthInChars(doc.issuerMark)))) : 0;
  return (
    <div className="cq-official">
      {doc.issuerMark && (
        <div className="cq-issuer" style={{ fontSize: `${markSize}pt` }}>
          {doc.issuerMark}
        </div>
      )}
      {doc.issuerMark && doc.docNumber && <div className="cq-docnumber">{doc.docNumber}</div>}
      {doc.issuerMark && (
        <>
          <p />
          <p />
        </>
      )}
      <TitleLines title={doc.title} terms={doc.titleTerms} />
      <p />
      {doc.addressee && <p>{doc.addressee.replace(/[:：]\s*$/, '')}：</p>}
      <Blocks blocks={doc.body} />
      {attachments.length === 1 && (
        <>
          <p />
          <p style={{ paddingLeft: '5em', textIndent: '-3em' }}>附件：{attachments[0].title}</p>
        </>
      )}
      {attachments.length > 1 && (
        <>
          <p />
          {attachments.map((a, i) => (
            <p key={i} style={{ paddingLeft: i === 0 ? '2em' : '5em' }}>
              {i === 0 ? '附件：' : ''}
              {i + 1}.{a.title}
            </p>
          ))}
        </>
      )}
      <Signature signature={doc.signature} date={doc.date} />
      {attachments.map((a, i) => (
        <div key={i} className="cq-attachment">
          <p className="cq-h1">{attachments.length > 1 ? `附件${i + 1}` : '附件'}</p>
          <p />
          <TitleLines title={a.title} terms={doc.titleTerms} />
          <p />
          <Blocks blocks={a.blocks} />
        </div>
      ))}
      <Imprint doc={doc} paged={paged} />
    </div>
  );
}

/** A name list alone (no letterhead, no signature): title and tables. */
export function NameListView({ title, blocks }: { title: string; blocks: readonly DocBlock[] }) {
  return (
    <div className="cq-official">
      <TitleLines title={title} />
      <p />
      <Blocks blocks={blocks} />
    </div>
  );
}
