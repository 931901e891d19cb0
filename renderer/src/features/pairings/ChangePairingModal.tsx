// 变更: the changeable fields of a pairing, pre-filled; the store records what differs as
// from → to, with the date and reason given here.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Checkbox, DatePicker, Divider, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { choicesWith } from '@shared/model/dictionaries';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { useLiveRecords } from '../../ui/records/data';
import { fromLiaison, LiaisonFields, toLiaison, type LiaisonValue } from './LiaisonFields';
import { ResponsibleFields } from './ResponsibleFields';

type Values = {
  areas: string[];
  enterpriseLiaison?: LiaisonValue;
  villageLiaison?: LiaisonValue;
  responsibleTownshipId?: string;
  leaderName?: string;
  leaderPost?: string;
  agreement?: string;
  date?: Dayjs;
  reason?: string;
};

export type ChangePairingModalProps = { pairing?: Pairing; onClose: () => void; onSaved: (p: Pairing) => void };

export function ChangePairingModal({ pairing, onClose, onSaved }: ChangePairingModalProps) {
  const open = Boolean(pairing);
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const persons = useLiveRecords('persons');
  const [areaList] = useSetting('cooperationAreas');

  useEffect(() => {
    if (!pairing) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({
      areas: pairing.areas,
      enterpriseLiaison: fromLiaison(pairing.enterpriseLiaison),
      villageLiaison: fromLiaison(pairing.villageLiaison),
      responsibleTownshipId: pairing.responsibleTownshipId,
      leaderName: pairing.responsibleLeader?.name,
      leaderPost: pairing.responsibleLeader?.post,
      agreement: pairing.agreement,
      date: dayjs(),
    });
  }, [pairing, form]);

  const save = useCallback(async () => {
    if (!pairing) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const all = persons ?? [];
      const keepPerson = (value: LiaisonValue | undefined, orgId: string, before: Pairing['villageLiaison']) => {
        const l = toLiaison(value, orgId, all);
        // An unchanged name keeps the person it was linked to.
        return l && before && l.name === before.name && !l.personId && before.personId ? { ...l, personId: before.personId } : l;
      };
      const saved = await getStore().pairings.change(
        pairing.id,
        {
          areas: v.areas,
          enterpriseLiaison: keepPerson(v.enterpriseLiaison, pairing.enterpriseId, pairing.enterpriseLiaison),
          villageLiaison: keepPerson(v.villageLiaison, pairing.villageId, pairing.villageLiaison),
          responsibleTownshipId: v.responsibleTownshipId,
          responsibleLeader: v.leaderName ? { name: v.leaderName, post: v.leaderPost } : undefined,
          agreement: v.agreement,
        },
        v.date?.format('YYYY-MM-DD') ?? '',
        v.reason ?? '',
      );
      onSaved(saved);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, pairing, persons, onSaved]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} title={pairing ? `变更联建：${pairing.code}` : ''} width={720} okText="保存变更" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 19 }}>
          <Form.Item name="areas" label="联建内容" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项联建内容' }]}>
            <Checkbox.Group options={choicesWith(areaList, pairing?.areas).map((a) => ({ value: a, label: a }))} />
          </Form.Item>
          <LiaisonFields name="enterpriseLiaison" label="企业联络员" orgId={pairing?.enterpriseId} persons={persons ?? []} form={form} />
          <LiaisonFields name="villageLiaison" label="村联络员" orgId={pairing?.villageId} persons={persons ?? []} form={form} />
          <ResponsibleFields />
          <Form.Item name="agreement" label="联建协议">
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Divider style={{ margin: '8px 0 16px' }} />
          <Form.Item name="date" label="变更日期" rules={[{ required: true, message: '请填写变更日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label="变更原因" rules={[{ required: true, whitespace: true, message: '请填写变更原因' }]}>
            <Input.TextArea rows={2} maxLength={500} placeholder="如：原联络员外出务工" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
