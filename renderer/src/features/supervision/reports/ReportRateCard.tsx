// 月报报送率·各乡镇各月 for the dashboard: a township × month table of the report rate, with
// the county line; months still open for reporting are blank, weak rates stand out.
import { Card, Empty, Table, Tooltip } from 'antd';
import { formatRate, reportRate, type ReportCounts } from '@shared/model/monthly-report';
import type { RateLine } from '@shared/reports/supervision/rate-table';
import { useRateTable } from './report-rates';

function RateCell({ c }: { c: ReportCounts | null }) {
  if (!c) return null;
  const rate = reportRate(c);
  const color = rate === null ? undefined : rate >= 0.9 ? '#389e0d' : rate >= 0.7 ? '#d48806' : '#c8161d';
  return (
    <Tooltip title={`应报 ${c.due}，已报 ${c.reported}（其中逾期 ${c.late}）`}>
      <span style={{ color }}>{formatRate(rate)}</span>
    </Tooltip>
  );
}

export function ReportRateCard({ year, ready, townshipIds }: { year: number; ready: boolean; townshipIds: readonly string[] }) {
  const table = useRateTable(year, ready);
  const lines = (table?.lines ?? []).filter((l) => townshipIds.length === 0 || townshipIds.includes(l.townshipId));
  const empty = table !== undefined && table.total.year.due === 0;
  return (
    <Card size="small" title={`月报报送率·${year}年各乡镇各月`}>
      {empty ? (
        <Empty description="这一年没有到期的月报：联建批准后按月报送，截止日过后计入报送率" />
      ) : (
        <Table<RateLine>
          rowKey={(l) => l.townshipId || 'total'}
          size="small"
          aria-label="月报报送率"
          loading={!table}
          pagination={false}
          scroll={{ x: 1100 }}
          dataSource={table ? [...lines, ...(townshipIds.length ? [] : [table.total])] : []}
          rowClassName={(l) => (l.townshipId ? '' : 'cq-rate-total')}
          columns={[
            { title: '乡镇（开发区）', dataIndex: 'name', width: 130, fixed: 'start', render: (n: string, l) => (l.townshipId ? n : <strong>{n}</strong>) },
            ...(table?.months ?? []).map((m, i) => ({ title: `${Number(m.slice(5))}月`, key: m, width: 64, align: 'right' as const, render: (_: unknown, l: RateLine) => <RateCell c={l.months[i]} /> })),
            { title: '全年', key: 'year', width: 76, align: 'right' as const, render: (_: unknown, l: RateLine) => <strong><RateCell c={l.year.due ? l.year : null} /></strong> },
          ]}
        />
      )}
    </Card>
  );
}
