// 联建档案: the inspections that visited this pairing (what was found, the rating) and its
// rectification items with their state.
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Table, Tag, Typography } from 'antd';
import { rectificationDisplay, roundPeriod, type InspectionVisit, type Rectification } from '@shared/model/inspection';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../../db';

type VisitRow = InspectionVisit & { roundId: string; period: string; sort: string };

async function load(pairingId: string) {
  const { db } = getStore();
  const [rounds, items] = await Promise.all([getStore().inspections.listRounds(), db.rectifications.where('[pairingId+deleted]').equals([pairingId, 0]).toArray()]);
  const visits: VisitRow[] = rounds.flatMap((r) =>
    r.visits.filter((v) => v.pairingId === pairingId).map((v) => ({ ...v, roundId: r.id, period: roundPeriod(r), sort: `${r.year}-${r.quarter}-${r.startDate}` })),
  );
  const periods = new Map(rounds.map((r) => [r.id, roundPeriod(r)]));
  return { visits: visits.sort((a, b) => b.sort.localeCompare(a.sort)), items: items.sort((a, b) => b.deadline.localeCompare(a.deadline)), periods };
}

export function PairingSupervisionCard({ pairingId }: { pairingId: string }) {
  const navigate = useNavigate();
  const data = useLiveQuery(() => load(pairingId), [pairingId]);
  const today = todayIso();
  const open = data?.items.filter((r) => r.status !== '已整改').length ?? 0;
  return (
    <Card size="small" title={`督查整改（督查 ${data?.visits.length ?? 0} 次，整改事项 ${data?.items.length ?? 0} 项${open ? `，未完成 ${open} 项` : ''}）`} style={{ marginBottom: 16 }} aria-label="督查整改">
      <Table<VisitRow>
        rowKey={(v) => v.roundId}
        size="small"
        pagination={false}
        loading={!data}
        dataSource={data?.visits}
        locale={{ emptyText: '暂无督查记录' }}
        onRow={(v) => ({ onClick: () => navigate(`/supervision/inspections/${v.roundId}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '督查', dataIndex: 'period', width: 140 },
          { title: '督查日期', dataIndex: 'date', width: 110, render: (d?: string) => d ?? '—' },
          { title: '评价', dataIndex: 'rating', width: 70, render: (r?: string) => r ?? '—' },
          { title: '督查发现', dataIndex: 'finding', render: (f: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f}</Typography.Text> },
        ]}
      />
      {(data?.items.length ?? 0) > 0 && (
        <Table<Rectification>
          rowKey="id"
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          dataSource={data!.items}
          columns={[
            { title: '督查', key: 'period', width: 140, render: (_, r) => data!.periods.get(r.inspectionId) ?? '' },
            { title: '存在问题', dataIndex: 'problem' },
            { title: '整改要求', dataIndex: 'requirement' },
            { title: '整改期限', dataIndex: 'deadline', width: 104 },
            {
              title: '状态',
              key: 'status',
              width: 140,
              render: (_, r) => {
                const d = rectificationDisplay(r, today);
                return <Tag color={d.color}>{d.text}</Tag>;
              },
            },
            { title: '复查', key: 'review', width: 150, render: (_, r) => (r.reviewDate ? `${r.reviewDate} ${r.reviewer ?? ''}` : '—') },
          ]}
        />
      )}
    </Card>
  );
}
