// One log entry: when, what, and every field before and after, the changed ones marked.
import type { HTMLAttributes } from 'react';
import { Descriptions, Modal, Table, Tag, Typography } from 'antd';
import type { AuditEntry } from '@shared/model/types';
import { formatSeconds } from '../format';
import { useLiveQuery } from 'dexie-react-hooks';
import { getStore } from '../../../db';
import { ACTION_COLORS, actionLabel, compareEntry, entityLabel, isBatch, recordName, type FieldRow, type NameOf } from './audit-fields';
import { BatchRecords } from './BatchRecords';

/** The file an import batch came from (the batch's name to people, never its id). */
function BatchFile({ batchId }: { batchId: string }) {
  const batch = useLiveQuery(() => getStore().db.importBatches.get(batchId), [batchId]);
  return <>{batch ? `${batch.fileName}（${batch.undone ? '已撤销' : '已导入'}）` : '—'}</>;
}

export function AuditDetail({ entry, nameOf, onClose }: { entry: AuditEntry; nameOf: NameOf; onClose: () => void }) {
  const rows = compareEntry(entry, nameOf);
  const showBefore = entry.before !== undefined;
  const showAfter = entry.after !== undefined;
  return (
    <Modal open title="操作详情" width={860} footer={null} onCancel={onClose}>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="时间">{formatSeconds(entry.time)}</Descriptions.Item>
        <Descriptions.Item label="操作">
          <Tag color={ACTION_COLORS[entry.action]}>{actionLabel(entry)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="对象类型">{entityLabel(entry.entity)}</Descriptions.Item>
        <Descriptions.Item label="对象">{recordName(entry)}</Descriptions.Item>
        {entry.batchId ? (
          <Descriptions.Item label="导入文件" span={2}>
            <BatchFile batchId={entry.batchId} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {isBatch(entry) ? <BatchRecords entry={entry} /> : null}
      {isBatch(entry) ? null : <Table<FieldRow>
        size="small"
        rowKey="path"
        pagination={false}
        scroll={{ y: 420 }}
        dataSource={rows}
        aria-label="修改前后对比"
        rowClassName={(r) => (r.changed ? 'audit-changed' : '')}
        onRow={(r) => ({ style: r.changed ? { background: '#fff7e6' } : undefined, 'data-changed': r.changed } as HTMLAttributes<HTMLElement>)}
        columns={[
          { title: '字段', dataIndex: 'label', width: 180, render: (label: string, r) => (r.changed ? <Typography.Text strong>{label}</Typography.Text> : label) },
          ...(showBefore ? [{ title: '修改前', dataIndex: 'before', render: (v: string, r: FieldRow) => (r.changed ? <Typography.Text delete type="secondary">{v}</Typography.Text> : v) }] : []),
          ...(showAfter ? [{ title: showBefore ? '修改后' : '内容', dataIndex: 'after', render: (v: string, r: FieldRow) => (r.changed ? <Typography.Text strong>{v}</Typography.Text> : v) }] : []),
        ]}
      />}
    </Modal>
  );
}
