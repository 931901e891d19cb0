// 工作台: the rectification items past their deadline and still open, most overdue first,
// each naming its pairing; reads only those items and the records they name.
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Card, Table, Typography } from 'antd';
import { daysOverdue, type Rectification } from '@shared/model/inspection';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../../db';
import { overdueRectifications } from '../../../db/repositories/inspections';

const SHOWN = 8;

type Row = Rectification & { code: string; name: string; days: number };

async function loadOverdue(today: string): Promise<{ rows: Row[]; total: number }> {
  const { db } = getStore();
  const items = await overdueRectifications(db, today);
  const shown = items.slice(0, SHOWN);
  const pairings = await db.pairings.bulkGet([...new Set(shown.map((r) => r.pairingId))]);
  const byId = new Map(pairings.filter((p) => p).map((p) => [p!.id, p!]));
  const [enterprises, villages] = await Promise.all([
    db.enterprises.bulkGet([...byId.values()].map((p) => p.enterpriseId)),
    db.villages.bulkGet([...byId.values()].map((p) => p.villageId)),
  ]);
  const townships = await db.townships.bulkGet([...new Set(villages.filter((v) => v).map((v) => v!.townshipId))]);
  const townshipName = new Map(townships.filter((t) => t).map((t) => [t!.id, t!.name]));
  // 「企业—乡镇村」, as every list names a pairing.
  const names = new Map([...enterprises.filter((e) => e).map((e): [string, string] => [e!.id, e!.name]), ...villages.filter((v) => v).map((v): [string, string] => [v!.id, `${townshipName.get(v!.townshipId) ?? ''}${v!.name}`])]);
  const rows = shown.map((r) => {
    const p = byId.get(r.pairingId);
    return { ...r, code: p?.code ?? '', name: p ? `${names.get(p.enterpriseId) ?? '？'}—${names.get(p.villageId) ?? '？'}` : '（已删除的联建）', days: daysOverdue(r, today) };
  });
  return { rows, total: items.length };
}

export function OverdueCard() {
  const navigate = useNavigate();
  const today = todayIso();
  const data = useLiveQuery(() => loadOverdue(today), [today]);
  if (!data) return null;
  return (
    <Card
      size="small"
      title={data.total ? `逾期未整改（${data.total} 项）` : '逾期未整改'}
      aria-label="逾期未整改"
      extra={
        <Button type="link" size="small" onClick={() => navigate('/supervision/inspections?tab=items&state=逾期')}>
          {data.total > SHOWN ? '查看全部' : '整改事项'}
        </Button>
      }
    >
      {data.total === 0 ? (
        <Typography.Text type="secondary">没有逾期未整改的督查整改事项</Typography.Text>
      ) : (
        <Table<Row>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.rows}
          onRow={(r) => ({ onClick: () => navigate(`/supervision/inspections/${r.inspectionId}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: '联建点', key: 'name', render: (_, r) => `${r.code} ${r.name}` },
            { title: '存在问题', dataIndex: 'problem', ellipsis: true },
            { title: '责任单位', dataIndex: 'responsible', width: 120 },
            { title: '整改期限', dataIndex: 'deadline', width: 104 },
            { title: '逾期', dataIndex: 'days', width: 80, align: 'right', render: (d: number) => <Typography.Text type="danger">{d} 天</Typography.Text> },
          ]}
        />
      )}
    </Card>
  );
}
