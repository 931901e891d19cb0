// 对账: each township's year-end tally against the ledger, figure by figure and pairing by
// pairing, with the county totals; and, per township, which of the two stands in the annual
// table, the charts and the summary (by default its tally where it reported, the ledger
// otherwise — never both added). The office's choice is kept per township and year and
// written to the 操作日志. Exportable for the follow-up with the townships.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Radio, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { SOURCE_LABELS, type SourceKind } from '@shared/model/figure-source';
import { reconcile, reconcileCounty, type TownshipCheck } from '@shared/reports/statistics/reconcile';
import { formatDateCn } from '@shared/model/parse-date';
import { getStore } from '../../db';
import { chooseFigureSource } from '../../db/repositories/figure-sources';
import { useSetting } from '../../app/use-setting';
import { useStatFilters } from './filters';
import { loadStatisticsInput } from './load';
import { StatFilterBar } from './StatFilterBar';
import { ReconcileDetail } from './ReconcileDetail';
import { ReconcileTotals } from './ReconcileTotals';
import { safeFileName, saveBuilt } from './save';

function TallyTag({ check }: { check: TownshipCheck }) {
  if (check.source.reported && check.hasTally) return <Tag color="blue">已报送</Tag>;
  if (check.hasTally) return <Tooltip title="本乡镇未报送，只有企业党组织报送了其中的联建点">{<Tag color="gold">{`仅企业报送 ${check.source.tallyPairings} 个联建点`}</Tag>}</Tooltip>;
  return <Tag>未报送</Tag>;
}

export function ReconcilePage() {
  const { message } = App.useApp();
  const filters = useStatFilters();
  const { year, ready, townshipIds } = filters;
  const [office] = useSetting('office');
  const [onlyDiff, setOnlyDiff] = useState(true);
  const [saving, setSaving] = useState<string | null>(null);
  const input = useLiveQuery(async () => (ready ? { year, input: await loadStatisticsInput(getStore().db, year, year) } : undefined), [ready, year]);
  const checks = useMemo(() => {
    if (!input || input.year !== year) return undefined;
    const all = reconcile(input.input, year);
    return townshipIds.length ? all.filter((c) => townshipIds.includes(c.townshipId)) : all;
  }, [input, year, townshipIds]);
  const county = useMemo(() => checks && reconcileCounty(checks), [checks]);
  const pairingLabel = useMemo(() => {
    const data = input?.input;
    const enterprise = new Map(data?.enterprises.map((e) => [e.id, e.name]));
    const village = new Map(data?.villages.map((v) => [v.id, v.name]));
    const label = new Map(data?.pairings.map((p) => [p.id, `${p.code}　${enterprise.get(p.enterpriseId) ?? '（已删除的企业）'}—${village.get(p.villageId) ?? '（已删除的村）'}`]));
    return (id: string) => label.get(id) ?? '（已删除的联建）';
  }, [input]);

  const choose = async (check: TownshipCheck, source: SourceKind) => {
    setSaving(check.townshipId);
    try {
      await chooseFigureSource(getStore().db, { year, townshipId: check.townshipId, source });
      message.success(`${check.name}${year}年改为采用${SOURCE_LABELS[source]}的数字，年度统计表已随之更新`);
    } catch (e) {
      message.error(`未能保存：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(null);
    }
  };

  const exportXlsx = async () => {
    if (!checks || !county) return;
    // The workbook writer is loaded when the table is exported, not with the page.
    const { buildReconcileXlsx } = await import('@shared/reports/statistics/reconcile-xlsx');
    const built = buildReconcileXlsx(checks, county, { countyName: office.countyName, year, madeOn: formatDateCn(dayjs().format('YYYY-MM-DD')), pairingLabel });
    await saveBuilt(built, safeFileName(`${office.countyName}${year}年年终统计对账表.xlsx`), message);
  };

  return (
    <Card>
      <style>{'.cq-mismatch td { background: #fff1f0 !important; }'}</style>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        年终统计对账
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        乡镇报送的年终统计数与台账合计数逐项、逐联建点对照。年度统计表、统计分析和工作总结数字按同一规则取数：已报送年终统计表的乡镇取年终统计表的数字，未报送的取台账，二者不相加（产业共建各乡镇均取自产业基地记录，报表数只作对照）。核实后如需改用另一方的数字，在「年度统计表采用」一栏逐乡镇选择（记入操作日志）。
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
        expandable={{ rowExpandable: (c) => c.hasTally, expandedRowRender: (c) => <ReconcileDetail check={c} onlyDiff={onlyDiff} pairingLabel={pairingLabel} /> }}
        locale={{ emptyText: <span>暂无乡镇。请先到「<Link to="/tallies">年终统计 · 报送情况</Link>」导入乡镇报回的统计表</span> }}
        columns={[
          { title: '乡镇（开发区）', dataIndex: 'name' },
          { title: '年终统计', width: 170, render: (_, c) => <TallyTag check={c} /> },
          {
            title: '对账结果',
            width: 140,
            render: (_, c) => (!c.hasTally ? '' : c.mismatches ? <Tag color="error">{c.mismatches} 项不一致</Tag> : <Tag color="success">全部一致</Tag>),
          },
          {
            title: '年度统计表采用',
            width: 260,
            render: (_, c) =>
              c.hasTally ? (
                <Space size={4}>
                  <Radio.Group
                    size="small"
                    optionType="button"
                    aria-label={`${c.name}采用的数字`}
                    disabled={saving !== null}
                    value={c.source.source}
                    onChange={(e) => void choose(c, e.target.value as SourceKind)}
                    options={[
                      { value: 'tally', label: SOURCE_LABELS.tally },
                      { value: 'ledger', label: SOURCE_LABELS.ledger },
                    ]}
                  />
                  {c.source.chosen && <Typography.Text type="secondary">（已选定）</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{SOURCE_LABELS.ledger}</Typography.Text>
              ),
          },
        ]}
      />
      {county && <ReconcileTotals county={county} />}
    </Card>
  );
}
