// 村企联建工作年度统计表 on screen: year and township filters shared with the charts, one
// tab per part of the table, export to the print-ready workbook. Opening the page reads only
// the aggregates of the year (performance mark 'cq:annual-table' measures it).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatDateCn } from '@shared/model/parse-date';
import dayjs from 'dayjs';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { annualTitle } from '@shared/reports/statistics/titles';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { useStatFilters } from './filters';
import { loadStatisticsInput } from './load';
import { StatFilterBar } from './StatFilterBar';
import { StatTable } from './StatTable';
import { StatPrintButton } from './StatPrint';
import { ANNUAL_FOOTNOTE } from '@shared/reports/statistics/footnote';
import { safeFileName, saveBuilt } from './save';

export const ANNUAL_TABLE_MEASURE = 'cq:annual-table';

export function AnnualTablePage() {
  const { message } = App.useApp();
  const filters = useStatFilters();
  const { year, ready, townshipIds } = filters;
  const [office] = useSetting('office');
  const [openedAt] = useState(() => performance.now());
  const measured = useRef(false);
  // The year travels with the data, so a table is never computed from another year's figures.
  const loaded = useLiveQuery(async () => (ready ? { year, input: await loadStatisticsInput(getStore().db, year, year) } : undefined), [ready, year]);
  const table = useMemo(() => (loaded?.year === year ? computeAnnualTable(loaded.input, { year, townshipIds }) : undefined), [loaded, year, townshipIds]);

  useEffect(() => {
    if (!table || table.year !== year || measured.current) return;
    measured.current = true;
    performance.measure(ANNUAL_TABLE_MEASURE, { start: openedAt, end: performance.now() });
  }, [table, year, openedAt]);

  const countyName = office.countyName || '全县';
  const exportXlsx = async () => {
    if (!table) return;
    const scopeNote = table.wholeCounty ? undefined : table.rows.map((r) => r.label).join('、');
    // The workbook writer is loaded when a table is exported, not with the page.
    const { buildAnnualXlsx } = await import('@shared/reports/statistics/annual-xlsx');
    const built = buildAnnualXlsx(table, { countyName: office.countyName, unitName: office.unitName, madeOn: formatDateCn(dayjs().format('YYYY-MM-DD')), scopeNote });
    await saveBuilt(built, safeFileName(`${annualTitle(table, office.countyName)}.xlsx`), message);
  };

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
            <StatPrintButton table={table} title={annualTitle({ year }, office.countyName)} subtitle={`填报单位：${office.unitName || '（未设置单位名称）'}　　制表日期：${formatDateCn(dayjs().format('YYYY-MM-DD'))}`} />
          </Space>
        }
      />
      {table && (
        <Tabs
          items={table.parts.map((part) => ({ key: part.key, label: part.title, children: <StatTable table={table} part={part} /> }))}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {ANNUAL_FOOTNOTE}乡镇报送的年终统计数见「对账」。
      </Typography.Paragraph>
    </Card>
  );
}
