// New / edit a 骨干培训班: 期次, name, dates, place, organizer, curriculum, hours, and the
// trainees counted without a roster. Each field is checked by the store's own schema as it is
// left; the trainees themselves are added on the class's page, picked from the registry.
import { useCallback, useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker, Form, Input } from 'antd';
import { trainingClassSchema, type TrainingClassInput } from '@shared/model/schemas/training';
import type { TrainingClass } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { NumberInput } from '../../../ui/NumberInput';
import { zodRule } from '../../../ui/form/zod-rule';

type Values = Omit<TrainingClassInput, 'startDate' | 'endDate'> & { startDate: Dayjs | undefined; endDate?: Dayjs };

type Props = {
  open: boolean;
  editing?: TrainingClass;
  onClose: () => void;
  onSaved: (c: TrainingClass) => void;
};

const F = trainingClassSchema.shape;

function toValues(c: TrainingClass): Values {
  return { ...c, startDate: dayjs(c.startDate), endDate: c.endDate ? dayjs(c.endDate) : undefined };
}

export function ClassForm({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue(editing ? toValues(editing) : { organizer: '县委组织部', startDate: undefined });
  }, [open, editing, form]);

  const save = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { trainings } = getStore();
      onSaved(editing ? await trainings.updateClass(editing.id, values) : await trainings.createClass(values));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑培训班：${editing.name}` : '新建培训班'}
      width={620}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} validateTrigger="onBlur" preserve={false}>
        <Form.Item name="session" label="期次" rules={[zodRule(F.session)]} extra="如：第3期（填 3 或 第三期 均可）">
          <Input autoFocus style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="name" label="培训班名称" required rules={[zodRule(F.name)]}>
          <Input placeholder="如：全县村企党组织负责人骨干培训班" />
        </Form.Item>
        <Form.Item name="startDate" label="开班日期" required rules={[zodRule(F.startDate)]}>
          <DatePicker style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="endDate" label="结业日期" rules={[zodRule(F.endDate)]}>
          <DatePicker style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="place" label="培训地点" rules={[zodRule(F.place)]}>
          <Input placeholder="如：县委党校" />
        </Form.Item>
        <Form.Item name="organizer" label="主办单位" rules={[zodRule(F.organizer)]}>
          <Input />
        </Form.Item>
        <Form.Item name="hours" label="学时" rules={[zodRule(F.hours)]}>
          <NumberInput min={0} max={1000} unit="学时" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="content" label="培训内容" rules={[zodRule(F.content)]} extra="每行一项课程或专题">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="unlistedCount"
          label="名单外学员"
          rules={[zodRule(F.unlistedCount)]}
          extra="没有保存学员名单的往期培训班：填写参训人数，计入全县培训人数（不分乡镇）"
        >
          <NumberInput integer min={0} unit="人" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="remark" label="备注" rules={[zodRule(F.remark)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
