// The short dialogs of the life cycle — 批准 (date, optional approval note) and 终止 (date,
// reason) — share one shape: a date, a text, and the store's refusal shown as is.
import { useCallback, useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';

export type DateReasonModalProps = {
  open: boolean;
  title: string;
  dateLabel: string;
  textLabel: string;
  textRequired: boolean;
  textPlaceholder?: string;
  okText: string;
  danger?: boolean;
  onSubmit: (date: string, text: string) => Promise<void>;
  onClose: () => void;
};

type Values = { date?: Dayjs; text?: string };

export function DateReasonModal(props: DateReasonModalProps) {
  const { open, onSubmit, onClose } = props;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({ date: dayjs() });
  }, [open, form]);

  const save = useCallback(async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await onSubmit(v.date?.format('YYYY-MM-DD') ?? '', v.text ?? '');
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, onSubmit]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal
      open={open}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ danger: props.danger }}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 18 }}>
          <Form.Item name="date" label={props.dateLabel} rules={[{ required: true, message: `请填写${props.dateLabel}` }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="text" label={props.textLabel} rules={props.textRequired ? [{ required: true, whitespace: true, message: `请填写${props.textLabel}` }] : []}>
            <Input.TextArea rows={3} placeholder={props.textPlaceholder} maxLength={500} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
