// A pairing visited in a round: which one, when, the rating and what was found.
import { useEffect, useMemo, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { INSPECTION_RATINGS, type InspectionRating, type InspectionRound, type InspectionVisit } from '@shared/model/inspection';
import { matchesQuery, normalizeQuery, recordKeys } from '../../../ui/records/search-keys';
import { byTownshipThenCode, type PairingLabel } from '../../../ui/records/pairing-labels';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { errorMessages } from '../../../ui/errors';
import { getStore } from '../../../db';

type Values = { pairingId?: string; date?: Dayjs; rating?: InspectionRating; finding?: string };

type Props = { open: boolean; round: InspectionRound; editing?: InspectionVisit; labels: Map<string, PairingLabel>; onClose: () => void; onSaved: () => void };

export function VisitForm({ open, round, editing, labels, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue(editing ? { ...editing, date: editing.date ? dayjs(editing.date) : undefined } : { date: dayjs(round.startDate) });
  }, [open, editing, round.startDate, form]);

  const options = useMemo(() => {
    const taken = new Set(round.visits.map((v) => v.pairingId).filter((id) => id !== editing?.pairingId));
    const q = normalizeQuery(query);
    return [...labels.values()]
      .filter((l) => l.pairing.approvedDate && !taken.has(l.id))
      .sort(byTownshipThenCode)
      .map((l) => ({ value: l.id, label: `${l.code} ${l.name}`, keys: recordKeys(`${l.enterprise}${l.village}`, 'place', [l.code, l.township]) }))
      .filter((o) => !q || matchesQuery(o.keys, q));
  }, [labels, round.visits, editing, query]);

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await getStore().inspections.saveVisit(round.id, { pairingId: v.pairingId, date: v.date?.format('YYYY-MM-DD'), rating: v.rating, finding: v.finding ?? '' }, editing?.pairingId);
      onSaved();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} width={680} title={editing ? '编辑督查情况' : '添加督查联建点'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 4 }} wrapperCol={{ span: 19 }}>
          <Form.Item name="pairingId" label="联建点" rules={[{ required: true, message: '请选择督查的联建点' }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setQuery }}
              onOpenChange={(o) => !o && setQuery('')}
              placeholder="输入编号、企业或村名（可用拼音首字母）"
              options={options}
              notFoundContent="没有可选的联建点（须已批准，且未在本次督查中）"
            />
          </Form.Item>
          <Form.Item name="date" label="督查日期">
            <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isBefore(dayjs(round.startDate), 'day') || d.isAfter(dayjs(round.endDate), 'day')} />
          </Form.Item>
          <Form.Item name="rating" label="督查评价">
            <Radio.Group options={INSPECTION_RATINGS.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item name="finding" label="督查发现" rules={[{ required: true, whitespace: true, message: '请填写督查发现的情况' }]}>
            <Input.TextArea rows={5} maxLength={1000} showCount placeholder="联建活动开展情况、台账资料、取得成效和存在的不足" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
