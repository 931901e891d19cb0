// 联建情况 tab of an enterprise's or a village's detail page: its pairings, with the partner.
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { Button, Table } from 'antd';
import { formatAreas } from '@shared/model/pairing-changes';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db';
import type { DetailTabProps } from '../../ui/records/detail-tabs';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { PairingStatusTag } from './status-tag';

export function PairingsTab({ kind, record }: DetailTabProps) {
  const navigate = useNavigate();
  const side = kind === 'enterprise' ? 'enterpriseId' : 'villageId';
  const pairings = useLiveQuery(() => getStore().db.pairings.where(side).equals(record.id).filter((p) => !p.deleted).toArray(), [side, record.id]);
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  const partner = (p: Pairing) => (kind === 'enterprise' ? villages.get(p.villageId)?.name : enterprises.get(p.enterpriseId)?.name) ?? '（已删除）';
  return (
    <Table<Pairing>
      rowKey="id"
      size="small"
      loading={pairings === undefined}
      dataSource={(pairings ?? []).sort((a, b) => b.appliedDate.localeCompare(a.appliedDate))}
      pagination={false}
      locale={{ emptyText: '尚未联建。可在「联建档案」中点击「新建」登记联建申请' }}
      columns={[
        { title: '编号', dataIndex: 'code', width: 120 },
        { title: kind === 'enterprise' ? '联建村' : '联建企业', key: 'partner', render: (_, p) => partner(p) },
        { title: '联建内容', key: 'areas', render: (_, p) => formatAreas(p.areas) },
        { title: '状态', dataIndex: 'status', width: 90, render: (_, p) => <PairingStatusTag status={p.status} /> },
        { title: '申请日期', dataIndex: 'appliedDate', width: 110 },
        {
          title: '操作',
          key: 'actions',
          width: 80,
          render: (_, p) => (
            <Button type="link" size="small" onClick={() => navigate(`/pairings/${p.id}`)}>
              查看
            </Button>
          ),
        },
      ]}
    />
  );
}
