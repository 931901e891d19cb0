// 打印会议记录: a preview of the record as it prints (A4 portrait, the margins of PRODUCT.md,
// page numbers at the foot), then the host's print dialog. The printed copy is a separate
// element under <body>, shown only while printing.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { App, Button, Modal, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { MeetingRecord } from '@shared/reports/training/meeting-record';
import { host } from '../../../host';
import './meeting-print.css';

const PAGE_RULES = `@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-size: 12pt; }
}`;

function Record({ record }: { record: MeetingRecord }) {
  return (
    <div className="cq-meeting-sheet">
      <h1>{record.title}</h1>
      <table className="cq-meeting-facts">
        <colgroup>
          <col style={{ width: '18%' }} />
          <col />
        </colgroup>
        <tbody>
          {record.rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value || '—'}</td>
            </tr>
          ))}
          <tr>
            <th>会议议题</th>
            <td>
              {record.topics.length ? (
                <ol>
                  {record.topics.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ol>
              ) : (
                '—'
              )}
            </td>
          </tr>
          <tr>
            <th>会议纪要</th>
            <td className="cq-meeting-minutes">{record.minutes || '—'}</td>
          </tr>
        </tbody>
      </table>
      <h2>议定事项</h2>
      {record.decisions.length ? (
        <table className="cq-meeting-decisions">
          <colgroup>
            <col style={{ width: '7%' }} />
            <col style={{ width: '34%' }} />
            <col style={{ width: '16%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '28%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>事项</th>
              <th>责任单位</th>
              <th>完成时限</th>
              <th>办理情况</th>
            </tr>
          </thead>
          <tbody>
            {record.decisions.map((d) => (
              <tr key={d.no}>
                <td className="center">{d.no}</td>
                <td>{d.content}</td>
                <td>{d.owner}</td>
                <td className="center">{d.deadline}</td>
                <td>{d.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>本次会议无议定事项。</p>
      )}
      <div className="cq-meeting-foot">记录人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿</div>
    </div>
  );
}

type Props = { open: boolean; record: MeetingRecord; onClose: () => void };

export function MeetingPrint({ open, record, onClose }: Props) {
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = PAGE_RULES;
    document.head.append(style);
    document.body.classList.add('cq-meeting-printing');
    let cancelled = false;
    void host.print({ title: record.title, landscape: false }).then((r) => {
      if (!r.ok && !r.cancelled) message.error(`打印失败：${r.error}`);
      if (!cancelled) setPrinting(false);
    });
    return () => {
      cancelled = true;
      document.body.classList.remove('cq-meeting-printing');
      style.remove();
    };
  }, [printing, record.title, message]);

  return (
    <>
      <Modal
        open={open}
        title={`打印预览：${record.title}`}
        width={900}
        onCancel={onClose}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={onClose}>关闭</Button>
            <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={() => setPrinting(true)}>
              打印
            </Button>
          </Space>
        }
      >
        <div className="cq-meeting-preview" data-testid="print-preview">
          <Record record={record} />
        </div>
      </Modal>
      {printing &&
        createPortal(
          <div className="cq-meeting-root" data-testid="print-root">
            <Record record={record} />
          </div>,
          document.body,
        )}
    </>
  );
}
