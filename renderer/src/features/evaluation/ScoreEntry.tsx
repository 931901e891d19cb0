// 评分录入: the hand-scored indicators and hand deductions of every evaluated pairing in one
// grid, saved together; the store checks each score against its 满分 and each deduction
// against its cap and reason, and recomputes the scores where they exist.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Empty, Input, Space, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { deductionKind, formatNumber, indicatorKind } from '@shared/model/evaluation/catalog';
import { evaluatedIn } from '@shared/model/evaluation/facts';
import type { Evaluation, PairingInputs } from '@shared/model/evaluation/types';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { asNumber, NumberInput } from '../../ui/NumberInput';
import { byTownshipThenCode, type PairingLabel } from '../../ui/records/pairing-labels';
import { TownshipSelect } from '../../ui/records/pickers';

type Props = { evaluation: Evaluation; labels: Map<string, PairingLabel> };

export function ScoreEntry({ evaluation, labels }: Props) {
  const { message } = App.useApp();
  const [changes, setChanges] = useState<Record<string, PairingInputs>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [townshipId, setTownshipId] = useState<string | undefined>();
  const [keyword, setKeyword] = useState('');
  const { scheme } = evaluation;
  const indicators = scheme.indicators.filter((i) => indicatorKind(i.kind)?.manual);
  const deductions = scheme.deductions.filter((d) => deductionKind(d.kind)?.manual);

  useEffect(() => setChanges({}), [evaluation.id]);

  const rows = useMemo(
    () =>
      [...labels.values()]
        .filter((l) => evaluatedIn(l.pairing, evaluation.year))
        .filter((l) => (!townshipId || l.townshipId === townshipId) && (!keyword || `${l.code}${l.name}`.includes(keyword.trim())))
        .sort(byTownshipThenCode),
    [labels, evaluation.year, townshipId, keyword],
  );

  const current = (id: string): PairingInputs => changes[id] ?? evaluation.inputs[id] ?? {};
  const edit = (id: string, next: PairingInputs) => setChanges((c) => ({ ...c, [id]: next }));
  const dirty = Object.keys(changes).length;

  const save = async () => {
    setSaving(true);
    setErrors([]);
    try {
      await getStore().evaluations.saveInputs(evaluation.id, changes, (id) => labels.get(id)?.code ?? id);
      setChanges({});
      message.success(evaluation.result ? `已保存${dirty}个联建点的评分，得分已重新计算` : `已保存${dirty}个联建点的评分`);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  if (indicators.length === 0 && deductions.length === 0) return <Empty description="本方案没有人工评分的指标或扣分项，得分全部由台账、月报、整改和表彰数据计算" />;

  return (
    <>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="评分未保存" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{errors.map((e) => <li key={e}>{e}</li>)}</ul>} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <TownshipSelect aria-label="乡镇" placeholder="全部乡镇" style={{ width: 160 }} value={townshipId} onChange={(t) => setTownshipId(t as string | undefined)} />
        <Input.Search allowClear placeholder="编号、企业或村名" style={{ width: 200 }} onChange={(e) => setKeyword(e.target.value)} />
        <Button type="primary" icon={<SaveOutlined />} disabled={dirty === 0} loading={saving} onClick={() => void save()}>
          保存评分{dirty ? `（${dirty}）` : ''}
        </Button>
        <Typography.Text type="secondary">
          {indicators.map((i) => `「${i.label}」满分${formatNumber(i.max)}分`).join('，')}
          {deductions.length ? `；${deductions.map((d) => `「${d.label}」最多扣${formatNumber(d.cap)}分，须注明原因`).join('，')}` : ''}
        </Typography.Text>
      </Space>
      <Table<PairingLabel>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 700 + indicators.length * 110 + deductions.length * 300 }}
        locale={{ emptyText: `${evaluation.year}年没有参加考评的联建点（须在年底前批准、年初后仍在联建）` }}
        columns={[
          { title: '联建编号', dataIndex: 'code', width: 120, fixed: 'start' },
          { title: '联建点', dataIndex: 'name' },
          { title: '挂钩乡镇', dataIndex: 'township', width: 110 },
          ...indicators.map((ind) => ({
            title: `${ind.label}（${formatNumber(ind.max)}分）`,
            key: ind.key,
            width: 110,
            render: (_: unknown, l: PairingLabel) => {
              const inputs = current(l.id);
              return (
                <NumberInput
                  standalone
                  unitShown={false}
                  unit="分"
                  aria-label={`${l.code} ${ind.label}`}
                  min={0}
                  max={ind.max}
                  value={inputs.scores?.[ind.key]}
                  onChange={(value) => {
                    const v = asNumber(value);
                    const scores = { ...inputs.scores };
                    if (v === undefined) delete scores[ind.key];
                    else scores[ind.key] = v;
                    edit(l.id, { ...inputs, scores });
                  }}
                  style={{ width: '100%' }}
                />
              );
            },
          })),
          ...deductions.map((ded) => ({
            title: `${ded.label}（扣分 · 原因）`,
            key: ded.key,
            width: 300,
            render: (_: unknown, l: PairingLabel) => {
              const inputs = current(l.id);
              const d = inputs.deductions?.[ded.key];
              const set = (points: number | undefined, reason: string) => {
                const next = { ...inputs.deductions };
                if (points === undefined && !reason) delete next[ded.key];
                else next[ded.key] = { points: points ?? 0, reason };
                edit(l.id, { ...inputs, deductions: next });
              };
              return (
                <Space.Compact style={{ width: '100%' }}>
                  <NumberInput standalone unitShown={false} unit="分" aria-label={`${l.code} ${ded.label}扣分`} min={0} max={ded.cap} value={d?.points} onChange={(v) => set(asNumber(v), d?.reason ?? '')} style={{ width: 80 }} />
                  <Input aria-label={`${l.code} ${ded.label}原因`} placeholder="扣分原因" maxLength={100} value={d?.reason} onChange={(e) => set(d?.points, e.target.value)} />
                </Space.Compact>
              );
            },
          })),
        ]}
      />
    </>
  );
}
