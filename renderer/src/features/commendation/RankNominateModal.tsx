// Nominate from the ledger: pairings ranked by one figure of one ledger type in a year (read
// from the running aggregates, not the ledger itself), the top ones preselected; each becomes a
// nominee — the pairing, or its enterprise's or village's party organization — with the
// figure as the start of its deed text.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Form, Modal, Radio, Select, Space, Table } from 'antd';
import { LEDGER_TYPES, ledgerType } from '@shared/model/ledger-catalog';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import type { Nominee } from '@shared/model/types';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { defaultDisplayName, pairingName, type Lookups } from './data';
import { RefusalNote } from './RefusalNote';
import { refOf, TARGET_OPTIONS, useNominateTarget, type NominateTarget } from './use-nominate-target';
import { NumberInput } from '../../ui/NumberInput';

const COUNT = '__count';

type Ranked = { pairingId: string; code: string; name: string; value: number; rank: number };

type Props = { open: boolean; round: CommendationRoundRecord; lookups: Lookups; onClose: () => void };

export function figureOptions(typeKey: string) {
  const t = ledgerType(typeKey);
  return [
    ...t.fields.filter((f) => f.aggregate === 'sum').map((f) => ({ value: f.key, label: f.unit ? `${f.label}（${f.unit}）` : f.label })),
    { value: COUNT, label: '记录条数' },
  ];
}

export function RankNominateModal({ open, round, lookups, onClose }: Props) {
  const { message } = App.useApp();
  const [year, setYear] = useState(round.year);
  const [typeKey, setTypeKey] = useState(LEDGER_TYPES[0].key);
  const [field, setField] = useState(figureOptions(LEDGER_TYPES[0].key)[0].value);
  const { target, setTarget, title, setTitle, titleOptions, refusal } = useNominateTarget(round, lookups);
  const [top, setTop] = useState(10);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const aggregates = useLiveQuery(() => getStore().db.ledgerAggregates.where('year').equals(year).toArray(), [year]);
  const ranked = useMemo<Ranked[]>(() => {
    const rows = (aggregates ?? [])
      .filter((a) => a.type === typeKey && a.pairingId && lookups.pairings.has(a.pairingId))
      .map((a) => ({ pairingId: a.pairingId!, value: field === COUNT ? a.count : (a.sums[field] ?? 0) }))
      .filter((r) => r.value > 0)
      .sort((a, b) => b.value - a.value);
    let rank = 0;
    return rows.map((r, i) => {
      if (i === 0 || rows[i - 1].value !== r.value) rank = i + 1;
      const p = lookups.pairings.get(r.pairingId)!;
      return { ...r, code: p.code, name: pairingName(p, lookups), rank };
    });
  }, [aggregates, typeKey, field, lookups]);

  // The top ones preselected, except those the honour rule refuses (shown with the reason).
  useEffect(() => setSelected(ranked.slice(0, top).filter((r) => !refusal(r.pairingId)).map((r) => r.pairingId)), [ranked, top, refusal]);
  useEffect(() => {
    if (open) setErrors([]);
  }, [open]);

  const type = ledgerType(typeKey);
  const figure = figureOptions(typeKey).find((f) => f.value === field);
  const unit = type.fields.find((f) => f.key === field)?.unit ?? (field === COUNT ? '条' : '');

  const add = async () => {
    const chosen = ranked.filter((r) => selected.includes(r.pairingId));
    const seen = new Set<string>();
    const drafts = chosen.flatMap((r) => {
      const p = lookups.pairings.get(r.pairingId)!;
      const refId = refOf(p, target);
      if (seen.has(refId)) return [];
      seen.add(refId);
      const label = figure?.label.replace(/（.*）$/, '') ?? '';
      return [{ refusal: refusal(r.pairingId), kind: target, refId, displayName: defaultDisplayName(target, refId, lookups), deed: `${year}年${type.name}${label}${r.value}${unit}，在全县联建点中排第${r.rank}位。`, source: '台账' as Nominee['source'] }];
    });
    const refused = title ? drafts.flatMap((d) => (d.refusal ? [d.refusal] : [])) : ['本次表彰没有授予该类对象的称号，请换一类对象，或编辑表彰增加称号'];
    if (refused.length) return setErrors(refused);
    setSaving(true);
    try {
      const added = await getStore().commendations.addNominees(round.id, drafts.map(({ refusal: _r, ...d }) => ({ ...d, title: title! })));
      message.success(`已从台账推荐${added.length}个对象`);
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} width={900} title="从台账推荐：按台账数据排名" okText={`推荐所选（${selected.length}）`} cancelText="取消" okButtonProps={{ disabled: selected.length === 0 }} confirmLoading={saving} onOk={() => void add()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="年度">
          <NumberInput standalone integer aria-label="台账年度" min={1990} max={2100} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item label="台账类型">
          <Select
            aria-label="台账类型"
            style={{ width: 130 }}
            value={typeKey}
            onChange={(k) => {
              setTypeKey(k);
              setField(figureOptions(k)[0].value);
            }}
            options={LEDGER_TYPES.map((t) => ({ value: t.key, label: t.name }))}
          />
        </Form.Item>
        <Form.Item label="排名指标">
          <Select aria-label="排名指标" style={{ width: 170 }} value={field} onChange={setField} options={figureOptions(typeKey)} />
        </Form.Item>
        <Form.Item label="前">
          <Space>
            <NumberInput standalone integer aria-label="前几名" min={1} max={500} unit="名" unitShown={false} value={top} onChange={(v) => typeof v === 'number' && setTop(v)} style={{ width: 70 }} />名
          </Space>
        </Form.Item>
        <Form.Item label="推荐为">
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as NominateTarget)} options={TARGET_OPTIONS} />
        </Form.Item>
        <Form.Item label="荣誉称号">
          <Select aria-label="推荐称号" style={{ width: 160 }} value={title} onChange={setTitle} options={titleOptions.map((t) => ({ value: t, label: t }))} placeholder="本次表彰没有适用的称号" />
        </Form.Item>
      </Form>
      <Table<Ranked>
        rowKey="pairingId"
        size="small"
        loading={aggregates === undefined}
        dataSource={ranked}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: `${year}年没有「${type.name}」台账数据，请换一个年度或类型` }}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 70 },
          { title: '联建编号', dataIndex: 'code', width: 120 },
          { title: '联建点', dataIndex: 'name' },
          { title: figure?.label ?? '数值', dataIndex: 'value', width: 140, align: 'right' },
          { title: '说明', key: 'refusal', width: 200, render: (_, r) => <RefusalNote text={refusal(r.pairingId)} /> },
        ]}
      />
    </Modal>
  );
}
