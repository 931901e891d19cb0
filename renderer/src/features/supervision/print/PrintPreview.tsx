// 打印 for the supervision pages: a preview of the sheet as it will print (A4, the margins of
// PRODUCT.md, header rows repeated on every page, page numbers at the foot), then the host's
// print dialog. What goes to paper is a separate copy under <body>, shown only while printing.
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { App, Button, Modal, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { host } from '../../../host';
import './print.css';

const PAGE_RULES = (landscape: boolean) => `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; }
}`;

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  landscape: boolean;
  /** Shown beside the buttons, e.g. 「共 12 个联建点」. */
  note?: string;
  /** The sheet, drawn the same for the preview and for paper. */
  children: ReactNode;
};

export function PrintPreview({ open, onClose, title, landscape, note, children }: Props) {
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = PAGE_RULES(landscape);
    document.head.append(style);
    document.body.classList.add('cq-sv-printing');
    let cancelled = false;
    // The print copy is in the DOM now; the host prints it (the browser edition blocks in window.print).
    void host.print({ title, landscape }).then((r) => {
      if (!r.ok && !r.cancelled) message.error(`打印失败：${r.error}`);
      if (!cancelled) setPrinting(false);
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('cq-sv-printing');
      style.remove();
    };
  }, [printing, landscape, title, message]);

  return (
    <>
      <Modal
        open={open}
        title={`打印预览：${title}`}
        width={landscape ? 1180 : 900}
        onCancel={onClose}
        destroyOnHidden
        footer={
          <Space>
            <Typography.Text type="secondary">
              A4 {landscape ? '横向' : '纵向'}
              {note ? `，${note}` : ''}
            </Typography.Text>
            <Button onClick={onClose}>关闭</Button>
            <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={() => setPrinting(true)}>
              打印
            </Button>
          </Space>
        }
      >
        <div className="cq-sv-print-preview" data-testid="print-preview">
          <div className={`cq-sv-sheet ${landscape ? 'landscape' : 'portrait'}`}>{children}</div>
        </div>
      </Modal>
      {printing &&
        createPortal(
          <div className="cq-sv-print-root" data-testid="print-root">
            <div className="cq-sv-sheet">{children}</div>
          </div>,
          document.body,
        )}
    </>
  );
}
