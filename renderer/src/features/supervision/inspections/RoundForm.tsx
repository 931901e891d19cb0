// 新建 / 编辑 a round of inspection: year and quarter, the dates, the team and its leader,
// and the overall assessment the 通报 opens with.
import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { QUARTERS, quarterLabel, type InspectionRound, type Quarter } from '@shared/model/inspection';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { errorMessages } from '../../../ui/errors';
import { getStore } from '../../../db';
import { NumberInput, numberRule } from '../../../ui/NumberInput';

type Values = { year: number; quarter: Quarter; startDate?: Dayjs; endDate?: Dayjs; team?: string; leader?: string; summary?: string };

type Props = { open: boolean; editing?: InspectionRound; defaultYear: number; onClose: () => void; onSaved: (round: InspectionRound) => void };

const iso = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

export function RoundForm({ open, editing, defaultYear, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({ ...editing, startDate: dayjs(editing.startDate), endDate: dayjs(editing.endDate) });
    } else {
      form.setFieldsValue({ year: defaultYear, quarter: (Math.floor(dayjs().month() / 3) + 1) as Quarter });
    }
  }, [open, editing, defaultYear, form]);

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const input = { year: v.year, quarter: v.quarter, startDate: iso(v.startDate), endDate: iso(v.endDate), team: v.team ?? '', leader: v.leader, summary: v.summary };
      const store = getStore().inspections;
      onSaved(editing ? await store.updateRound(editing.id, input) : await store.createRound(input));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} width={640} title={editing ? '编辑督查' : '新建督查'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 18 }}>
          <Form.Item label="督查季度" required style={{ marginBottom: 0 }}>
            <Form.Item name="year" rules={[{ required: true, message: '请填写年度' }, numberRule]} style={{ display: 'inline-block', width: 110, marginRight: 8 }}>
              <NumberInput aria-label="年度" integer min={1990} max={2100} unit="年" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="quarter" rules={[{ required: true, message: '请选择季度' }]} style={{ display: 'inline-block', width: 130 }}>
              <Select aria-label="季度" options={QUARTERS.map((q) => ({ value: q, label: quarterLabel(q) }))} />
            </Form.Item>
          </Form.Item>
          <Form.Item label="督查日期" required style={{ marginBottom: 0 }}>
            <Form.Item name="startDate" rules={[{ required: true, message: '请填写开始日期' }]} style={{ display: 'inline-block', width: 170, marginRight: 8 }}>
              <DatePicker aria-label="开始日期" placeholder="开始日期" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="endDate" rules={[{ required: true, message: '请填写结束日期' }]} style={{ display: 'inline-block', width: 170 }}>
              <DatePicker aria-label="结束日期" placeholder="结束日期" style={{ width: '100%' }} />
            </Form.Item>
          </Form.Item>
          <Form.Item name="team" label="督查组成员" rules={[{ required: true, whitespace: true, message: '请填写督查组成员' }]}>
            <Input placeholder="如：县委组织部组织科 张明、县农办 李华" maxLength={200} />
          </Form.Item>
          <Form.Item name="leader" label="带队领导">
            <Input placeholder="如：县委组织部副部长 王强" maxLength={30} />
          </Form.Item>
          <Form.Item name="summary" label="总体情况" extra="写入督查情况通报的「总体情况」部分，可分段">
            <Input.TextArea rows={4} maxLength={3000} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
