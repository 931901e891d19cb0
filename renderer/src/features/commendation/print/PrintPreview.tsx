// A print preview: the pages on screen in a dialog, and the same content in a print root under
// <body> with its own @page rule, printed through the host — the print dialog, or a PDF (so the
// page size and margins hold). While the preview is open, printing shows only that content.
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { App, Button, Modal, Space } from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { host } from '../../../host';
import './print.css';

export function PrintPortal({ css, children }: { css: string; children: ReactNode }) {
  const [root] = useState(() => {
    const div = document.createElement('div');
    div.className = 'cq-print-root';
    return div;
  });
  useEffect(() => {
    document.body.append(root);
    return () => root.remove();
  }, [root]);
  return createPortal(
    <>
      <style>{css}</style>
      {children}
    </>,
    root,
  );
}

type Props = {
  open: boolean;
  title: string;
  /** Without extension; the PDF is saved as `${fileName}.pdf`. */
  fileName: string;
  landscape: boolean;
  /** @page rules and the named page of the printed content. */
  pageCss: string;
  screen: ReactNode;
  print: ReactNode;
  onClose: () => void;
  extra?: ReactNode;
};

export function PrintPreview({ open, title, fileName, landscape, pageCss, screen, print, onClose, extra }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (kind: 'print' | 'pdf') => {
    setBusy(true);
    try {
      if (kind === 'print') {
        const r = await host.print({ title, landscape });
        if (!r.ok && !r.cancelled) message.error(r.error);
      } else {
        const r = await host.printToPdf({ title, defaultName: `${fileName}.pdf`, landscape });
        if (r.ok) message.success(host.capabilities.directPdf ? `已保存：${r.value.location}` : '请在打印对话框中选择「另存为 PDF」');
        else if (!r.cancelled) message.error(r.error);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      width={980}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {extra}
          <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void run('pdf')}>
            导出 PDF
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void run('print')}>
            打印
          </Button>
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
    >
      <div className="cq-preview" data-testid="print-preview">
        {screen}
      </div>
      {open && <PrintPortal css={pageCss}>{print}</PrintPortal>}
    </Modal>
  );
}
