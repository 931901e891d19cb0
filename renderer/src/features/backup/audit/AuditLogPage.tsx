// 数据安全 → 操作日志: every create / update / delete / restore, newest first, filtered by time,
// entity and action; a virtual table; the detail with before and after; an import's entry
// expands to the records it created; export to .xlsx.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, DatePicker, Empty, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AuditAction, AuditEntry } from '@shared/model/types';
import { host } from '../../../host';
import { getStore } from '../../../db';
import { formatCount, formatSeconds } from '../format';
import { ACTION_COLORS, ACTION_LABELS, actionLabel, AUDIT_ENTITIES, changeSummary, entityLabel, isBatch, recordName } from './audit-fields';
import { BatchRecords } from './BatchRecords';
import { namesOfBatches } from './batch-records';
import { AuditDetail } from './AuditDetail';
import { exportAudit } from './audit-export';
import { AUDIT_LIMIT, queryAudit, type AuditFilter } from './audit-query';
import { useRecordNames } from './use-record-names';

type Range = [Dayjs | null, Dayjs | null] | null;

function describeFilter(range: Range, entity?: string, action?: AuditAction): string {
  const parts = [
    range?.[0] || range?.[1] ? `时间：${range?.[0]?.format('YYYY-MM-DD') ?? '不限'} 至 ${range?.[1]?.format('YYYY-MM-DD') ?? '不限'}` : '时间：全部',
    `对象：${entity ? entityLabel(entity) : '全部'}`,
    `操作：${action ? ACTION_LABELS[action] : '全部'}`,
  ];
  return `${parts.join('　')}　导出时间：${dayjs().format('YYYY-MM-DD HH:mm')}`;
}

export function AuditLogPage() {
  const { message } = App.useApp();
  const [range, setRange] = useState<Range>(null);
  const [entity, setEntity] = useState<string>();
  const [action, setAction] = useState<AuditAction>();
  const [detail, setDetail] = useState<AuditEntry>();
  const [exporting, setExporting] = useState(false);
  const nameOf = useRecordNames();

  const filter: AuditFilter = useMemo(
    () => ({ from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString(), entity, action }),
    [range, entity, action],
  );
  const result = useLiveQuery(() => queryAudit(getStore().db, filter), [filter]);
  const entries = result?.entries;

  async function exportXlsx() {
    if (!entries?.length) return;
    setExporting(true);
    try {
      const batchNames = await namesOfBatches(getStore().db, entries);
      const built = await exportAudit(entries, describeFilter(range, entity, action), nameOf, batchNames);
      if (!built.ok) return void message.error(built.error);
      const saved = await host.saveFile({
        title: '导出操作日志',
        defaultName: `操作日志_${dayjs().format('YYYY-MM-DD')}.xlsx`,
        bytes: built.value,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (saved.ok) message.success(`已导出：${saved.value.location}`);
      else if (!saved.cancelled) message.error(saved.error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline" aria-label="筛选操作日志">
        <Form.Item label="时间">
          <DatePicker.RangePicker aria-label="时间范围" value={range} onChange={(v) => setRange(v as Range)} allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item label="对象类型">
          <Select
            aria-label="对象类型"
            allowClear
            placeholder="全部"
            style={{ width: 140 }}
            value={entity}
            onChange={setEntity}
            options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
          />
        </Form.Item>
        <Form.Item label="操作">
          <Select
            aria-label="操作"
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            value={action}
            onChange={setAction}
            options={(Object.keys(ACTION_LABELS) as AuditAction[]).map((a) => ({ value: a, label: a === 'restore' ? '恢复（撤销删除、从备份恢复）' : ACTION_LABELS[a] }))}
          />
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              setRange(null);
              setEntity(undefined);
              setAction(undefined);
            }}
          >
            重置
          </Button>
        </Form.Item>
      </Form>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="audit-count">
          {entries ? `共 ${formatCount(entries.length)} 条${result?.more ? `（只显示最近 ${formatCount(AUDIT_LIMIT)} 条，请缩小时间范围）` : ''}` : '正在读取……'}
        </Typography.Text>
        <Button icon={<ExportOutlined />} disabled={!entries?.length} loading={exporting} onClick={() => void exportXlsx()}>
          导出
        </Button>
      </Space>
      {result?.more ? <Alert type="info" showIcon title={`记录较多，只显示最近 ${formatCount(AUDIT_LIMIT)} 条；导出也只含这些。`} /> : null}
      <Table<AuditEntry>
        virtual
        size="small"
        rowKey="seq"
        aria-label="操作日志"
        loading={!entries}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 1100, y: 560 }}
        // An import's entry opens up to the records it created.
        expandable={{ columnWidth: 48, rowExpandable: isBatch, expandedRowRender: (e) => (isBatch(e) ? <BatchRecords entry={e} /> : null) }}
        locale={{ emptyText: <Empty description="暂无操作记录：新建、修改、删除数据后会记录在这里" /> }}
        columns={[
          { title: '时间', dataIndex: 'time', width: 170, fixed: 'left', render: formatSeconds, sorter: (a, b) => a.time.localeCompare(b.time), defaultSortOrder: 'descend' },
          { title: '对象类型', dataIndex: 'entity', width: 100, render: entityLabel },
          { title: '对象', key: 'name', width: 220, ellipsis: true, render: (_, e) => recordName(e) },
          { title: '操作', dataIndex: 'action', width: 110, render: (a: AuditAction, e) => <Tag color={ACTION_COLORS[a]}>{actionLabel(e)}</Tag> },
          { title: '变更内容', key: 'summary', ellipsis: true, render: (_, e) => changeSummary(e, nameOf) },
          { title: '操作', key: 'view', width: 70, fixed: 'right', render: (_, e) => <Typography.Link onClick={() => setDetail(e)}>查看</Typography.Link> },
        ]}
      />
      {detail ? <AuditDetail entry={detail} nameOf={nameOf} onClose={() => setDetail(undefined)} /> : null}
    </Space>
  );
}
