// 技能培训供给关系: which enterprises supply labour training to which villages, over the years
// chosen — counted from the 技能培训 running totals by training-exchange.ts, the same count
// the annual table and the work summary state — as figures, a list and a matrix, exported as
// one print-ready workbook.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Col, Form, Row, Statistic, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { supplyCounts, supplyRelations, type SupplyRelation } from '@shared/reports/statistics/training-exchange';
import { supplyMatrix, type SupplyNames } from '@shared/reports/training/supply';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { TownshipSelect } from '../../../ui/records/pickers';
import { useBases, useNames } from '../common/records';
import { saveBytes } from '../common/save-table';
import './supply.css';
import { NumberInput } from '../../../ui/NumberInput';

export function SupplyPage() {
  const { message } = App.useApp();
  const [workingYear] = useSetting('workingYear');
  const [office] = useSetting('office');
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const toYear = to ?? workingYear;
  const fromYear = Math.min(from ?? toYear - 2, toYear);
  const [townshipId, setTownshipId] = useState<string>();
  const names = useNames();
  const bases = useBases();
  const aggregates = useLiveQuery(
    async () => (await getStore().db.ledgerAggregates.where('type').equals('training').toArray()).filter((a) => a.year >= fromYear && a.year <= toYear),
    [fromYear, toYear],
  );

  const relations = useMemo(
    () => supplyRelations(aggregates ?? [], (id) => names.pairings.get(id)).filter((r) => !townshipId || r.townshipId === townshipId),
    [aggregates, names, townshipId],
  );
  const counts = supplyCounts(relations);
  const supplyNames = useMemo((): SupplyNames => {
    const order = new Map([...names.townships.values()].map((t) => [t.id, t.order]));
    const baseNames = new Map<string, string[]>();
    for (const b of bases ?? []) for (const e of b.enterpriseIds) baseNames.set(`${b.villageId}|${e}`, [...(baseNames.get(`${b.villageId}|${e}`) ?? []), b.name]);
    return {
      enterprise: names.enterprise,
      village: names.village,
      villageTownship: (id) => {
        const t = names.villages.get(id)?.townshipId;
        return { name: names.township(t), order: (t ? order.get(t) : undefined) ?? 999 };
      },
      pairingCode: (id) => names.pairings.get(id)?.code ?? '',
      bases: (r) => baseNames.get(`${r.villageId}|${r.enterpriseId}`) ?? [],
    };
  }, [names, bases]);
  const matrix = useMemo(() => supplyMatrix(relations, supplyNames), [relations, supplyNames]);
  const scope = townshipId ? names.township(townshipId) : '全县';
  const years = fromYear === toYear ? `${toYear}年` : `${fromYear}—${toYear}年`;
  const sentence = `${years}，${scope}有${counts.enterprises}家企业与${counts.villages}个村建立了劳动力技能培训供给关系。`;
  const sum = (k: 'sessions' | 'trainees' | 'employedAfter') => relations.reduce((s, r) => s + r[k], 0);

  const exportWorkbook = async () => {
    const { buildSupplyXlsx } = await import('@shared/reports/training/supply-xlsx');
    const title = `${office.countyName || ''}村企劳动力技能培训供给关系表`;
    const subtitle = `${years}　范围：${scope}　制表单位：${office.unitName || '（未设置单位名称）'}`;
    await saveBytes(message, buildSupplyXlsx({ title, subtitle, relations, names: supplyNames }), `${title}（${years}）.xlsx`);
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        技能培训供给关系
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="起始年度">
          <NumberInput standalone integer aria-label="起始年度" min={1990} max={toYear} value={fromYear} onChange={(v) => typeof v === 'number' && setFrom(v)} addon="年" style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label="截至年度">
          <NumberInput standalone integer aria-label="截至年度" min={1990} max={2100} value={toYear} onChange={(v) => typeof v === 'number' && setTo(v)} addon="年" style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label="乡镇">
          <TownshipSelect aria-label="乡镇筛选" style={{ width: 180 }} value={townshipId} onChange={(v) => setTownshipId(v as string | undefined)} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" icon={<DownloadOutlined />} disabled={relations.length === 0} onClick={() => void exportWorkbook()}>
            导出 Excel
          </Button>
        </Form.Item>
      </Form>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={4}>
          <Statistic title="供给企业" value={counts.enterprises} suffix="家" />
        </Col>
        <Col span={4}>
          <Statistic title="受训村" value={counts.villages} suffix="个" />
        </Col>
        <Col span={4}>
          <Statistic title="供给关系" value={counts.relations} suffix="对" />
        </Col>
        <Col span={4}>
          <Statistic title="培训期数" value={sum('sessions')} suffix="期" />
        </Col>
        <Col span={4}>
          <Statistic title="培训人次" value={sum('trainees')} suffix="人次" />
        </Col>
        <Col span={4}>
          <Statistic title="上岗录用" value={sum('employedAfter')} suffix="人" />
        </Col>
      </Row>
      <Typography.Paragraph data-testid="supply-sentence" style={{ fontSize: 15 }}>
        {sentence}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'list',
            label: `供给关系一览（${relations.length}）`,
            children: (
              <Table<SupplyRelation>
                rowKey={(r) => `${r.enterpriseId}|${r.villageId}`}
                size="small"
                loading={aggregates === undefined}
                dataSource={relations}
                pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                locale={{ emptyText: '所选年度暂无技能培训记录。在「订单式培训」中登记培训后，这里显示企业与村的培训供给关系' }}
                columns={[
                  { title: '用工企业', key: 'e', render: (_, r) => names.enterprise(r.enterpriseId), sorter: (a, b) => names.enterprise(a.enterpriseId).localeCompare(names.enterprise(b.enterpriseId), 'zh-CN') },
                  { title: '所在乡镇', key: 't', width: 110, render: (_, r) => supplyNames.villageTownship(r.villageId).name },
                  { title: '联建村', key: 'v', width: 100, render: (_, r) => names.village(r.villageId) },
                  { title: '联建编号', key: 'p', width: 120, render: (_, r) => r.pairingIds.map(supplyNames.pairingCode).join('、') },
                  { title: '培训基地', key: 'b', ellipsis: true, render: (_, r) => supplyNames.bases(r).join('、') || '—' },
                  { title: '年度', key: 'y', width: 110, render: (_, r) => (r.years.length > 1 ? `${r.years[0]}—${r.years[r.years.length - 1]}` : r.years.join('')) },
                  { title: '期数', dataIndex: 'sessions', width: 70, align: 'right', sorter: (a, b) => a.sessions - b.sessions },
                  { title: '培训人次', dataIndex: 'trainees', width: 90, align: 'right' },
                  { title: '上岗录用', dataIndex: 'employedAfter', width: 90, align: 'right' },
                ]}
              />
            ),
          },
          {
            key: 'matrix',
            label: '供给关系矩阵',
            children: (
              <div className="cq-supply-matrix" role="table" aria-label="供给关系矩阵">
                {matrix.villages.length === 0 ? (
                  <Typography.Text type="secondary">暂无供给关系</Typography.Text>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th className="sticky">乡镇</th>
                        <th className="sticky second">村</th>
                        {matrix.enterprises.map((e) => (
                          <th key={e.id} className="vertical" title={e.name}>
                            <span>{e.name}</span>
                          </th>
                        ))}
                        <th>供给企业</th>
                      </tr>
                    </thead>
                    <tbody>
                      {matrix.villages.map((v) => (
                        <tr key={v.id}>
                          <td className="sticky">{v.township}</td>
                          <td className="sticky second">{v.name}</td>
                          {matrix.enterprises.map((e) => {
                            const n = matrix.cells.get(`${v.id}|${e.id}`);
                            return (
                              <td key={e.id} className={n === undefined ? 'num' : 'num on'} title={n === undefined ? undefined : `${e.name} — ${v.name}：${n}期`}>
                                {n ?? ''}
                              </td>
                            );
                          })}
                          <td className="num">{v.enterprises}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <td className="sticky">联系村数</td>
                        <td className="sticky second">{matrix.villages.length}个</td>
                        {matrix.enterprises.map((e) => (
                          <td key={e.id} className="num">
                            {e.villages}
                          </td>
                        ))}
                        <td className="num">{relations.length}</td>
                      </tr>
                    </tfoot>
                  </table>
                )}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}

