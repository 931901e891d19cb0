import { useCallback, useEffect, useState } from 'react';
import { Form, Input, Radio, Select } from 'antd';
import { GENDERS, POLITICAL_STATUSES } from '@shared/model/enums';
import { genderFromIdCard, validateIdCard } from '@shared/model/idcard';
import { personSchema } from '@shared/model/schemas/person';
import type { Draft, Person } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { zodRule } from '../../../ui/form/zod-rule';
import { EnterpriseSelect, VillageSelect } from '../../../ui/records/pickers';

export type PersonFormProps = {
  open: boolean;
  editing?: Person;
  onClose: () => void;
  onSaved: (p: Person) => void;
};

// personSchema is refined as a whole; its object part has the per-field schemas.
const F = personSchema.in.shape;

export function PersonForm({ open, editing, onClose, onSaved }: PersonFormProps) {
  const [form] = Form.useForm<Draft<Person>>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const orgKind = Form.useWatch('orgKind', form);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue(editing ?? { orgKind: 'none' });
  }, [open, editing, form]);

  const save = useCallback(async () => {
    let values: Draft<Person>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { persons } = getStore();
      onSaved(editing ? await persons.update(editing.id, values) : await persons.create(values));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  // A valid ID number tells the gender: fill it in when the user has not chosen one.
  const onIdBlur = () => {
    const r = validateIdCard(form.getFieldValue('idNumber') ?? '');
    if (r.ok && !form.getFieldValue('gender')) form.setFieldValue('gender', genderFromIdCard(r.value) ?? undefined);
  };

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑人员：${editing.name}` : '新建人员'}
      width={560}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} validateTrigger="onBlur" preserve={false}>
        <Form.Item name="name" label="姓名" required rules={[zodRule(F.name)]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="idNumber" label="身份证号" rules={[zodRule(F.idNumber)]}>
          <Input placeholder="18位，末位可为 X" maxLength={24} onBlur={onIdBlur} />
        </Form.Item>
        <Form.Item
          name="gender"
          label="性别"
          dependencies={['idNumber']}
          rules={[
            zodRule(F.gender),
            ({ getFieldValue }) => ({
              validator: async (_r, value) => {
                const id = validateIdCard(getFieldValue('idNumber') ?? '');
                const fromId = id.ok ? genderFromIdCard(id.value) : null;
                if (value && fromId && value !== fromId) throw new Error(`性别与身份证号不符（身份证号显示为${fromId}）`);
              },
            }),
          ]}
        >
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: g }))} />
        </Form.Item>
        <Form.Item name="phone" label="联系电话" rules={[zodRule(F.phone)]}>
          <Input placeholder="手机或带区号的固话" />
        </Form.Item>
        <Form.Item name="politicalStatus" label="政治面貌" rules={[zodRule(F.politicalStatus)]}>
          <Select allowClear options={POLITICAL_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="orgKind" label="所在单位类型">
          <Radio.Group
            onChange={() => form.setFieldValue('orgId', undefined)}
            options={[
              { value: 'enterprise', label: '企业' },
              { value: 'village', label: '村' },
              { value: 'none', label: '无' },
            ]}
          />
        </Form.Item>
        {orgKind === 'enterprise' && (
          <Form.Item name="orgId" label="所在企业" required rules={[{ required: true, message: '请选择所在企业' }]} validateTrigger={['onBlur', 'onChange']}>
            <EnterpriseSelect />
          </Form.Item>
        )}
        {orgKind === 'village' && (
          <Form.Item name="orgId" label="所在村" required rules={[{ required: true, message: '请选择所在村' }]} validateTrigger={['onBlur', 'onChange']}>
            <VillageSelect />
          </Form.Item>
        )}
        <Form.Item name="post" label="职务" rules={[zodRule(F.post)]}>
          <Input placeholder="如：村党支部书记、企业党支部委员" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
