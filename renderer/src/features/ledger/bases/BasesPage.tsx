// 产业基地 (成效台账 › 产业基地): every base the pairings built, filtered by township, year and
// name, with the totals the statistics count (bases, pairings with a base, area, households,
// the enterprises' gain); 新建 · 导入 · 导出 · 打印.
import { useMemo, useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { normalizeHeader } from '@shared/model/normalize';
import { host } from '../../../host';
import { TownshipSelect } from '../../../ui/records/pickers';
import { PrintTable } from '../../../ui/PrintTable';
import { BasesTable } from './BasesTable';
import { exportBases } from './bases-export';
import { baseTotals, useBaseActions, useBaseNames, useBases } from './use-bases';

type Filter = { townshipId?: string; year?: number; text?: string };

export function BasesPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const all = useBases();
  const names = useBaseNames();
  const actions = useBaseActions();
  const [filter, setFilter] = useState<Filter>({});

  const years = useMemo(() => [...new Set((all ?? []).map((b) => b.year))].sort((a, b) => b - a), [all]);
  const bases = useMemo(() => {
    const text = filter.text ? normalizeHeader(filter.text) : '';
    return (all ?? [])
      .filter((b) => (!filter.townshipId || b.townshipId === filter.townshipId) && (!filter.year || b.year === filter.year))
      .filter((b) => !text || normalizeHeader(`${b.name}${b.product ?? ''}`).includes(text))
      .sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'zh-CN'));
  }, [all, filter]);
  const totals = baseTotals(bases);
  const filterText = [filter.townshipId ? names.township(filter.townshipId) : '', filter.year ? `${filter.year}年建立` : '', filter.text ? `含「${filter.text}」` : ''].filter(Boolean).join('，');

  const exportRows = async () => {
    const result = await exportBases(bases, names, filterText);
    if (result.ok) message.success(`已导出 ${bases.length} 个产业基地：${result.value.location}`);
    else if (!result.cancelled) message.error(result.error);
  };

  return (
    <Card>
      <div className="lj-screen-only">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          产业基地
        </Typography.Title>
        <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item label="乡镇">
            <TownshipSelect aria-label="乡镇" placeholder="全部" style={{ width: 150 }} value={filter.townshipId} onChange={(t) => setFilter({ ...filter, townshipId: t as string | undefined })} />
          </Form.Item>
          <Form.Item label="建立年份">
            <Select aria-label="建立年份" allowClear placeholder="全部" style={{ width: 110 }} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
          <Form.Item label="名称">
            <Input.Search aria-label="名称" allowClear placeholder="基地名称或产品" style={{ width: 200 }} onSearch={(text) => setFilter({ ...filter, text: text || undefined })} />
          </Form.Item>
        </Form>
        <Space style={{ marginBottom: 12 }} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => actions.add()}>
            新建
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/import/industry-bases')}>
            导入
          </Button>
          <Button icon={<ExportOutlined />} disabled={bases.length === 0} onClick={() => void exportRows()}>
            导出
          </Button>
          <Button icon={<PrinterOutlined />} disabled={bases.length === 0} onClick={() => void host.print({ title: '产业基地', landscape: true })}>
            打印
          </Button>
        </Space>
        <Descriptions size="small" bordered column={5} style={{ marginBottom: 12 }} aria-label="产业基地合计">
          <Descriptions.Item label="基地">{totals.bases} 个</Descriptions.Item>
          <Descriptions.Item label="联建点">{totals.pairings} 个</Descriptions.Item>
          <Descriptions.Item label="面积">{totals.area.toLocaleString('zh-CN')} 亩</Descriptions.Item>
          <Descriptions.Item label="带动农户">{totals.households.toLocaleString('zh-CN')} 户</Descriptions.Item>
          <Descriptions.Item label="企业增效">{totals.enterpriseGain.toLocaleString('zh-CN')} 万元/年</Descriptions.Item>
        </Descriptions>
        <BasesTable
          bases={all === undefined ? undefined : bases}
          pairingName={names.pairing}
          townshipName={names.township}
          emptyText={all?.length ? '没有符合条件的产业基地' : '暂无产业基地，点击「新建」登记，或「导入」从 Excel 导入'}
          onEdit={actions.edit}
          onDelete={actions.remove}
        />
      </div>
      <PrintTable
        title={`村企共建产业基地情况表${filterText ? `（${filterText}）` : ''}`}
        rows={bases}
        rowKey={(b) => b.id}
        columns={[
          { title: '基地名称', value: (b) => b.name },
          { title: '主要产品', value: (b) => b.product ?? '' },
          { title: '面积（亩）', value: (b) => b.area ?? '' },
          { title: '带动农户（户）', value: (b) => b.households ?? '' },
          { title: '企业增效（万元/年）', value: (b) => b.enterpriseGain ?? '' },
          { title: '联建点', value: (b) => b.pairingIds.map(names.pairing).join('；') },
          { title: '建立年份', value: (b) => b.year },
        ]}
      />
      <p className="lj-print-only">
        合计：{totals.bases}个基地，{totals.pairings}个联建点，面积{totals.area}亩，带动农户{totals.households}户，企业增效{totals.enterpriseGain}万元/年
      </p>
      {actions.dialogs}
    </Card>
  );
}
