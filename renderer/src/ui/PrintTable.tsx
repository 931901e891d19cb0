// A plain bordered table that appears only on paper: lists print every filtered row, not
// the one page the screen shows.
import type { ReactNode } from 'react';
import './print-table.css';

export type PrintColumn<T> = { title: string; value: (row: T) => ReactNode };

export function PrintTable<T>({ title, columns, rows, rowKey }: { title: string; columns: PrintColumn<T>[]; rows: readonly T[]; rowKey: (row: T) => string }) {
  return (
    <div className="lj-print-only">
      <p className="lj-print-title">{title}</p>
      <table className="lj-print-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.title}>{c.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.title}>{c.value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
