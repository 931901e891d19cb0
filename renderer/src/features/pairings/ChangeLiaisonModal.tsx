// 更换联络员: one side names a new liaison — a person of that enterprise or village, picked
// from the registry (the phone comes from the person and may be corrected) — from a date, for
// a reason. It is a 变更 of the pairing like any other, so the history records who it was and
// who it became, and the liaison's terms are read from that history.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Pairing, Person } from '@shared/model/types';
import { SIDE_LABELS, type LiaisonSide } from '@shared/model/liaison-history';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { PersonSelect } from '../../ui/records/pickers';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';

type Values = { side: LiaisonSide; personId?: string; phone?: string; date?: Dayjs; reason?: string };

type Props = { pairing?: Pairing; side?: LiaisonSide; onClose: () => void; onSaved: (p: Pairing) => void };

export function ChangeLiaisonModal({ pairing, side, onClose, onSaved }: Props) {
  const open = Boolean(pairing);
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const persons = useLookup(useLiveRecords('persons'));
  const chosenSide = Form.useWatch('side', form) ?? side ?? 'enterpriseLiaison';
  const orgId = pairing ? (chosenSide === 'enterpriseLiaison' ? pairing.enterpriseId : pairing.villageId) : undefined;

  useEffect(() => {
    if (!pairing) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({ side: side ?? 'enterpriseLiaison', date: dayjs() });
  }, [pairing, side, form]);

  const save = async () => {
    if (!pairing) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const person: Person | undefined = v.personId ? persons.get(v.personId) : undefined;
    if (!person) return;
    setSaving(true);
    try {
      const saved = await getStore().pairings.change(pairing.id, { [v.side]: { personId: person.id, name: person.name, phone: v.phone || undefined } }, v.date?.format('YYYY-MM-DD') ?? '', v.reason ?? '');
      onSaved(saved);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} title={pairing ? `更换联络员：${pairing.code}` : ''} width={600} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ flex: '100px' }}>
          <Form.Item name="side" label="哪一方">
            <Radio.Group
              aria-label="哪一方"
              options={(['enterpriseLiaison', 'villageLiaison'] as const).map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
              onChange={() => form.setFieldsValue({ personId: undefined, phone: undefined })}
            />
          </Form.Item>
          <Form.Item name="personId" label="新联络员" rules={[{ required: true, message: '请从人员库中选择联络员' }]} extra="该企业（村）在人员库中的人员；没有时请先在「信息库 · 人员」中添加">
            <PersonSelect aria-label="新联络员" orgId={orgId} onChange={(id) => form.setFieldValue('phone', typeof id === 'string' ? persons.get(id)?.phone : undefined)} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话">
            <Input aria-label="联系电话" maxLength={20} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="date" label="起任日期" rules={[{ required: true, message: '请填写起任日期' }]}>
            <DatePicker aria-label="起任日期" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label="更换原因" rules={[{ required: true, whitespace: true, message: '请填写更换原因' }]}>
            <Input.TextArea aria-label="更换原因" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} placeholder="如：原联络员外出务工" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
