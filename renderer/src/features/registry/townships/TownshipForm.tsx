import { useCallback, useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { TOWNSHIP_KINDS } from '@shared/model/enums';
import type { Township } from '@shared/model/types';
import { getStore } from '../../../db';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { useValidateTrigger } from '../../../ui/form/validate-trigger';
import { useFillOnOpen } from '../../../ui/form/fill-on-open';
import { errorMessages } from '../../../ui/errors';
import { NumberInput, numberRule } from '../../../ui/NumberInput';

type Values = Pick<Township, 'name' | 'kind' | 'order' | 'leaderName' | 'leaderPost'>;

export type TownshipFormProps = {
  open: boolean;
  /** The township being edited, or undefined for a new one. */
  editing?: Township;
  nextOrder: number;
  onClose: () => void;
  onSaved: (t: Township) => void;
};

export function TownshipForm({ open, editing, nextOrder, onClose, onSaved }: TownshipFormProps) {
  const [form] = Form.useForm<Values>();
  const validation = useValidateTrigger(open);
  const fill = useFillOnOpen(form, open);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    if (fill(editing ?? { kind: '镇', order: nextOrder })) setErrors([]);
  }, [open, editing, nextOrder, fill]);

  const save = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { townships } = getStore();
      const saved = editing ? await townships.update(editing.id, values) : await townships.create(values);
      onSaved(saved);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal
      open={open}
      title={editing ? `编辑乡镇：${editing.name}` : '新建乡镇'}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 6 }} wrapperCol={{ span: 16 }} {...validation}>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写乡镇名称' }, { max: 30, message: '乡镇名称不能超过30个字' }]}>
            <Input placeholder="如：河田镇" autoFocus />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={TOWNSHIP_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item name="order" label="排序" rules={[{ required: true, message: '请填写排序号' }, numberRule]}>
            <NumberInput integer min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="leaderName" label="挂钩领导">
            <Input placeholder="分片挂钩的县领导姓名" />
          </Form.Item>
          <Form.Item name="leaderPost" label="领导职务">
            <Input placeholder="如：县委常委、组织部部长" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
