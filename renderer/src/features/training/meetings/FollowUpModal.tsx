// 办理: a decision's follow-up — how it is going, done or not, and the day it was done.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Meeting, MeetingDecision } from '@shared/model/meeting';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';

type Values = { progress?: string; done?: boolean; doneDate?: Dayjs };

type Props = { target?: { meeting: Meeting; decision: MeetingDecision }; onClose: () => void; onSaved: () => void };

export function FollowUpModal({ target, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const done = Form.useWatch('done', form);

  useEffect(() => {
    if (!target) return;
    setErrors([]);
    form.resetFields();
    const d = target.decision;
    form.setFieldsValue({ progress: d.progress, done: d.done, doneDate: d.doneDate ? dayjs(d.doneDate) : d.done ? undefined : dayjs() });
  }, [target, form]);

  const save = async () => {
    if (!target) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await getStore().meetings.followUp(target.meeting.id, target.decision.id, { progress: v.progress, done: Boolean(v.done), doneDate: v.done ? v.doneDate?.format('YYYY-MM-DD') : undefined });
      onSaved();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={Boolean(target)} title="议定事项办理情况" okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <p style={{ fontWeight: 600 }}>{target?.decision.content}</p>
      <Form form={form} labelCol={{ flex: '90px' }}>
        <Form.Item name="progress" label="办理情况">
          <Input.TextArea aria-label="办理情况" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="done" label="是否办结" valuePropName="checked">
          <Checkbox aria-label="已办结">已办结</Checkbox>
        </Form.Item>
        {done && (
          <Form.Item name="doneDate" label="办结日期" rules={[{ required: true, message: '请填写办结日期' }]}>
            <DatePicker aria-label="办结日期" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
