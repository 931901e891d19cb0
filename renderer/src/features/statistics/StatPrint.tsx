// 打印 of the annual table: a copy laid out for paper (the pages of the workbook, A4
// landscape, the margins of PRODUCT.md, page numbers at the foot) printed through the host.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { App, Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { AnnualTable } from '@shared/reports/statistics/annual-table';
import { annualFootnote } from '@shared/reports/statistics/footnote';
import { GROUP_LABELS } from '@shared/reports/statistics/annual-groups';
import { paginate, type Page } from '@shared/reports/statistics/pages';
import { host } from '../../host';
import { statText } from './StatTable';
import './print.css';

const PAGE_RULES = `@page {
  size: A4 landscape;
  margin: 28mm 26mm 25mm 28mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; }
}`;

function PrintPage({ table, page, title, subtitle }: { table: AnnualTable; page: Page; title: string; subtitle: string }) {
  const columns = page.groups.flatMap((g) => g.columns);
  const byTownship = table.groupBy === 'township';
  const row = (r: AnnualTable['total'], total: boolean) => (
    <tr key={r.key} className={total ? 'total' : undefined}>
      <td colSpan={total && !byTownship ? 2 : undefined}>{r.label}</td>
      {!byTownship && !total && <td>{r.township ?? ''}</td>}
      {columns.map((c) => (
        <td key={c.id} className="num">
          {statText(c, r, total)}
        </td>
      ))}
    </tr>
  );
  return (
    <section className="cq-stat-print-page">
      <h1>{title}</h1>
      <p className="subtitle">
        {page.title}　　{subtitle}
      </p>
      <table>
        <colgroup>
          <col style={{ width: table.groupBy === 'enterprise' ? '15em' : '11em' }} />
          {!byTownship && <col style={{ width: '6em' }} />}
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>{GROUP_LABELS[table.groupBy]}</th>
            {!byTownship && <th rowSpan={2}>所属乡镇</th>}
            {page.groups.map((g) => (
              <th key={g.label} colSpan={g.columns.length}>
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((c) => (
              <th key={c.id}>
                {c.label}
                {c.unit && <br />}
                {c.unit && `(${c.unit})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => row(r, false))}
          {row(table.total, true)}
        </tbody>
      </table>
      <p className="note">{annualFootnote(table)}</p>
    </section>
  );
}

export function StatPrintButton({ table, title, subtitle }: { table: AnnualTable | undefined; title: string; subtitle: string }) {
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = PAGE_RULES;
    document.head.append(style);
    document.body.classList.add('cq-stat-printing');
    let cancelled = false;
    void host.print({ title, landscape: true }).then((r) => {
      if (!r.ok && !r.cancelled) message.error(`打印失败：${r.error}`);
      if (!cancelled) setPrinting(false);
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('cq-stat-printing');
      style.remove();
    };
  }, [printing, title, message]);

  return (
    <>
      <Button icon={<PrinterOutlined />} disabled={!table} loading={printing} onClick={() => setPrinting(true)}>
        打印
      </Button>
      {printing &&
        table &&
        createPortal(
          <div className="cq-stat-print-root" data-testid="stat-print-root">
            {table.parts.flatMap(paginate).map((page) => (
              <PrintPage key={page.title} table={table} page={page} title={title} subtitle={subtitle} />
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
