import { useCallback, useEffect, useState } from 'react';
import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { VILLAGE_PARTY_ORG_TYPES } from '@shared/model/enums';
import { villagePartyOrgFields, villageSchema } from '@shared/model/schemas/village';
import type { Draft, Village } from '@shared/model/types';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { errorMessages } from '../../../ui/errors';
import { NumberInput } from '../../../ui/NumberInput';
import { ContactFields, HALF } from '../form/ContactFields';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { zodRule } from '../../../ui/form/zod-rule';
import { TownshipSelect } from '../../../ui/records/pickers';

export type VillageFormProps = {
  open: boolean;
  editing?: Village;
  onClose: () => void;
  onSaved: (v: Village) => void;
};

const F = villageSchema.shape;
const P = villagePartyOrgFields.shape;
/** Whole numbers of people or households; the label carries the unit. */
const count = { integer: true, min: 0, unitShown: false, style: { width: '100%' } };

export function VillageForm({ open, editing, onClose, onSaved }: VillageFormProps) {
  const [form] = Form.useForm<Draft<Village>>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [industries] = useSetting('industries');

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) form.setFieldsValue(editing);
  }, [open, editing, form]);

  const save = useCallback(async () => {
    let values: Draft<Village>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { villages } = getStore();
      const draft = { ...values, industries: values.industries ?? [], partyOrg: values.partyOrg ?? {} };
      onSaved(editing ? await villages.update(editing.id, draft) : await villages.create(draft));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑村：${editing.name}` : '新建村'}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '120px' }} labelWrap validateTrigger="onBlur" preserve={false}>
        <Divider titlePlacement="start">基本情况</Divider>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item name="townshipId" label="所属乡镇" required rules={[zodRule(F.townshipId)]} validateTrigger={['onBlur', 'onChange']}>
              <TownshipSelect />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="name" label="村名" required rules={[zodRule(F.name)]}>
              <Input placeholder="如：红星村" autoFocus />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="areaCode" label="区划代码" rules={[zodRule(F.areaCode)]}>
              <Input placeholder="12位统计用区划代码（可不填）" maxLength={12} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="households" label="户数（户）" rules={[zodRule(F.households)]}>
              <NumberInput {...count} unit="户" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="population" label="人口（人）" rules={[zodRule(F.population)]}>
              <NumberInput {...count} unit="人" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="surplusLabour" label="富余劳动力（人）" rules={[zodRule(F.surplusLabour)]}>
              <NumberInput {...count} unit="人" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="landlessFarmers" label="失地农民（人）" rules={[zodRule(F.landlessFarmers)]}>
              <NumberInput {...count} unit="人" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="collectiveIncome" label="村集体收入（万元）" rules={[zodRule(F.collectiveIncome)]}>
              <NumberInput min={0} unit="万元" unitShown={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="industries" label="主导产业" labelCol={{ flex: '120px' }} rules={[zodRule(F.industries)]}>
              <Select mode="tags" placeholder="可多选，也可输入其他产业后回车" options={industries.map((i) => ({ value: i, label: i }))} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">村党组织</Divider>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'name']} label="党组织名称" rules={[zodRule(P.name)]}>
              <Input placeholder="如：红星村党支部" />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'type']} label="党组织类型" rules={[zodRule(P.type)]}>
              <Select allowClear options={VILLAGE_PARTY_ORG_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'secretary']} label="书记" rules={[zodRule(P.secretary)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'members']} label="党员数（人）" rules={[zodRule(P.members)]}>
              <NumberInput {...count} unit="人" />
            </Form.Item>
          </Col>
        </Row>
        <ContactFields />
      </Form>
    </FormDrawer>
  );
}
