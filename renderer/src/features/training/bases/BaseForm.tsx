// New / edit a 技能培训基地: name, village, the enterprises it serves, established date, what
// it trains, where, and a contact. Each field is checked by the store's own schema as it is
// left; uniqueness within the village and renaming its sessions are the store's.
import { useCallback, useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker, Form, Input } from 'antd';
import { trainingBaseSchema, type TrainingBaseInput } from '@shared/model/schemas/training-base';
import type { TrainingBase } from '@shared/model/training-base';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { zodRule } from '../../../ui/form/zod-rule';
import { EnterpriseSelect, VillageSelect } from '../../../ui/records/pickers';

type Values = Omit<TrainingBaseInput, 'establishedDate'> & { establishedDate?: Dayjs };

type Props = {
  open: boolean;
  editing?: TrainingBase;
  /** Pre-filled village and enterprise of a new base (from the session form). */
  preset?: { villageId?: string; enterpriseId?: string };
  onClose: () => void;
  onSaved: (b: TrainingBase) => void;
};

const F = trainingBaseSchema.shape;
const day = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v);

export function BaseForm({ open, editing, preset, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing, establishedDate: editing.establishedDate ? dayjs(editing.establishedDate) : undefined });
    else form.setFieldsValue({ villageId: preset?.villageId, enterpriseIds: preset?.enterpriseId ? [preset.enterpriseId] : [] });
  }, [open, editing, preset, form]);

  const save = useCallback(async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const input: TrainingBaseInput = { ...v, establishedDate: day(v.establishedDate) };
      const { trainingBases } = getStore();
      onSaved(editing ? await trainingBases.update(editing.id, input) : await trainingBases.create(input));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑培训基地：${editing.name}` : '新建技能培训基地'}
      width={620}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} validateTrigger="onBlur" preserve={false}>
        <Form.Item name="name" label="基地名称" required rules={[zodRule(F.name)]}>
          <Input autoFocus placeholder="如：红星村劳动力培训基地" />
        </Form.Item>
        <Form.Item name="villageId" label="所在村" required rules={[zodRule(F.villageId)]}>
          <VillageSelect aria-label="所在村" />
        </Form.Item>
        <Form.Item name="enterpriseIds" label="服务企业" required rules={[zodRule(F.enterpriseIds)]} extra="为哪些企业培训劳动力（订单式培训的用工企业）">
          <EnterpriseSelect aria-label="服务企业" mode="multiple" />
        </Form.Item>
        <Form.Item name="establishedDate" label="建立日期" rules={[zodRule(F.establishedDate, day)]}>
          <DatePicker aria-label="建立日期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="trains" label="培训工种" rules={[zodRule(F.trains)]}>
          <Input placeholder="如：缝纫工、垒球手缝" />
        </Form.Item>
        <Form.Item name="site" label="培训场所" rules={[zodRule(F.site)]}>
          <Input placeholder="如：村委会培训室、企业设在村里的车间" />
        </Form.Item>
        <Form.Item name="contactName" label="联系人" rules={[zodRule(F.contactName)]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="contactPhone" label="联系电话" rules={[zodRule(F.contactPhone)]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="remark" label="备注" rules={[zodRule(F.remark)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
