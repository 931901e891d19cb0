// Nominate from the annual evaluation (绩效考评): the year's scored pairings by rank — or,
// nominating party organizations, each enterprise or village by its best-ranked pairing —
// those graded 优秀 preselected; each becomes a nominee with its score, rank and grade as
// the reason in its deed text.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Empty, Form, Modal, Radio, Select, Table, Tag } from 'antd';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import type { EvaluationGrade } from '@shared/model/evaluation/types';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { EVALUATION_PATH, useEvaluationRanking } from '../evaluation';
import { defaultDisplayName, pairingName, type Lookups } from './data';
import { RefusalNote } from './RefusalNote';
import { refOf, TARGET_OPTIONS, useNominateTarget, type NominateTarget } from './use-nominate-target';
import { NumberInput } from '../../ui/NumberInput';

type Row = { refId: string; pairingId: string; code: string; name: string; total: number; grade: EvaluationGrade; rank: number };

type Props = { open: boolean; round: CommendationRoundRecord; lookups: Lookups; onClose: () => void };

/** 「2008年度联建绩效考评得分92.5分，在全县125个联建点中排名第1位，等次为优秀。」 */
export function evaluationDeed(year: number, r: Pick<Row, 'code' | 'total' | 'rank' | 'grade'>, of: number, target: NominateTarget): string {
  const where = `在全县${of}个联建点中排名第${r.rank}位，等次为${r.grade}。`;
  return target === 'pairing' ? `${year}年度联建绩效考评得分${r.total}分，${where}` : `${year}年度联建绩效考评中，所在联建点（${r.code}）得分${r.total}分，${where}`;
}

export function EvaluationNominateModal({ open, round, lookups, onClose }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(round.year);
  // The kind nominated, the title that fits it (设置 → 字典) and the honour rule's refusals.
  const { target, setTarget, title, setTitle, titleOptions, refusal } = useNominateTarget(round, lookups);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const ranking = useEvaluationRanking(year);
  // One row per nominee: the pairing, or the organization by its best-ranked pairing.
  const rows = useMemo<Row[]>(() => {
    const seen = new Set<string>();
    return (ranking?.rows ?? [])
      .filter((s) => lookups.pairings.has(s.pairingId))
      .sort((a, b) => a.rank - b.rank)
      .flatMap((s) => {
        const p = lookups.pairings.get(s.pairingId)!;
        const refId = refOf(p, target);
        if (seen.has(refId)) return [];
        seen.add(refId);
        const name = target === 'pairing' ? pairingName(p, lookups) : defaultDisplayName(target, refId, lookups);
        return [{ refId, pairingId: p.id, code: p.code, name, total: s.total, grade: s.grade, rank: s.rank }];
      });
  }, [ranking, lookups, target]);
  const scored = ranking?.rows.length ?? 0;

  useEffect(() => setSelected(rows.filter((r) => r.grade === '优秀' && !refusal(r.pairingId)).map((r) => r.refId)), [rows, refusal]);
  useEffect(() => {
    if (open) setErrors([]);
  }, [open]);

  const add = async () => {
    const chosen = rows.filter((r) => selected.includes(r.refId));
    const refused = title ? chosen.flatMap((r) => refusal(r.pairingId) ?? []) : ['本次表彰没有授予该类对象的称号，请换一类对象，或编辑表彰增加称号'];
    if (refused.length) return setErrors(refused);
    const drafts = chosen.map((r) => ({ title: title!, kind: target, refId: r.refId, displayName: defaultDisplayName(target, r.refId, lookups), deed: evaluationDeed(year, r, scored, target), source: '考评' as const }));
    setSaving(true);
    try {
      const added = await getStore().commendations.addNominees(round.id, drafts);
      message.success(`已从考评结果推荐${added.length}个对象`);
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} width={900} title="从考评结果推荐" okText={`推荐所选（${selected.length}）`} cancelText="取消" okButtonProps={{ disabled: selected.length === 0 }} confirmLoading={saving} onOk={() => void add()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="考评年度">
          <NumberInput standalone integer aria-label="考评年度" min={1990} max={2100} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item label="推荐为">
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as NominateTarget)} options={TARGET_OPTIONS} />
        </Form.Item>
        <Form.Item label="荣誉称号">
          <Select aria-label="推荐称号" style={{ width: 160 }} value={title} onChange={setTitle} options={titleOptions.map((t) => ({ value: t, label: t }))} placeholder="本次表彰没有适用的称号" />
        </Form.Item>
      </Form>
      {ranking === null || (ranking && rows.length === 0) ? (
        <Empty description={`${year}年度还没有计算考评得分。请先在「督导考评 → 绩效考评」中制定方案、录入评分并计算得分，或改用「从台账推荐」「添加」。`}>
          <Button
            type="primary"
            onClick={() => {
              onClose();
              navigate(EVALUATION_PATH);
            }}
          >
            前往绩效考评
          </Button>
        </Empty>
      ) : (
        <Table<Row>
          rowKey="refId"
          size="small"
          loading={ranking === undefined}
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          aria-label="考评排名"
          columns={[
            { title: '名次', dataIndex: 'rank', width: 70 },
            { title: '联建编号', dataIndex: 'code', width: 120 },
            { title: target === 'pairing' ? '联建点' : '党组织', dataIndex: 'name' },
            { title: '得分', dataIndex: 'total', width: 90, align: 'right' },
            { title: '等次', dataIndex: 'grade', width: 80, render: (g: EvaluationGrade) => <Tag color={g === '优秀' ? 'red' : undefined}>{g}</Tag> },
            { title: '说明', key: 'refusal', width: 200, render: (_, r) => <RefusalNote text={refusal(r.pairingId)} /> },
          ]}
        />
      )}
    </Modal>
  );
}
