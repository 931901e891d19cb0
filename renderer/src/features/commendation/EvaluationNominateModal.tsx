// Nominate from the annual evaluation (绩效考评): the scored pairings of a year by rank, those
// graded 优秀 preselected; each becomes a nominee with its grade and score as the deed text.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Empty, Form, InputNumber, Modal, Radio, Select, Table } from 'antd';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import type { Grade } from '@shared/model/enums';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { defaultDisplayName, pairingName, type Lookups } from './data';
import { RefusalNote } from './RefusalNote';
import { refOf, TARGET_OPTIONS, useNominateTarget, type NominateTarget } from './use-nominate-target';

type Row = { pairingId: string; code: string; name: string; total: number; grade: Grade; rank: number };

type Props = { open: boolean; round: CommendationRoundRecord; lookups: Lookups; onClose: () => void };

export function EvaluationNominateModal({ open, round, lookups, onClose }: Props) {
  const { message } = App.useApp();
  const [year, setYear] = useState(round.year);
  const { target, setTarget, title, setTitle, titleOptions, refusal } = useNominateTarget(round, lookups);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const evaluations = useLiveQuery(async () => (await getStore().db.evaluations.where('year').equals(year).toArray()).filter((e) => !e.deleted), [year]);
  const rows = useMemo<Row[]>(() => {
    const latest = [...(evaluations ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return (latest?.scores ?? [])
      .filter((s) => lookups.pairings.has(s.pairingId))
      .map((s) => {
        const p = lookups.pairings.get(s.pairingId)!;
        return { pairingId: s.pairingId, code: p.code, name: pairingName(p, lookups), total: s.total, grade: s.grade, rank: s.rank };
      })
      .sort((a, b) => a.rank - b.rank);
  }, [evaluations, lookups]);

  useEffect(() => setSelected(rows.filter((r) => r.grade === '优秀' && !refusal(r.pairingId)).map((r) => r.pairingId)), [rows, refusal]);
  useEffect(() => {
    if (open) setErrors([]);
  }, [open]);

  const add = async () => {
    const seen = new Set<string>();
    const drafts = rows
      .filter((r) => selected.includes(r.pairingId))
      .flatMap((r) => {
        const p = lookups.pairings.get(r.pairingId)!;
        const refId = refOf(p, target);
        if (seen.has(refId)) return [];
        seen.add(refId);
        return [{ refusal: refusal(r.pairingId), kind: target, refId, displayName: defaultDisplayName(target, refId, lookups), deed: `${year}年度联建绩效考评${r.grade}，得分${r.total}分，排名第${r.rank}位。`, source: '考评' as const }];
      });
    const refused = title ? drafts.flatMap((d) => (d.refusal ? [d.refusal] : [])) : ['本次表彰没有授予该类对象的称号，请换一类对象，或编辑表彰增加称号'];
    if (refused.length) return setErrors(refused);
    setSaving(true);
    try {
      const added = await getStore().commendations.addNominees(round.id, drafts.map(({ refusal: _r, ...d }) => ({ ...d, title: title! })));
      message.success(`已从考评结果推荐${added.length}个对象`);
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} width={860} title="从考评结果推荐" okText={`推荐所选（${selected.length}）`} cancelText="取消" okButtonProps={{ disabled: selected.length === 0 }} confirmLoading={saving} onOk={() => void add()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="考评年度">
          <InputNumber aria-label="考评年度" min={1990} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item label="推荐为">
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as NominateTarget)} options={TARGET_OPTIONS} />
        </Form.Item>
        <Form.Item label="荣誉称号">
          <Select aria-label="推荐称号" style={{ width: 160 }} value={title} onChange={setTitle} options={titleOptions.map((t) => ({ value: t, label: t }))} placeholder="本次表彰没有适用的称号" />
        </Form.Item>
      </Form>
      {evaluations !== undefined && rows.length === 0 ? (
        <Empty description={`${year}年度还没有考评结果。可在「督导考评」中完成年度考评后再来推荐，或改用「从台账推荐」「添加」。`} />
      ) : (
        <Table<Row>
          rowKey="pairingId"
          size="small"
          loading={evaluations === undefined}
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          columns={[
            { title: '名次', dataIndex: 'rank', width: 70 },
            { title: '联建编号', dataIndex: 'code', width: 120 },
            { title: '联建点', dataIndex: 'name' },
            { title: '得分', dataIndex: 'total', width: 90, align: 'right' },
            { title: '等次', dataIndex: 'grade', width: 80 },
            { title: '说明', key: 'refusal', width: 200, render: (_, r) => <RefusalNote text={refusal(r.pairingId)} /> },
          ]}
        />
      )}
    </Modal>
  );
}
