// The bases as a table (the list page and a pairing's archive), with 编辑 · 删除 per row.
import { Button, Space, Table } from 'antd';
import type { IndustryBase } from '@shared/model/industry-base';
import { INDUSTRY_BASE_LABELS as L } from '@shared/model/schemas/industry-base';

type Props = {
  bases: readonly IndustryBase[] | undefined;
  pairingName: (id: string) => string;
  townshipName: (id: string) => string;
  emptyText: string;
  onEdit: (b: IndustryBase) => void;
  onDelete: (b: IndustryBase) => void;
  /** Hide the pairing and township columns (on a pairing's own page). */
  compact?: boolean;
};

const num = (v?: number) => (v === undefined ? '—' : v.toLocaleString('zh-CN'));

export function BasesTable({ bases, pairingName, townshipName, emptyText, onEdit, onDelete, compact }: Props) {
  return (
    <Table<IndustryBase>
      rowKey="id"
      size="small"
      loading={bases === undefined}
      dataSource={bases ? [...bases] : []}
      pagination={bases && bases.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: L.name, dataIndex: 'name', fixed: 'left', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
        { title: L.product, dataIndex: 'product', render: (v?: string) => v ?? '—' },
        { title: L.area, dataIndex: 'area', align: 'right', sorter: (a, b) => (a.area ?? 0) - (b.area ?? 0), render: num },
        { title: L.households, dataIndex: 'households', align: 'right', render: num },
        { title: L.incomePerHousehold, dataIndex: 'incomePerHousehold', align: 'right', render: num },
        { title: L.enterpriseGain, dataIndex: 'enterpriseGain', align: 'right', render: num },
        ...(compact
          ? []
          : [
              { title: L.pairingIds, key: 'pairings', width: 320, render: (_: unknown, b: IndustryBase) => b.pairingIds.map((id) => <div key={id}>{pairingName(id)}</div>) },
              { title: L.townshipId, key: 'township', render: (_: unknown, b: IndustryBase) => townshipName(b.townshipId) },
            ]),
        { title: L.year, dataIndex: 'year', width: 90, sorter: (a, b) => a.year - b.year },
        {
          title: '操作',
          key: 'actions',
          fixed: 'right',
          width: 110,
          render: (_, b) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => onEdit(b)} aria-label={`编辑「${b.name}」`}>
                编辑
              </Button>
              <Button type="link" size="small" danger onClick={() => onDelete(b)} aria-label={`删除「${b.name}」`}>
                删除
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
