// The restore preview of a backup whose records break the app's rules: nothing can be
// restored from it; the dialog lists what is wrong (table, record, field, problem) and saves
// the list as .xlsx.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Modal, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { RecordIssue, RecordReport } from '@shared/model/record-rules';
import { reportSummary } from '@shared/backup/report-summary';
import { tableLabel } from '@shared/backup/tables';
import { host } from '../../host';

type Props = { fileName: string; error: string; report: RecordReport; onClose: () => void };

type Row = RecordIssue & { n: number };

export function RestoreRefused({ fileName, error, report, onClose }: Props) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  async function save(): Promise<void> {
    setSaving(true);
    try {
      const { buildRecordReportXlsx } = await import('@shared/backup/report-xlsx');
      const built = await buildRecordReportXlsx(fileName, report, dayjs().format('YYYY-MM-DD HH:mm'));
      if (!built.ok) return void message.error(built.error);
      const saved = await host.saveFile({
        title: '保存问题清单',
        defaultName: `备份问题清单_${fileName.replace(/\.[^.]*$/, '')}.xlsx`,
        bytes: built.value,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (saved.ok) message.success(`问题清单已保存：${saved.value.location}`);
      else if (!saved.cancelled) message.error(saved.error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title="从备份恢复：备份有问题，不能恢复"
      width={860}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="save" icon={<DownloadOutlined />} loading={saving} onClick={() => void save()}>
          保存问题清单
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          关闭
        </Button>,
      ]}
    >
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="备份文件">{fileName}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={error}
        description={`${reportSummary(report)}。这些记录是本程序的录入和导入都不会接受的（可能是手工改过的备份，或旧版本程序的错误）。请改用其他备份，或把问题清单交给维护人员。`}
      />
      <Table<Row>
        size="small"
        rowKey="n"
        aria-label="备份数据问题清单"
        dataSource={report.issues.map((i, n) => ({ ...i, n: n + 1 }))}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ y: 320 }}
        columns={[
          { title: '数据', dataIndex: 'table', width: 90, render: (t: string) => tableLabel(t) },
          { title: '第几条', dataIndex: 'index', width: 70, align: 'right' },
          { title: '记录', dataIndex: 'name', width: 160, ellipsis: true },
          { title: '字段', dataIndex: 'field', width: 120, ellipsis: true },
          { title: '问题', dataIndex: 'message' },
        ]}
      />
    </Modal>
  );
}
