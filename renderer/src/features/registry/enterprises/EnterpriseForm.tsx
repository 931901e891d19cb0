import { useCallback, useEffect, useState } from 'react';
import { AutoComplete, Col, DatePicker, Divider, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ENTERPRISE_PARTY_ORG_TYPES, OWNERSHIPS } from '@shared/model/enums';
import { enterprisePartyOrgFields, enterpriseSchema } from '@shared/model/schemas/enterprise';
import type { Draft, Enterprise, EnterprisePartyOrg } from '@shared/model/types';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { errorMessages } from '../../../ui/errors';
import { NumberInput } from '../../../ui/NumberInput';
import { ContactFields, HALF } from '../form/ContactFields';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { zodRule } from '../../../ui/form/zod-rule';
import { TownshipSelect } from '../../../ui/records/pickers';

export type EnterpriseFormProps = {
  open: boolean;
  editing?: Enterprise;
  onClose: () => void;
  onSaved: (e: Enterprise) => void;
};

/** The form holds the established date as a date-picker value. */
type Values = Omit<Draft<Enterprise>, 'partyOrg'> & { partyOrg: Omit<EnterprisePartyOrg, 'establishedDate'> & { establishedDate?: Dayjs | null } };

const F = enterpriseSchema.shape;
const P = enterprisePartyOrgFields.shape;
/** Whole numbers of people; the label carries the unit. */
const count = { integer: true, min: 0, unit: '人', unitShown: false, style: { width: '100%' } };
const toIso = (d: unknown) => (dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : d);

export function EnterpriseForm({ open, editing, onClose, onSaved }: EnterpriseFormProps) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [industries] = useSetting('industries');
  const orgType = Form.useWatch(['partyOrg', 'type'], form);
  const noOrg = orgType === '未建立';

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      const { establishedDate, ...org } = editing.partyOrg;
      form.setFieldsValue({ ...editing, partyOrg: { ...org, establishedDate: establishedDate ? dayjs(establishedDate) : undefined } });
    } else {
      form.setFieldsValue({ aboveScale: false, partyOrg: { type: '未建立' } });
    }
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
      const { enterprises } = getStore();
      const draft = { ...values, partyOrg: { ...values.partyOrg, establishedDate: toIso(values.partyOrg?.establishedDate) as string | undefined } } as Draft<Enterprise>;
      onSaved(editing ? await enterprises.update(editing.id, draft) : await enterprises.create(draft));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑企业：${editing.name}` : '新建企业'}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '130px' }} labelWrap validateTrigger="onBlur" preserve={false}>
        <Divider titlePlacement="start">基本情况</Divider>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label="企业名称" required rules={[zodRule(F.name)]}>
              <Input placeholder="与营业执照一致，如：长汀县红都纺织有限公司" autoFocus />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="uscc" label="统一社会信用代码" rules={[zodRule(F.uscc)]}>
              <Input placeholder="18位，个体户可不填" maxLength={24} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="townshipId" label="所属乡镇" required rules={[zodRule(F.townshipId)]} validateTrigger={['onBlur', 'onChange']}>
              <TownshipSelect />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="industry" label="行业" rules={[zodRule(F.industry)]}>
              <AutoComplete aria-label="行业" options={industries.map((i) => ({ value: i }))} placeholder="选择或输入" showSearch={{ filterOption: true }} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="ownership" label="经济类型" rules={[zodRule(F.ownership)]}>
              <Select allowClear options={OWNERSHIPS.map((o) => ({ value: o, label: o }))} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="aboveScale" label="规模以上" required rules={[zodRule(F.aboveScale)]}>
              <Radio.Group
                options={[
                  { value: true, label: '是' },
                  { value: false, label: '否' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="employees" label="从业人员（人）" rules={[zodRule(F.employees)]}>
              <NumberInput {...count} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="outputValue" label="年产值（万元）" rules={[zodRule(F.outputValue)]}>
              <NumberInput min={0} unit="万元" unitShown={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="foundedYear" label="成立年份" rules={[zodRule(F.foundedYear)]}>
              <NumberInput integer unit="年" unitShown={false} style={{ width: '100%' }} placeholder="如 2001" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">企业党组织</Divider>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'type']} label="党组织类型" required rules={[zodRule(P.type)]}>
              <Select
                options={ENTERPRISE_PARTY_ORG_TYPES.map((t) => ({ value: t, label: t }))}
                onChange={(t) => {
                  if (t !== '未建立') return;
                  form.setFieldValue(['partyOrg', 'establishedDate'], undefined);
                  form.setFieldValue(['partyOrg', 'secretary'], undefined);
                }}
              />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'name']} label="党组织名称" rules={[zodRule(P.name)]}>
              <Input placeholder={noOrg ? '尚未建立党组织' : '如：红都纺织有限公司党支部'} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'establishedDate']} label="建立日期" rules={[zodRule(P.establishedDate, toIso)]}>
              <DatePicker style={{ width: '100%' }} disabled={noOrg} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'secretary']} label="书记" rules={[zodRule(P.secretary)]}>
              <Input disabled={noOrg} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['partyOrg', 'members']} label="党员数（人）" rules={[zodRule(P.members)]}>
              <NumberInput {...count} />
            </Form.Item>
          </Col>
        </Row>
        <ContactFields />
      </Form>
    </FormDrawer>
  );
}
