// 打印: a preview of the list as it will print (A4, the margins of PRODUCT.md, header repeated
// on every page, page numbers at the foot), then the host's print dialog. The printed copy is
// a separate element under <body>, shown only while printing, never a screenshot of the screen.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { App, Button, Modal, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { TableCell } from '@shared/reports/xlsx-table';
import { host } from '../../../host';
import { cellText, headerText, isNumeric } from '@renderer/ui/list/format';
import type { ListColumn } from '@renderer/ui/list/types';
import './print.css';

const PREVIEW_ROWS = 200;
/** Columns wider than this (screen px) in total print landscape. */
const PORTRAIT_MAX_PX = 900;
const PAGE_RULES = (landscape: boolean) => `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; }
}`;

type SheetProps<T> = {
  title: string;
  subtitle: string;
  columns: readonly ListColumn<T>[];
  rows: readonly T[];
  totals?: TableCell[];
  landscape: boolean;
  limit?: number;
};

function PrintSheet<T>({ title, subtitle, columns, rows, totals, landscape, limit }: SheetProps<T>) {
  const shown = limit ? rows.slice(0, limit) : rows;
  // Paper widths in proportion to the screen columns (序号 counts as 50 px).
  const total = columns.reduce((w, c) => w + c.width, 50);
  const percent = (px: number) => `${((px / total) * 100).toFixed(2)}%`;
  return (
    <div className={`cq-print-sheet ${landscape ? 'landscape' : 'portrait'}`}>
      <h1>{title}</h1>
      <div className="cq-print-subtitle">
        <span>{subtitle}</span>
        <span>共 {rows.length} 条</span>
      </div>
      <table>
        <colgroup>
          <col style={{ width: percent(50) }} />
          {columns.map((c) => (
            <col key={c.key} style={{ width: percent(c.width) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            {columns.map((c) => (
              <th key={c.key}>{headerText(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              {columns.map((c) => (
                <td key={c.key} className={isNumeric(c) ? 'num' : undefined}>
                  {cellText(c.value(row))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {totals && (
          <tfoot>
            <tr>
              <td />
              {totals.map((t, i) => (
                <td key={i} className={i > 0 ? 'num' : undefined}>
                  {cellText(t)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

type Props<T> = Omit<SheetProps<T>, 'landscape' | 'limit'> & { open: boolean; onClose: () => void };

export function PrintView<T>({ open, onClose, ...sheet }: Props<T>) {
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);
  const landscape = sheet.columns.reduce((w, c) => w + c.width, 0) > PORTRAIT_MAX_PX;

  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = PAGE_RULES(landscape);
    document.head.append(style);
    document.body.classList.add('cq-printing');
    let cancelled = false;
    // The print copy is in the DOM now; the host prints it (the browser edition blocks in window.print).
    void host.print({ title: sheet.title, landscape }).then((r) => {
      if (!r.ok && !r.cancelled) message.error(`打印失败：${r.error}`);
      if (!cancelled) setPrinting(false);
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('cq-printing');
      style.remove();
    };
  }, [printing, landscape, sheet.title, message]);

  return (
    <>
      <Modal
        open={open}
        title={`打印预览：${sheet.title}`}
        width={landscape ? 1180 : 900}
        onCancel={onClose}
        destroyOnHidden
        footer={
          <Space>
            <Typography.Text type="secondary">
              A4 {landscape ? '横向' : '纵向'}，共 {sheet.rows.length} 条
              {sheet.rows.length > PREVIEW_ROWS ? `（预览前 ${PREVIEW_ROWS} 条，打印全部）` : ''}
            </Typography.Text>
            <Button onClick={onClose}>关闭</Button>
            <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={() => setPrinting(true)}>
              打印
            </Button>
          </Space>
        }
      >
        <div className="cq-print-preview" data-testid="print-preview">
          <PrintSheet {...sheet} landscape={landscape} limit={PREVIEW_ROWS} />
        </div>
      </Modal>
      {printing &&
        createPortal(
          <div className="cq-print-root" data-testid="print-root">
            <PrintSheet {...sheet} landscape={landscape} />
          </div>,
          document.body,
        )}
    </>
  );
}
