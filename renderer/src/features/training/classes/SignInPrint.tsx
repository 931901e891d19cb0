// 打印签到表: a preview of the sheet as it prints (A4 portrait, the margins of PRODUCT.md, the
// header repeated on every page, page numbers at the foot), then the host's print dialog. The
// printed copy is a separate element under <body>, shown only while printing.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { App, Button, Modal, Space, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { SignInSheet } from '@shared/reports/training/sign-in';
import { host } from '../../../host';
import './sign-in.css';

const PAGE_RULES = `@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; }
}`;

function Sheet({ sheet }: { sheet: SignInSheet }) {
  return (
    <div className="cq-signin-sheet">
      <h1>{sheet.title}</h1>
      <div className="cq-signin-subtitle">{sheet.subtitle}</div>
      <table>
        <colgroup>
          <col style={{ width: '8%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '37%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '20%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>姓名</th>
            <th>单位</th>
            <th>职务</th>
            <th>签名</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((r, i) => (
            <tr key={i}>
              <td className="center">{i + 1}</td>
              <td className="center">{r.name}</td>
              <td>{r.unit}</td>
              <td>{r.post}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cq-signin-foot">
        <span>应到 {sheet.rows.length} 人</span>
        <span>实到＿＿＿人</span>
      </div>
    </div>
  );
}

type Props = { open: boolean; sheet: SignInSheet; onClose: () => void; onExport: () => void };

export function SignInPrint({ open, sheet, onClose, onExport }: Props) {
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = PAGE_RULES;
    document.head.append(style);
    document.body.classList.add('cq-signin-printing');
    let cancelled = false;
    // The print copy is in the DOM now; the host prints it (the browser edition blocks in window.print).
    void host.print({ title: sheet.title, landscape: false }).then((r) => {
      if (!r.ok && !r.cancelled) message.error(`打印失败：${r.error}`);
      if (!cancelled) setPrinting(false);
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('cq-signin-printing');
      style.remove();
    };
  }, [printing, sheet.title, message]);

  return (
    <>
      <Modal
        open={open}
        title={`打印预览：${sheet.title}`}
        width={900}
        onCancel={onClose}
        destroyOnHidden
        footer={
          <Space>
            <Typography.Text type="secondary">A4 纵向，共 {sheet.rows.length} 人</Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={onExport}>
              导出 Excel
            </Button>
            <Button onClick={onClose}>关闭</Button>
            <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={() => setPrinting(true)}>
              打印
            </Button>
          </Space>
        }
      >
        <div className="cq-signin-preview" data-testid="print-preview">
          <Sheet sheet={sheet} />
        </div>
      </Modal>
      {printing &&
        createPortal(
          <div className="cq-signin-root" data-testid="print-root">
            <Sheet sheet={sheet} />
          </div>,
          document.body,
        )}
    </>
  );
}
