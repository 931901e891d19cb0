// 统计分析: where the year's rectification items stand, per township and for the county —
// found, closed (of which late), in progress, waiting, overdue.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Table } from 'antd';
import { todayIso } from '@shared/model/pairing-rules';
import { rectificationStats, type RectificationCounts } from '@shared/reports/supervision/rectification-stats';
import { getStore } from '../../../db';
import { sortTownships, useLiveRecords } from '../../../ui/records/data';

type Row = RectificationCounts & { key: string; name: string };

export function RectificationStatsCard({ year, townshipIds }: { year: number; townshipIds?: readonly string[] }) {
  const townships = useLiveRecords('townships');
  const data = useLiveQuery(async () => {
    const { db } = getStore();
    const [rounds, items, pairings] = await Promise.all([db.inspections.where('[deleted+year]').equals([0, year]).toArray(), db.rectifications.where('deleted').equals(0).toArray(), db.pairings.toArray()]);
    const township = new Map(pairings.map((p) => [p.id, p.responsibleTownshipId]));
    return rectificationStats(year, rounds, items, (id) => township.get(id), todayIso());
  }, [year]);
  const rows = useMemo(() => {
    if (!data || !townships) return [];
    const chosen = townshipIds?.length ? new Set(townshipIds) : null;
    return sortTownships(townships)
      .filter((t) => (!chosen || chosen.has(t.id)) && data.byTownship.has(t.id))
      .map((t): Row => ({ key: t.id, name: t.name, ...data.byTownship.get(t.id)! }));
  }, [data, townships, townshipIds]);
  const total = rows.reduce<RectificationCounts>(
    (s, r) => ({ visited: s.visited + r.visited, found: s.found + r.found, closed: s.closed + r.closed, closedLate: s.closedLate + r.closedLate, inProgress: s.inProgress + r.inProgress, waiting: s.waiting + r.waiting, overdue: s.overdue + r.overdue }),
    { visited: 0, found: 0, closed: 0, closedLate: 0, inProgress: 0, waiting: 0, overdue: 0 },
  );
  return (
    <Card size="small" title={`督查整改·${year}年（督查 ${data?.rounds ?? 0} 次）`} aria-label="督查整改情况">
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={!data}
        dataSource={rows}
        locale={{ emptyText: `${year}年没有督查记录` }}
        columns={[
          { title: '乡镇（开发区）', dataIndex: 'name' },
          { title: '督查联建点（次）', dataIndex: 'visited', align: 'right' },
          { title: '发现问题', dataIndex: 'found', align: 'right' },
          { title: '已整改', dataIndex: 'closed', align: 'right' },
          { title: '其中逾期完成', dataIndex: 'closedLate', align: 'right' },
          { title: '整改中', dataIndex: 'inProgress', align: 'right' },
          { title: '待整改', dataIndex: 'waiting', align: 'right' },
          { title: '逾期未整改', dataIndex: 'overdue', align: 'right' },
          { title: '整改完成率', key: 'rate', align: 'right', render: (_, r) => (r.found ? `${Math.round((r.closed / r.found) * 1000) / 10}%` : '—') },
        ]}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              {(['visited', 'found', 'closed', 'closedLate', 'inProgress', 'waiting', 'overdue'] as const).map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1} align="right">
                  {total[k]}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={8} align="right">
                {total.found ? `${Math.round((total.closed / total.found) * 1000) / 10}%` : '—'}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
