// 对账: each township's year-end tally against the ledger, figure by figure; townships whose
// numbers do not add up come with the differences highlighted. Exportable for the follow-up.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { formatWan } from '@shared/model/money';
import { formatDateCn } from '@shared/model/parse-date';
import { todayIso } from '@shared/model/pairing-rules';
import { reconcile, type FigureCheck, type TownshipCheck } from '@shared/reports/statistics/reconcile';
import { getStore } from '../../db';
import { tallyReports } from '../../db/repositories/tallies';
import { useSetting } from '../../app/use-setting';
import { useStatFilters } from './filters';
import { loadStatisticsInput } from './load';
import { StatFilterBar } from './StatFilterBar';
import { safeFileName, saveBuilt } from './save';

const show = (n: number | null) => (n === null ? '未填' : formatWan(n));

function Detail({ check, onlyDiff }: { check: TownshipCheck; onlyDiff: boolean }) {
  const rows = check.figures.filter((f) => !onlyDiff || (f.reported !== null && f.difference !== 0));
  return (
    <Table<FigureCheck>
      size="small"
      rowKey={(f) => f.figure.id}
      pagination={false}
      dataSource={rows}
      rowClassName={(f) => (f.reported !== null && f.difference !== 0 ? 'cq-mismatch' : '')}
      columns={[
        { title: '台账类型', width: 110, render: (_, f) => f.figure.typeName },
        { title: '指标', render: (_, f) => `${f.figure.label}${f.figure.unit ? `（${f.figure.unit}）` : ''}` },
        { title: '乡镇填报', align: 'right', width: 110, render: (_, f) => show(f.reported) },
        { title: '台账合计', align: 'right', width: 110, render: (_, f) => formatWan(f.ledger) },
        {
          title: '差额（填报−台账）',
          align: 'right',
          width: 150,
          render: (_, f) => (f.reported === null ? '' : f.difference === 0 ? '一致' : <Typography.Text type="danger" strong>{`${f.difference > 0 ? '+' : ''}${formatWan(f.difference)}`}</Typography.Text>),
        },
      ]}
    />
  );
}

export function ReconcilePage() {
  const { message } = App.useApp();
  const filters = useStatFilters();
  const { year, ready, townshipIds } = filters;
  const [office] = useSetting('office');
  const [onlyDiff, setOnlyDiff] = useState(true);
  const data = useLiveQuery(async () => {
    if (!ready) return undefined;
    const { db } = getStore();
    const [input, reports] = await Promise.all([loadStatisticsInput(db, year, year), tallyReports(db, year)]);
    return { input, reports };
  }, [ready, year]);
  const checks = useMemo(() => {
    if (!data) return undefined;
    const all = reconcile(data.input, data.reports, year);
    return townshipIds.length ? all.filter((c) => townshipIds.includes(c.townshipId)) : all;
  }, [data, year, townshipIds]);

  const exportXlsx = async () => {
    if (!checks) return;
    const rows = checks.filter((c) => c.hasTally).flatMap((c) => c.figures.map((f) => [c.name, f.figure.typeName, f.figure.label, f.figure.unit, f.reported, f.ledger, f.reported === null ? null : f.difference]));
    const { buildXlsxSheets } = await import('@shared/reports/xlsx-stream');
    const built = buildXlsxSheets([
      {
        title: `${office.countyName}${year}年年终统计对账表`,
        subtitle: `乡镇填报数与台账合计数对照　制表日期：${formatDateCn(todayIso())}`,
        sheetName: '对账表',
        columns: [
          { header: '乡镇（开发区）', kind: 'text', width: 16 },
          { header: '台账类型', kind: 'text', width: 12 },
          { header: '指标', kind: 'text', width: 20 },
          { header: '单位', kind: 'text', width: 8 },
          { header: '乡镇填报', kind: 'number', width: 11 },
          { header: '台账合计', kind: 'number', width: 11 },
          { header: '差额', kind: 'number', width: 11 },
        ],
        rows,
        freezeColumns: 1,
      },
    ]);
    await saveBuilt(built, safeFileName(`${office.countyName}${year}年年终统计对账表.xlsx`), message);
  };

  return (
    <Card>
      <style>{'.cq-mismatch td { background: #fff1f0 !important; }'}</style>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        年终统计对账
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        乡镇报送的年终统计数与本系统台账合计数逐项对照。年度统计表只用台账数；差额较大的，请与乡镇核实后补录台账，或请乡镇修改后重新报送（重新导入会替换原来的数字）。
      </Typography.Paragraph>
      <StatFilterBar
        filters={filters}
        extra={
          <Space>
            <Switch checked={onlyDiff} onChange={setOnlyDiff} aria-label="只看不一致" />
            <span>只看不一致</span>
            <Button icon={<DownloadOutlined />} disabled={!checks?.some((c) => c.hasTally)} onClick={() => void exportXlsx()}>
              导出 Excel
            </Button>
          </Space>
        }
      />
      <Table<TownshipCheck>
        rowKey="townshipId"
        size="small"
        pagination={false}
        loading={!checks}
        dataSource={checks}
        expandable={{ rowExpandable: (c) => c.hasTally, expandedRowRender: (c) => <Detail check={c} onlyDiff={onlyDiff} />, defaultExpandAllRows: false }}
        locale={{ emptyText: <span>暂无乡镇。请先到「<Link to="/tallies">年终统计 · 报送情况</Link>」导入乡镇报回的统计表</span> }}
        columns={[
          { title: '乡镇（开发区）', dataIndex: 'name' },
          { title: '年终统计', width: 120, render: (_, c) => (c.hasTally ? <Tag color="blue">已报送</Tag> : <Tag>未报送</Tag>) },
          {
            title: '对账结果',
            width: 200,
            render: (_, c) => (!c.hasTally ? '' : c.mismatches ? <Tag color="error">{c.mismatches} 项不一致</Tag> : <Tag color="success">全部一致</Tag>),
          },
        ]}
      />
    </Card>
  );
}
