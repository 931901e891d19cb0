// New / edit an 产业基地: name, product, area and what it brings (households driven, income per
// household, the enterprise's gain), the pairing or pairings that built it, the year. Each
// field is checked by the record's own schema as the user leaves it; the store checks the
// pairings (approved, live) and the name (one per pairing) when saving.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { IndustryBase } from '@shared/model/industry-base';
import { industryBaseSchema, INDUSTRY_BASE_LABELS as L } from '@shared/model/schemas/industry-base';
import { getStore } from '../../../db';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { useValidateTrigger } from '../../../ui/form/validate-trigger';
import { errorMessages } from '../../../ui/errors';
import { useSetting } from '../../../app/use-setting';
import { zodRule } from '../../../ui/form/zod-rule';
import { usePairingOptions } from '../pairing-options';
import { NumberInput } from '../../../ui/NumberInput';

type Values = {
  name: string;
  product?: string;
  area?: number | null;
  households?: number | null;
  incomePerHousehold?: number | null;
  enterpriseGain?: number | null;
  pairingIds: string[];
  year: number;
  description?: string;
};

type Props = {
  open: boolean;
  editing?: IndustryBase;
  /** A new base of this pairing (from its archive page). */
  pairingId?: string;
  onClose: () => void;
  onSaved: (base: IndustryBase) => void;
};

const F = industryBaseSchema.shape;

export function BaseForm({ open, editing, pairingId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const validation = useValidateTrigger(open);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [year] = useSetting('workingYear');
  const { options } = usePairingOptions();

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      const { name, product, area, households, incomePerHousehold, enterpriseGain, pairingIds, year: y, description } = editing;
      form.setFieldsValue({ name, product, area, households, incomePerHousehold, enterpriseGain, pairingIds, year: y, description });
    } else form.setFieldsValue({ pairingIds: pairingId ? [pairingId] : [], year });
  }, [open, editing, pairingId, form, year]);

  const save = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { industryBases } = getStore();
      const input = { ...values, townshipId: '' };
      onSaved(editing ? await industryBases.update(editing.id, input) : await industryBases.create(input));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  useSaveShortcut(() => void save(), open);
  // The labels name the units (「面积（亩）」); the unit still converts typed text (「5万元」).
  const number = (unit: string, integer = false) => ({ min: 0, unit, integer, unitShown: false, style: { width: '100%' } });

  return (
    <Modal open={open} title={editing ? '编辑产业基地' : '新建产业基地'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden width={640}>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 7 }} wrapperCol={{ span: 16 }} {...validation}>
          <Form.Item name="name" label={L.name} required rules={[zodRule(F.name)]}>
            <Input placeholder="如：露湖村丰产毛竹林基地" autoFocus />
          </Form.Item>
          <Form.Item name="product" label={L.product} rules={[zodRule(F.product)]}>
            <Input placeholder="如：毛竹、竹笋" />
          </Form.Item>
          <Form.Item name="area" label={L.area} rules={[zodRule(F.area)]}>
            <NumberInput aria-label={L.area} {...number('亩')} />
          </Form.Item>
          <Form.Item name="households" label={L.households} rules={[zodRule(F.households)]}>
            <NumberInput aria-label={L.households} {...number('户', true)} />
          </Form.Item>
          <Form.Item name="incomePerHousehold" label={L.incomePerHousehold} rules={[zodRule(F.incomePerHousehold)]}>
            <NumberInput aria-label={L.incomePerHousehold} {...number('元')} />
          </Form.Item>
          <Form.Item name="enterpriseGain" label={L.enterpriseGain} rules={[zodRule(F.enterpriseGain)]}>
            <NumberInput aria-label={L.enterpriseGain} {...number('万元')} />
          </Form.Item>
          <Form.Item name="pairingIds" label={L.pairingIds} required rules={[zodRule(F.pairingIds, (v) => v ?? [])]} extra="几个联建共建的基地可选多个；第一个为牵头联建，面积等数字计在它名下">
            <Select aria-label={L.pairingIds} mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="选择联建" options={options?.filter((o) => o.pairing.status !== '申请')} loading={!options} />
          </Form.Item>
          <Form.Item name="year" label={L.year} required rules={[zodRule(F.year)]}>
            <NumberInput aria-label={L.year} integer min={1990} max={2100} unit="年" unitShown={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label={L.description} rules={[zodRule(F.description)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
