// 联建档案: the pairing's scores in every year's evaluation — total, rank among how many,
// grade, and the points per indicator.
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { Card, Table, Tag } from 'antd';
import type { EvaluationGrade } from '@shared/model/evaluation/types';
import { getStore } from '../../db';
import { GRADE_COLORS } from './ResultsTab';

type Row = { year: number; total: number; of: number; rank: number; grade: EvaluationGrade; items: string };

export function PairingScoreCard({ pairingId }: { pairingId: string }) {
  const navigate = useNavigate();
  const rows = useLiveQuery(async () => {
    const all = await getStore().db.evaluations.where('deleted').equals(0).toArray();
    return all
      .flatMap((e): Row[] => {
        const r = e.result?.rows.find((x) => x.pairingId === pairingId);
        if (!r) return [];
        const items = e.scheme.indicators.map((i) => `${i.label}${r.items[i.key] ?? 0}`).join('，');
        const off = Object.values(r.deductions).reduce((s, v) => s + v, 0);
        return [{ year: e.year, total: r.total, of: e.result!.rows.length, rank: r.rank, grade: r.grade, items: off ? `${items}；扣${Math.round(off * 100) / 100}` : items }];
      })
      .sort((a, b) => b.year - a.year);
  }, [pairingId]);
  return (
    <Card size="small" title="绩效考评" style={{ marginBottom: 16 }} aria-label="绩效考评">
      <Table<Row>
        rowKey="year"
        size="small"
        pagination={false}
        loading={!rows}
        dataSource={rows}
        locale={{ emptyText: '暂无考评得分' }}
        onRow={() => ({ onClick: () => navigate('/supervision/evaluation'), style: { cursor: 'pointer' } })}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '总分', dataIndex: 'total', width: 80, align: 'right' },
          { title: '名次', key: 'rank', width: 110, render: (_, r) => `${r.rank} / ${r.of}` },
          { title: '等次', dataIndex: 'grade', width: 80, render: (g: EvaluationGrade) => <Tag color={GRADE_COLORS[g]}>{g}</Tag> },
          { title: '各项得分', dataIndex: 'items' },
        ]}
      />
    </Card>
  );
}
