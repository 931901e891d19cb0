// 联络员 on the archive page: who each side's liaison is now (with the registry person's post
// and phone) and who it was before, from when to when — read from the pairing's history
// (shared/model/liaison-history.ts) — with 更换联络员.
import { useState } from 'react';
import { App, Button, Card, Table, Tag } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { allLiaisonTerms, SIDE_LABELS, type LiaisonSide, type LiaisonTerm } from '@shared/model/liaison-history';
import type { Pairing, PairingEvent } from '@shared/model/types';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { ChangeLiaisonModal } from './ChangeLiaisonModal';

type Props = { pairing: Pairing; events: readonly PairingEvent[]; canChange: boolean };

export function LiaisonCard({ pairing, events, canChange }: Props) {
  const { message } = App.useApp();
  const persons = useLookup(useLiveRecords('persons'));
  const [changing, setChanging] = useState<LiaisonSide>();
  const terms = allLiaisonTerms(pairing, events);
  const post = (t: LiaisonTerm) => (t.personId ? persons.get(t.personId)?.post : undefined);

  return (
    <Card
      size="small"
      title="联络员"
      aria-label="联络员"
      style={{ marginBottom: 16 }}
      extra={
        canChange && (
          <Button size="small" icon={<SwapOutlined />} onClick={() => setChanging('enterpriseLiaison')}>
            更换联络员
          </Button>
        )
      }
    >
      <Table<LiaisonTerm>
        rowKey={(t) => `${t.side}|${t.from}|${t.name}`}
        size="small"
        pagination={false}
        dataSource={terms}
        locale={{ emptyText: '尚未指派联络员，点击「更换联络员」从人员库中指派' }}
        columns={[
          { title: '', dataIndex: 'side', width: 100, render: (s: LiaisonSide) => SIDE_LABELS[s] },
          {
            title: '姓名',
            key: 'name',
            width: 170,
            render: (_, t) => (
              <>
                {t.name}
                {!t.personId && <Tag style={{ marginLeft: 6 }}>未关联人员库</Tag>}
              </>
            ),
          },
          { title: '职务', key: 'post', width: 160, render: (_, t) => post(t) ?? '—' },
          { title: '联系电话', key: 'phone', width: 130, render: (_, t) => t.phone ?? (t.personId ? persons.get(t.personId)?.phone : undefined) ?? '—' },
          { title: '任职时间', key: 'span', width: 230, render: (_, t) => `${t.from} 至 ${t.to ?? '今'}` },
          { title: '状态', key: 'state', width: 80, render: (_, t) => (t.to ? <Tag>已更换</Tag> : <Tag color="green">现任</Tag>) },
          { title: '更换原因', dataIndex: 'endReason', render: (r?: string) => r ?? '' },
        ]}
      />
      <ChangeLiaisonModal
        pairing={changing ? pairing : undefined}
        side={changing}
        onClose={() => setChanging(undefined)}
        onSaved={(p) => {
          setChanging(undefined);
          message.success(`已更换联建「${p.code}」的联络员`);
        }}
      />
    </Card>
  );
}
