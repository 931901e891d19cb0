// One 订单式培训 session (or any 技能培训 held for a pairing): the pairing, the base it was held
// at (a base of the pairing's village — a new one can be registered on the spot), the dates,
// how many trained and, of them, how many the enterprise took on (上岗/录用). It is saved as
// the pairing's 技能培训 ledger entry — the one store of the fact — so the ledger's rules
// (the pairing's active period, 其中 ≤ 总数, 结业 not before 开班) decide what is accepted.
import { useCallback, useEffect, useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { LedgerEntry } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { useBases, useNames } from '../common/records';
import { PairingPicker } from '../common/PairingPicker';
import { BaseForm } from '../bases/BaseForm';
import { NumberInput, numberRule } from '../../../ui/NumberInput';

type Values = {
  pairingId?: string;
  base?: string;
  date?: Dayjs;
  endDate?: Dayjs;
  trainees?: number;
  employedAfter?: number;
  content?: string;
  orderBased?: boolean;
  sessions?: number;
  description?: string;
};

type Props = { open: boolean; editing?: LedgerEntry; onClose: () => void; onSaved: (e: LedgerEntry) => void };

const iso = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD') ?? '';

export function SessionForm({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [newBase, setNewBase] = useState(false);
  const bases = useBases();
  const names = useNames();
  const pairingId = Form.useWatch('pairingId', form);
  const pairing = pairingId ? names.pairings.get(pairingId) : undefined;
  const baseOptions = useMemo(
    () => (bases ?? []).filter((b) => pairing && b.villageId === pairing.villageId).map((b) => ({ value: b.name, label: b.enterpriseIds.includes(pairing!.enterpriseId) ? b.name : `${b.name}（未登记为该企业设立）` })),
    [bases, pairing],
  );

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      const f = editing.figures;
      form.setFieldsValue({
        pairingId: editing.pairingId,
        base: typeof f.base === 'string' ? f.base : undefined,
        date: dayjs(editing.date),
        endDate: typeof f.endDate === 'string' ? dayjs(f.endDate) : undefined,
        trainees: typeof f.trainees === 'number' ? f.trainees : undefined,
        employedAfter: typeof f.employedAfter === 'number' ? f.employedAfter : undefined,
        content: typeof f.content === 'string' ? f.content : undefined,
        orderBased: f.orderBased === true,
        sessions: typeof f.sessions === 'number' ? f.sessions : 1,
        description: editing.description,
      });
    } else form.setFieldsValue({ orderBased: true, sessions: 1 });
  }, [open, editing, form]);

  const save = useCallback(async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const input = {
        pairingId: v.pairingId,
        type: 'training',
        date: iso(v.date),
        precision: 'day' as const,
        figures: { sessions: v.sessions ?? 1, trainees: v.trainees, employedAfter: v.employedAfter, base: v.base, orderBased: Boolean(v.orderBased), endDate: iso(v.endDate), content: v.content },
        description: v.description,
      };
      const { ledgerEntries } = getStore();
      onSaved(editing ? await ledgerEntries.update(editing.id, input, editing.attachmentIds) : (await ledgerEntries.add([input]))[0]!);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? '编辑培训记录' : '登记订单式培训'}
      width={640}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '120px' }} preserve={false}>
        <Form.Item name="pairingId" label="联建（企业—村）" rules={[{ required: true, message: '请选择联建' }]} extra="用工企业与培训所在的联建村">
          <PairingPicker aria-label="联建" onChange={() => form.setFieldValue('base', undefined)} />
        </Form.Item>
        <Form.Item label="培训基地">
          <Space.Compact block>
            <Form.Item name="base" noStyle>
              <Select aria-label="培训基地" allowClear placeholder={pairing ? '选择该村的培训基地' : '先选择联建'} options={baseOptions} disabled={!pairing} style={{ width: '100%' }} />
            </Form.Item>
            <Button icon={<PlusOutlined />} disabled={!pairing} onClick={() => setNewBase(true)}>
              新基地
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="date" label="开班日期" rules={[{ required: true, message: '请填写开班日期' }]}>
          <DatePicker aria-label="开班日期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="endDate" label="结业日期">
          <DatePicker aria-label="结业日期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="content" label="培训工种">
          <Input aria-label="培训工种" maxLength={200} placeholder="如：缝纫工、垒球手缝" />
        </Form.Item>
        <Form.Item name="trainees" label="培训人数" rules={[{ required: true, message: '请填写培训人数' }, numberRule]}>
          <NumberInput aria-label="培训人数" integer min={0} unit="人次" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="employedAfter" label="其中上岗录用" extra="培训后被用工企业录用、上岗的人数" rules={[numberRule]}>
          <NumberInput aria-label="其中上岗录用" integer min={0} unit="人" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="orderBased" label="订单式" valuePropName="checked">
          <Checkbox aria-label="订单式">企业按用工需求下“订单”培训</Checkbox>
        </Form.Item>
        <Form.Item name="sessions" label="期数" extra="一条记录一般为一期；按年度汇总登记时填写期数" rules={[numberRule]}>
          <NumberInput aria-label="期数" integer min={1} unit="期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="description" label="情况说明">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
      <BaseForm
        open={newBase}
        preset={{ villageId: pairing?.villageId, enterpriseId: pairing?.enterpriseId }}
        onClose={() => setNewBase(false)}
        onSaved={(b) => {
          setNewBase(false);
          form.setFieldValue('base', b.name);
        }}
      />
    </FormDrawer>
  );
}
