// The scheme of a year, edited whole: total and decimals, the indicators (name, kind from the
// catalog, weight, 满分, the kind's parameters), the deductions, and how grades are given.
// The weights' sum is shown against the total as the office types; the store's check is
// the one rule (a scheme whose weights do not add up is refused with the difference).
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Drawer, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { asNumber, NumberInput } from '../../ui/NumberInput';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DEDUCTION_KINDS, INDICATOR_KINDS, defaultParams, deductionKind, formatNumber, indicatorKind } from '@shared/model/evaluation/catalog';
import { newKey, weightIssue } from '@shared/model/evaluation/scheme';
import type { Deduction, Evaluation, EvaluationScheme, Grading, Indicator } from '@shared/model/evaluation/types';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { useSaveShortcut } from '../../ui/form-keys';
import { ParamFields } from './ParamFields';

type Props = { open: boolean; year: number; initial: EvaluationScheme; existing?: Evaluation; onClose: () => void; onSaved: (e: Evaluation) => void };

/** Kinds whose 满分 means something beyond the weight: hand scores and capped points. */
const hasMax = (kind: string) => Boolean(indicatorKind(kind)?.manual) || kind === 'honours';

export function SchemeEditor({ open, year, initial, existing, onClose, onSaved }: Props) {
  const { modal } = App.useApp();
  const [scheme, setScheme] = useState<EvaluationScheme>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  // Starts from the scheme as it was when the editor opened; later reads do not reset the edits.
  const initialRef = useRef(initial);
  initialRef.current = initial;
  useEffect(() => {
    if (open) {
      setScheme(structuredClone(initialRef.current));
      setErrors([]);
    }
  }, [open]);

  const setIndicator = (i: number, patch: Partial<Indicator>) => setScheme((s) => ({ ...s, indicators: s.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const setDeduction = (i: number, patch: Partial<Deduction>) => setScheme((s) => ({ ...s, deductions: s.deductions.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const setGrading = (g: Grading) => setScheme((s) => ({ ...s, grading: g }));

  const addIndicator = () =>
    setScheme((s) => ({ ...s, indicators: [...s.indicators, { key: newKey('ind', s.indicators.map((x) => x.key)), label: '', kind: 'manual', weight: 10, max: 10, params: {} }] }));
  const addDeduction = () =>
    setScheme((s) => ({ ...s, deductions: [...s.deductions, { key: newKey('ded', s.deductions.map((x) => x.key)), label: '', kind: 'manual', perItem: 0, cap: 5, params: {} }] }));

  const write = async () => {
    setSaving(true);
    try {
      const store = getStore().evaluations;
      onSaved(existing ? await store.updateScheme(existing.id, scheme) : await store.create(year, scheme));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    setErrors([]);
    if (existing?.result) {
      modal.confirm({
        title: '修改考评方案',
        content: `${year}年度已计算出得分。修改方案后将按新方案重新计算全部联建点的得分，原方案和原得分保存在操作日志中。确定修改吗？`,
        okText: '修改并重新计算',
        cancelText: '取消',
        onOk: write,
      });
    } else void write();
  };

  useSaveShortcut(save, open);

  const weights = weightIssue(scheme);
  const sum = Math.round(scheme.indicators.reduce((s, i) => s + (Number.isFinite(i.weight) ? i.weight * 100 : 0), 0)) / 100;
  const g = scheme.grading;

  return (
    <Drawer
      open={open}
      size={1180}
      title={`${year}年度考评方案`}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={save}>
            保存方案
          </Button>
        </Space>
      }
    >
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="方案未保存" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{errors.map((e) => <li key={e}>{e}</li>)}</ul>} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <span>方案总分</span>
        <NumberInput standalone aria-label="方案总分" min={1} max={1000} value={scheme.total} onChange={(v) => setScheme((s) => ({ ...s, total: asNumber(v) ?? Number.NaN }))} unit="分" style={{ width: 120 }} />
        <span>得分保留</span>
        <Select aria-label="小数位数" value={scheme.decimals} onChange={(d) => setScheme((s) => ({ ...s, decimals: d }))} options={[0, 1, 2].map((d) => ({ value: d, label: `${d}位小数` }))} style={{ width: 110 }} />
        <Typography.Text type={weights ? 'danger' : 'success'} aria-label="权重合计">
          权重合计 {formatNumber(sum)} 分{weights ? `，${weights.replace(/^.*（(.*)）$/, '$1')}` : '，与总分相符'}
        </Typography.Text>
      </Space>

      <Typography.Title level={5}>考评指标</Typography.Title>
      <Table<Indicator>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={scheme.indicators}
        columns={[
          { title: '序号', key: 'n', width: 50, render: (_, __, i) => i + 1 },
          { title: '指标名称', key: 'label', width: 140, render: (_, ind, i) => <Input aria-label={`指标名称 ${i + 1}`} value={ind.label} maxLength={30} onChange={(e) => setIndicator(i, { label: e.target.value })} /> },
          {
            title: '计分方式',
            key: 'kind',
            width: 140,
            render: (_, ind, i) => (
              <Select
                aria-label={`计分方式 ${i + 1}`}
                value={ind.kind}
                style={{ width: '100%' }}
                onChange={(kind) => setIndicator(i, { kind, params: defaultParams(indicatorKind(kind)!.params), max: ind.weight })}
                options={INDICATOR_KINDS.map((k) => ({ value: k.key, label: k.label, title: k.help }))}
              />
            ),
          },
          {
            title: '权重（分）',
            key: 'weight',
            width: 100,
            render: (_, ind, i) => (
              <NumberInput standalone aria-label={`权重 ${i + 1}`} min={0} value={ind.weight} onChange={(v) => setIndicator(i, { weight: asNumber(v) ?? Number.NaN, ...(hasMax(ind.kind) ? {} : { max: asNumber(v) ?? Number.NaN }) })} style={{ width: '100%' }} />
            ),
          },
          {
            title: '满分',
            key: 'max',
            width: 90,
            render: (_, ind, i) =>
              hasMax(ind.kind) ? <NumberInput standalone aria-label={`满分 ${i + 1}`} min={0} value={ind.max} onChange={(v) => setIndicator(i, { max: asNumber(v) ?? Number.NaN })} style={{ width: '100%' }} /> : <Typography.Text type="secondary">同权重</Typography.Text>,
          },
          {
            title: '计分参数与办法',
            key: 'params',
            render: (_, ind, i) => (
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <ParamFields fields={indicatorKind(ind.kind)?.params ?? []} params={ind.params} owner={`指标 ${i + 1}`} onChange={(params) => setIndicator(i, { params })} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {indicatorKind(ind.kind)?.describe(ind) ?? ''}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_, __, i) => (
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除指标 ${i + 1}`} onClick={() => setScheme((s) => ({ ...s, indicators: s.indicators.filter((_, j) => j !== i) }))} />
            ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} style={{ margin: '8px 0 16px' }} onClick={addIndicator}>
        添加指标
      </Button>

      <Typography.Title level={5}>扣分项</Typography.Title>
      <Table<Deduction>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={scheme.deductions}
        locale={{ emptyText: '无扣分项' }}
        columns={[
          { title: '扣分项', key: 'label', width: 140, render: (_, d, i) => <Input aria-label={`扣分项名称 ${i + 1}`} value={d.label} maxLength={30} onChange={(e) => setDeduction(i, { label: e.target.value })} /> },
          {
            title: '扣分方式',
            key: 'kind',
            width: 140,
            render: (_, d, i) => (
              <Select aria-label={`扣分方式 ${i + 1}`} value={d.kind} style={{ width: '100%' }} onChange={(kind) => setDeduction(i, { kind, params: defaultParams(deductionKind(kind)!.params) })} options={DEDUCTION_KINDS.map((k) => ({ value: k.key, label: k.label, title: k.help }))} />
            ),
          },
          {
            title: '每项扣分',
            key: 'perItem',
            width: 100,
            render: (_, d, i) =>
              deductionKind(d.kind)?.manual ? <Typography.Text type="secondary">逐个录入</Typography.Text> : <NumberInput standalone aria-label={`每项扣分 ${i + 1}`} min={0} value={d.perItem} onChange={(v) => setDeduction(i, { perItem: asNumber(v) ?? Number.NaN })} style={{ width: '100%' }} />,
          },
          { title: '最多扣分', key: 'cap', width: 100, render: (_, d, i) => <NumberInput standalone aria-label={`最多扣分 ${i + 1}`} min={0} value={d.cap} onChange={(v) => setDeduction(i, { cap: asNumber(v) ?? Number.NaN })} style={{ width: '100%' }} /> },
          { title: '扣分办法', key: 'describe', render: (_, d) => <Typography.Text type="secondary">{`${deductionKind(d.kind)?.help ?? ''}；${deductionKind(d.kind)?.describe(d) ?? ''}`}</Typography.Text> },
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_, __, i) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除扣分项 ${i + 1}`} onClick={() => setScheme((s) => ({ ...s, deductions: s.deductions.filter((_, j) => j !== i) }))} />,
          },
        ]}
      />
      <Button icon={<PlusOutlined />} style={{ margin: '8px 0 16px' }} onClick={addDeduction}>
        添加扣分项
      </Button>

      <Typography.Title level={5}>等次评定</Typography.Title>
      <Space direction="vertical">
        <Radio.Group
          value={g.mode}
          onChange={(e) =>
            setGrading(e.target.value === 'threshold' ? { mode: 'threshold', excellent: 90, good: 80, pass: g.pass } : { mode: 'quota', excellentPct: 15, goodPct: 35, pass: g.pass })
          }
          options={[
            { value: 'threshold', label: '按分数线' },
            { value: 'quota', label: '按比例（名次）' },
          ]}
        />
        {g.mode === 'threshold' ? (
          <Space wrap>
            <NumberInput standalone aria-label="优秀分数线" prefix="优秀" unit="分" addon="及以上" value={g.excellent} onChange={(v) => setGrading({ ...g, excellent: asNumber(v) ?? Number.NaN })} style={{ width: 170 }} />
            <NumberInput standalone aria-label="良好分数线" prefix="良好" unit="分" addon="及以上" value={g.good} onChange={(v) => setGrading({ ...g, good: asNumber(v) ?? Number.NaN })} style={{ width: 170 }} />
            <NumberInput standalone aria-label="一般分数线" prefix="一般" unit="分" addon="及以上" value={g.pass} onChange={(v) => setGrading({ ...g, pass: asNumber(v) ?? Number.NaN })} style={{ width: 170 }} />
            <Typography.Text type="secondary">以下为较差</Typography.Text>
          </Space>
        ) : (
          <Space wrap>
            <NumberInput standalone aria-label="优秀比例" prefix="优秀前" unit="%" value={g.excellentPct} onChange={(v) => setGrading({ ...g, excellentPct: asNumber(v) ?? Number.NaN })} style={{ width: 150 }} />
            <NumberInput standalone aria-label="良好比例" prefix="良好其后" unit="%" value={g.goodPct} onChange={(v) => setGrading({ ...g, goodPct: asNumber(v) ?? Number.NaN })} style={{ width: 160 }} />
            <NumberInput standalone aria-label="一般分数线" prefix="一般" unit="分" addon="及以上" value={g.pass} onChange={(v) => setGrading({ ...g, pass: asNumber(v) ?? Number.NaN })} style={{ width: 170 }} />
            <Typography.Text type="secondary">以下为较差；优秀、良好须达到一般分数线，并列者等次相同</Typography.Text>
          </Space>
        )}
      </Space>
    </Drawer>
  );
}
