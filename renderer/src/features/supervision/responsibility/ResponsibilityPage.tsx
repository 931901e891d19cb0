// 分片挂钩责任: each township party committee's pairings and each leading-group member's
// (挂钩领导) pairings, with their monthly-report rate, open rectifications and the year's ledger
// totals; a row opens to its pairings; the view prints as the 分片挂钩责任表 (A4 landscape).
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Select, Space, Table, Tabs, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { formatRate } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import { RESPONSIBILITY_FIGURES, type PairingLine, type ResponsibilityGroup, type Totals } from '@shared/reports/supervision/responsibility';
import { useSetting, useStoredSetting } from '../../../app/use-setting';
import { PrintPreview } from '../print/PrintPreview';
import { useResponsibility } from './responsibility-data';
import { ResponsibilitySheet, type GroupBy } from './ResponsibilitySheet';

const num = (v: number | undefined) => (v === undefined ? '' : Math.round(v * 100) / 100);

/** Columns shared by groups and pairings: reports, rectifications, ledger totals. */
function totalsColumns<T extends Totals>() {
  return [
    { title: '应报', key: 'due', width: 64, align: 'right' as const, render: (_: unknown, t: T) => t.counts.due },
    { title: '已报', key: 'reported', width: 64, align: 'right' as const, render: (_: unknown, t: T) => t.counts.reported },
    { title: '报送率', key: 'rate', width: 76, align: 'right' as const, render: (_: unknown, t: T) => formatRate(t.rate), sorter: (a: T, b: T) => (a.rate ?? -1) - (b.rate ?? -1) },
    { title: '未整改问题', key: 'rect', width: 90, align: 'right' as const, render: (_: unknown, t: T) => t.openRectifications },
    ...RESPONSIBILITY_FIGURES.map((f) => ({ title: `${f.label}（${f.unit}）`, key: f.id, width: 96, align: 'right' as const, render: (_: unknown, t: T) => num(t.figures[f.id]) })),
  ];
}

function PairingsOf({ group, groupBy }: { group: ResponsibilityGroup; groupBy: GroupBy }) {
  const navigate = useNavigate();
  return (
    <Table<PairingLine>
      rowKey="pairingId"
      size="small"
      pagination={false}
      dataSource={group.pairings}
      columns={[
        { title: '编号', dataIndex: 'code', width: 116, render: (code: string, p) => <Button type="link" size="small" onClick={() => navigate(`/pairings/${p.pairingId}`)}>{code}</Button> },
        { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
        { title: '村', dataIndex: 'villageName', width: 100 },
        groupBy === 'township' ? { title: '挂钩领导', dataIndex: 'leader', width: 90 } : { title: '乡镇', dataIndex: 'townshipName', width: 100 },
        ...totalsColumns<PairingLine>(),
      ]}
    />
  );
}

export function ResponsibilityPage() {
  const { value: workingYear, loaded } = useStoredSetting('workingYear');
  const [office] = useSetting('office');
  const [year, setYear] = useState<number>();
  const [groupBy, setGroupBy] = useState<GroupBy>('township');
  const [printing, setPrinting] = useState(false);
  const shownYear = year ?? workingYear;
  const view = useResponsibility(shownYear, loaded);
  // Performance measure: the page mounting to the view shown (test/bench/monthly-board.bench.ts).
  const [openedAt] = useState(() => performance.now());
  const measured = useRef(false);
  useEffect(() => {
    if (!view || measured.current) return;
    measured.current = true;
    performance.measure('cq:responsibility', { start: openedAt, end: performance.now() });
  }, [view, openedAt]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);
  const title = `${office.countyName}${shownYear}年村企联建分片挂钩责任表（${groupBy === 'township' ? '按乡镇' : '按挂钩领导'}）`;
  const groups = view ? (groupBy === 'township' ? view.byTownship : view.byLeader) : [];

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        分片挂钩责任
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>年度</span>
        <Select aria-label="年度" style={{ width: 100 }} value={shownYear} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        <Button icon={<PrinterOutlined />} disabled={!view} onClick={() => setPrinting(true)}>
          打印
        </Button>
        <Typography.Text type="secondary">各乡镇党委、开发区党工委分片挂钩，领导小组成员挂钩联系、定点指导；月报报送率按截止日已过的月份计。</Typography.Text>
      </Space>
      <Tabs
        activeKey={groupBy}
        onChange={(k) => setGroupBy(k as GroupBy)}
        items={[
          { key: 'township', label: '按乡镇（分片）' },
          { key: 'leader', label: '按挂钩领导' },
        ]}
      />
      <Table<ResponsibilityGroup>
        rowKey="key"
        size="small"
        aria-label={groupBy === 'township' ? '各乡镇挂钩责任' : '各挂钩领导责任'}
        loading={!view}
        dataSource={groups}
        pagination={false}
        scroll={{ x: 1300 }}
        expandable={{ expandedRowRender: (g) => <PairingsOf group={g} groupBy={groupBy} /> }}
        locale={{ emptyText: '这一年没有联建点' }}
        columns={[
          { title: groupBy === 'township' ? '乡镇（开发区）' : '挂钩领导', dataIndex: 'name', width: 130, fixed: 'start' },
          groupBy === 'township'
            ? { title: '党委挂钩领导', dataIndex: 'detail', width: 160 }
            : { title: '职务 / 挂钩乡镇', key: 'detail', width: 200, render: (_, g) => [g.detail, g.townships.join('、')].filter(Boolean).join(' / ') },
          { title: '联建点', key: 'count', width: 70, align: 'right', render: (_, g) => g.pairings.length },
          ...totalsColumns<ResponsibilityGroup>(),
        ]}
        summary={() =>
          view && (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>
                  <strong>合计</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} />
                <Table.Summary.Cell index={3} align="right">
                  {groups.reduce((n, g) => n + g.pairings.length, 0)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {view.total.counts.due}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {view.total.counts.reported}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {formatRate(view.total.rate)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {view.total.openRectifications}
                </Table.Summary.Cell>
                {RESPONSIBILITY_FIGURES.map((f, i) => (
                  <Table.Summary.Cell key={f.id} index={8 + i} align="right">
                    {num(view.total.figures[f.id])}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
      {view && (
        <PrintPreview open={printing} onClose={() => setPrinting(false)} title={title} landscape note={`${groups.length} 个${groupBy === 'township' ? '乡镇' : '挂钩领导'}`}>
          <ResponsibilitySheet view={view} groupBy={groupBy} title={title} printedOn={todayIso()} />
        </PrintPreview>
      )}
    </Card>
  );
}
