// 全县合计 of the reconciliation: per figure, what the townships that reported put in their
// tallies against the same townships' ledger, the whole county's ledger, and what the annual
// table's total takes under the rule (tally where reported, ledger otherwise, never both).
import { Table, Typography } from 'antd';
import { formatWan } from '@shared/model/money';
import type { CountyCheck, CountyFigureCheck } from '@shared/reports/statistics/reconcile';
import { DifferenceText, figureName, showReported } from './ReconcileDetail';

export function ReconcileTotals({ county }: { county: CountyCheck }) {
  const rows = county.figures.filter((c) => c.reported !== null || c.ledgerAll !== 0 || c.adopted !== 0);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        全县合计
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="reconcile-sources">
        已报送年终统计表的乡镇（开发区）{county.withTally} 个；年度统计表中 {county.fromTally} 个取自年终统计表，{county.townships - county.fromTally} 个取自台账。
      </Typography.Paragraph>
      <Table<CountyFigureCheck>
        size="small"
        bordered
        rowKey={(c) => c.figure.id}
        pagination={false}
        dataSource={rows}
        data-testid="reconcile-county"
        rowClassName={(c) => (c.reported !== null && c.difference !== 0 ? 'cq-mismatch' : '')}
        locale={{ emptyText: '本年度暂无台账和年终统计数字' }}
        columns={[
          { title: '台账类型', width: 100, render: (_, c) => c.figure.typeName },
          { title: '指标', render: (_, c) => figureName(c) },
          {
            title: '已报送乡镇',
            children: [
              { title: '填报合计', align: 'right', width: 110, render: (_, c) => showReported(c.reported) },
              { title: '台账合计', align: 'right', width: 110, render: (_, c) => (c.reported === null ? '' : formatWan(c.ledger)) },
              { title: '差额', align: 'right', width: 100, render: (_, c) => <DifferenceText check={c} /> },
            ],
          },
          { title: '全县台账合计', align: 'right', width: 120, render: (_, c) => formatWan(c.ledgerAll) },
          { title: '年度统计表采用', align: 'right', width: 130, render: (_, c) => <strong>{formatWan(c.adopted)}</strong> },
        ]}
      />
    </>
  );
}
