// 村企联建工作年度统计表 on screen: year and township filters shared with the charts, rows by
// township (default), enterprise or village, one tab per part of the table, export to the
// print-ready workbook and print, and the note saying which townships' figures came from their
// tallies and which from the ledger. Opening the page by township reads only the township
// totals and tallies of the year (performance mark 'cq:annual-table' measures it); rows by
// enterprise or village need the per-pairing totals.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Segmented, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatDateCn } from '@shared/model/parse-date';
import dayjs from 'dayjs';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { GROUP_BYS, GROUP_NAMES, type GroupBy } from '@shared/reports/statistics/annual-groups';
import { annualFileName, annualTitle } from '@shared/reports/statistics/titles';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { useStatFilters } from './filters';
import { loadStatisticsInput } from './load';
import { StatFilterBar } from './StatFilterBar';
import { StatTable } from './StatTable';
import { StatPrintButton } from './StatPrint';
import { annualFootnote } from '@shared/reports/statistics/footnote';
import { Link } from 'react-router';
import { safeFileName, saveBuilt } from './save';

export const ANNUAL_TABLE_MEASURE = 'cq:annual-table';
/** From the page mounting to the year's figures read (the rest of 'cq:annual-table' is computing and rendering). */
export const ANNUAL_LOAD_MEASURE = 'cq:annual-table-load';

export function AnnualTablePage() {
  const { message } = App.useApp();
  const filters = useStatFilters();
  const { year, ready, townshipIds } = filters;
  const [office] = useSetting('office');
  const [groupBy, setGroupBy] = useState<GroupBy>('township');
  const [openedAt] = useState(() => performance.now());
  const measured = useRef(false);
  const shownOnce = useRef(false);
  // The part shown stays shown while another year or grouping loads.
  const [part, setPart] = useState<string>();
  // The year travels with the data, so a table is never computed from another year's figures.
  const loaded = useLiveQuery(async () => {
    if (!ready) return undefined;
    const input = await loadStatisticsInput(getStore().db, year, year, { aggregates: groupBy === 'township' ? 'township' : 'pairing' });
    if (!measured.current) performance.measure(ANNUAL_LOAD_MEASURE, { start: openedAt, end: performance.now() });
    return { year, groupBy, input };
  }, [ready, year, groupBy]);
  const table = useMemo(
    () => (loaded?.year === year && loaded.groupBy === groupBy ? computeAnnualTable(loaded.input, { year, townshipIds, groupBy }) : undefined),
    [loaded, year, townshipIds, groupBy],
  );

  useEffect(() => {
    if (!table || table.year !== year || measured.current) return;
    measured.current = true;
    performance.measure(ANNUAL_TABLE_MEASURE, { start: openedAt, end: performance.now() });
  }, [table, year, openedAt]);

  const countyName = office.countyName || '全县';
  const exportXlsx = async () => {
    if (!table) return;
    const scopeNote = table.wholeCounty ? undefined : table.sources.townships.join('、');
    // The workbook writer is loaded when a table is exported, not with the page.
    const { buildAnnualXlsx } = await import('@shared/reports/statistics/annual-xlsx');
    const built = buildAnnualXlsx(table, { countyName: office.countyName, unitName: office.unitName, madeOn: formatDateCn(dayjs().format('YYYY-MM-DD')), scopeNote });
    await saveBuilt(built, safeFileName(annualFileName(table, office.countyName)), message);
  };

  // Until the first figures arrive the page renders next to nothing, so the store is read
  // while the page's controls would still be rendering (measured: rendering them first delayed
  // the read by ~150 ms); after that it keeps its frame while another year loads.
  if (table) shownOnce.current = true;
  else if (!shownOnce.current) return <Typography.Text type="secondary">正在读取统计数据……</Typography.Text>;

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {annualTitle({ year }, countyName === '全县' ? '' : countyName)}
      </Typography.Title>
      <StatFilterBar
        filters={filters}
        extra={
          <Space>
            <Button type="primary" icon={<DownloadOutlined />} disabled={!table} onClick={() => void exportXlsx()}>
              导出 Excel
            </Button>
            <StatPrintButton
              table={table}
              title={annualTitle({ year }, office.countyName)}
              subtitle={`${groupBy === 'township' ? '' : `${GROUP_NAMES[groupBy]}统计　　`}填报单位：${office.unitName || '（未设置单位名称）'}　　制表日期：${formatDateCn(dayjs().format('YYYY-MM-DD'))}`}
            />
          </Space>
        }
      />
      <Space style={{ marginBottom: 8 }}>
        <span>分组</span>
        <Segmented<GroupBy> aria-label="分组" value={groupBy} onChange={setGroupBy} options={GROUP_BYS.map((g) => ({ value: g, label: GROUP_NAMES[g] }))} />
      </Space>
      {table && (
        <Tabs
          activeKey={part}
          onChange={setPart}
          items={table.parts.map((part) => ({ key: part.key, label: part.title, children: <StatTable table={table} part={part} /> }))}
        />
      )}
      {table && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="annual-sources">
          {annualFootnote(table)}乡镇报送数与台账数的对照见「<Link to="/statistics/reconcile">对账</Link>」。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
