// 统计分析: a figure over the years, the same figure by township, and ledger entries by type,
// with the year and township filters of the statistics table; each chart saved as PNG; and the
// year's monthly-report rate by township and month, rectification items and evaluation scores
// (from the supervision and evaluation features). The figures are the annual table's (each
// township's from its tally or the ledger, per year).
import { Suspense, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Col, Empty, Row, Select, Space, Typography } from 'antd';
import { PictureOutlined } from '@ant-design/icons';
import { ok } from '@shared/model/result';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { sourceNote } from '@shared/reports/statistics/sources';
import { getStore } from '../../db';
import { useStatFilters } from './filters';
import { loadStatisticsInput } from './load';
import { StatFilterBar } from './StatFilterBar';
import { EChart, type EChartHandle } from './EChart';
import { chartPng, type ChartOption } from './echarts';
import { byTownship, byYear, chartableColumns, entriesByType, yearsCovered, type Series } from './dashboard-data';
import { safeFileName, saveBuilt } from './save';
import { RectificationStatsCard, ReportRateCard } from '../supervision';
import { ScoreDistributionCard } from '../evaluation';

const RED = '#c8161d';

function barOption(series: Series, unit: string, horizontal = false): ChartOption {
  const category = { type: 'category', data: series.labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
  const value = { type: 'value', name: unit };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 110 : 50, right: 30, top: 40, bottom: horizontal ? 30 : 70 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true, axisLabel: { interval: 0 } } : value,
    series: [{ type: 'bar', data: series.values, itemStyle: { color: RED }, label: { show: series.values.length <= 20, position: horizontal ? 'right' : 'top' } }],
  };
}

function pieOption(series: Series): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}条（{d}%）' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: series.labels.map((name, i) => ({ name, value: series.values[i] })), label: { formatter: '{b}\n{c}条' } }],
  };
}

function ChartCard({ title, chart, empty, children }: { title: string; chart: RefObject<EChartHandle | null>; empty: boolean; children: ReactNode }) {
  const { message } = App.useApp();
  const save = async () => {
    const instance = chart.current?.chart();
    if (!instance) return;
    await saveBuilt(ok(chartPng(instance)), safeFileName(`${title}.png`), message);
  };
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" icon={<PictureOutlined />} disabled={empty} onClick={() => void save()} aria-label={`保存图片：${title}`}>
          保存图片
        </Button>
      }
    >
      {empty ? <Empty description="暂无数据：请先录入台账，或在工作台载入示例数据" /> : children}
    </Card>
  );
}

export function DashboardPage() {
  const filters = useStatFilters();
  const { year, ready, townshipIds } = filters;
  const [columnId, setColumnId] = useState('ledger.labour.sent');
  const input = useLiveQuery(() => (ready ? loadStatisticsInput(getStore().db, 1990, year) : undefined), [ready, year]);
  const table = useMemo(() => input && computeAnnualTable(input, { year, townshipIds }), [input, year, townshipIds]);
  const columns = useMemo(() => (table ? chartableColumns(table) : []), [table]);
  const column = columns.find((c) => c.id === columnId) ?? columns[0];
  const years = useMemo(() => (input ? yearsCovered(input, year) : []), [input, year]);
  const yearly = useMemo(() => (input && column ? byYear(input, years, townshipIds, column.id) : undefined), [input, years, townshipIds, column]);
  const townships = useMemo(() => (table && column ? byTownship(table, column.id) : undefined), [table, column]);
  const types = useMemo(() => (input ? entriesByType(input, year, townshipIds) : undefined), [input, year, townshipIds]);
  const refs = { yearly: useRef<EChartHandle>(null), townships: useRef<EChartHandle>(null), types: useRef<EChartHandle>(null) };
  const figureName = column ? `${column.label}${column.unit ? `（${column.unit}）` : ''}` : '';

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        统计分析
      </Typography.Title>
      <StatFilterBar
        filters={filters}
        extra={
          <Space>
            <span>指标</span>
            <Select
              aria-label="统计指标"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 240 }}
              value={column?.id}
              onChange={setColumnId}
              options={columns.map((c) => ({ value: c.id, label: `${c.label}${c.unit ? `（${c.unit}）` : ''}` }))}
            />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard title={`${figureName}·历年`} chart={refs.yearly} empty={!yearly || yearly.values.every((v) => v === 0)}>
            {yearly && <EChart ref={refs.yearly} label={`${figureName}历年柱状图`} option={barOption(yearly, column?.unit ?? '')} />}
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={`台账条数·${year}年各类型`} chart={refs.types} empty={!types || types.values.length === 0}>
            {types && <EChart ref={refs.types} label="各台账类型条数饼图" option={pieOption(types)} />}
          </ChartCard>
        </Col>
        <Col span={24}>
          <ChartCard title={`${figureName}·${year}年各乡镇`} chart={refs.townships} empty={!townships || townships.values.every((v) => v === 0)}>
            {townships && <EChart ref={refs.townships} label={`${figureName}各乡镇条形图`} height={Math.max(340, townships.labels.length * 26 + 60)} option={barOption(townships, column?.unit ?? '', true)} />}
          </ChartCard>
        </Col>
        <Col span={24}>
          <ReportRateCard year={year} ready={ready} townshipIds={townshipIds} />
        </Col>
        <Col span={24}>
          <RectificationStatsCard year={year} townshipIds={townshipIds} />
        </Col>
        <Col span={24}>
          <Suspense fallback={null}>
            <ScoreDistributionCard year={year} townshipIds={townshipIds} />
          </Suspense>
        </Col>
      </Row>
      {table && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="dashboard-sources">
          {sourceNote(table.sources)}历年图中各年同样按该年各乡镇的年终统计表或台账取数；「台账条数」只计台账。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
