// 导入记录: every import batch (file, SHA-256, counts), newest first; a batch is undone whole.
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { Button, Card, Dropdown, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownOutlined, ImportOutlined } from '@ant-design/icons';
import type { ImportBatch, ImportBatchKind } from '@shared/model/types';
import { getStore } from '../../../db';
import { listImportBatches } from '../../../db/repositories/import-batches';
import { importTargets } from '../target-registry';
import { useUndoBatch } from './use-undo-batch';

const KIND_LABELS: Record<ImportBatchKind, string> = {
  townships: '乡镇',
  villages: '村',
  enterprises: '企业',
  persons: '人员',
  pairings: '联建',
  ledger: '台账',
  tally: '年终统计',
  honours: '表彰',
  bases: '产业基地',
  sample: '示例数据',
  trainings: '培训班',
  monthlyReports: '月报',
};

/** Local time, as the office's clock shows it. */
const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

export function ImportHistoryPage() {
  const navigate = useNavigate();
  const undo = useUndoBatch();
  const batches = useLiveQuery(() => listImportBatches(getStore().db), []);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          导入记录
        </Typography.Title>
        {/* Opens on a click, like 成效台账's 导入 menu (a hover-only menu is missed by a slow hand and by keyboard users). */}
        <Dropdown trigger={['click']} menu={{ items: importTargets().map((t) => ({ key: t.key, label: `导入${t.title}`, onClick: () => navigate(`/import/${t.key}`) })) }}>
          <Button type="primary" icon={<ImportOutlined />}>
            导入 <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <Table<ImportBatch>
        rowKey="id"
        size="middle"
        loading={batches === undefined}
        dataSource={batches}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无导入记录，点击「导入」从 Excel 导入' }}
        columns={[
          { title: '导入时间', dataIndex: 'createdAt', width: 170, render: time, sorter: (a, b) => a.createdAt.localeCompare(b.createdAt) },
          { title: '类型', dataIndex: 'kind', width: 90, render: (k: ImportBatchKind) => KIND_LABELS[k] ?? k },
          { title: '文件', dataIndex: 'fileName', ellipsis: true },
          { title: '新增', key: 'added', width: 70, align: 'right', render: (_, b) => b.counts.added },
          { title: '更新', key: 'updated', width: 70, align: 'right', render: (_, b) => b.counts.updated },
          { title: '拒绝', key: 'rejected', width: 70, align: 'right', render: (_, b) => b.counts.rejected },
          {
            title: 'SHA-256',
            dataIndex: 'fileHash',
            width: 130,
            render: (h: string) => (
              <Tooltip title={h}>
                <Typography.Text code>{h.slice(0, 12)}</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: '状态',
            key: 'state',
            width: 190,
            render: (_, b) => (b.undone ? <Tag>已撤销 {b.undoneAt ? time(b.undoneAt) : ''}</Tag> : <Tag color="green">有效</Tag>),
          },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, b) =>
              b.undone ? null : (
                <Button type="link" size="small" danger onClick={() => undo([b])}>
                  撤销
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
