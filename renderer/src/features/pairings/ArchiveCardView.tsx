// Draws the archive card model (shared/reports/archive-card.ts) as HTML for the screen
// preview and the printer, in the .docx's sizes (3号 text and headings, 小四 tables in 16 pt
// rows, label–value tables without a header row), so the printed card fits the same two pages.
// Text is rendered by React, so nothing in the data can become markup.
import type { ArchiveCard, CardTable } from '@shared/reports/archive-card';
import { breakTitle } from '@shared/reports/title-lines';
import './archive-card.css';

function CardTableView({ table }: { table: CardTable }) {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  return (
    <table>
      <colgroup>
        {table.columns.map((c) => (
          <col key={c.header} style={{ width: `${(c.width / total) * 100}%` }} />
        ))}
      </colgroup>
      {table.header !== false && (
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} className={table.columns[i]?.align === 'center' ? 'lj-center' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ArchiveCardView({ card }: { card: ArchiveCard }) {
  return (
    <div className="lj-card-sheet">
      <article className="lj-card" aria-label="联建档案卡">
        <h1>
          {breakTitle(card.title).map((t) => (
            <span key={t}>{t}</span>
          ))}
        </h1>
        <p className="lj-card-subtitle">{card.subtitle}</p>
        {card.sections.map((s) => (
          <section key={s.title}>
            <h2>{s.title}</h2>
            {s.table && s.table.rows.length > 0 ? (
              <CardTableView table={s.table} />
            ) : (
              <p className="lj-card-text">{s.text || s.empty || '—'}</p>
            )}
          </section>
        ))}
        {card.footer && <p className="lj-card-signature">{card.footer}</p>}
      </article>
    </div>
  );
}
