// One 交流互访 visit: the pairing, who went which way (an enterprise's party cadres to learn
// from its village, the reverse, or both sides visiting each other), when, where, the persons
// sent (picked from the registry) and what they learned. It is saved as the pairing's 学习交流
// ledger entry — the one store of the fact — listing the persons, so 派出党务干部 is their
// number (the store refuses a count that differs).
import { useCallback, useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker, Form, Input, Radio } from 'antd';
import { EXCHANGE_DIRECTIONS } from '@shared/model/ledger-catalog';
import type { LedgerEntry } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { PersonSelect } from '../../../ui/records/pickers';
import { useNames } from '../common/records';
import { PairingPicker } from '../common/PairingPicker';
import { NumberInput, numberRule } from '../../../ui/NumberInput';

type Direction = (typeof EXCHANGE_DIRECTIONS)[number];
type Values = { pairingId?: string; direction?: Direction; date?: Dayjs; personIds?: string[]; place?: string; visits?: number; description?: string };

export const DIRECTION_LABELS: Record<Direction, string> = { '企→村': '企业派员到联建村学习', '村→企': '村派员到联建企业学习', 互访: '村企负责人互访' };

type Props = { open: boolean; editing?: LedgerEntry; onClose: () => void; onSaved: (e: LedgerEntry) => void };

export function ExchangeForm({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const names = useNames();
  const pairingId = Form.useWatch('pairingId', form);
  const direction = Form.useWatch('direction', form);
  const pairing = pairingId ? names.pairings.get(pairingId) : undefined;
  // Who may be sent: the sending side's persons (both sides' for a mutual visit).
  const senderOrg = !pairing ? undefined : direction === '企→村' ? pairing.enterpriseId : direction === '村→企' ? pairing.villageId : undefined;

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      const f = editing.figures;
      form.setFieldsValue({
        pairingId: editing.pairingId,
        direction: (typeof f.direction === 'string' ? f.direction : '企→村') as Direction,
        date: dayjs(editing.date),
        personIds: editing.personIds,
        place: typeof f.place === 'string' ? f.place : undefined,
        visits: typeof f.visits === 'number' ? f.visits : undefined,
        description: editing.description,
      });
    } else form.setFieldsValue({ direction: '企→村', visits: 1 });
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
      const personIds = v.personIds ?? [];
      const input = {
        pairingId: v.pairingId,
        type: 'exchange',
        date: v.date?.format('YYYY-MM-DD') ?? '',
        precision: 'day' as const,
        figures: { cadres: personIds.length, visits: v.visits, direction: v.direction, place: v.place },
        personIds,
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

  const onSide = (id: string) => {
    const p = names.persons.get(id);
    return !pairing || !p?.orgId || p.orgId === pairing.enterpriseId || p.orgId === pairing.villageId;
  };

  return (
    <FormDrawer
      open={open}
      title={editing ? '编辑交流互访' : '登记交流互访'}
      width={640}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} preserve={false}>
        <Form.Item name="pairingId" label="联建" rules={[{ required: true, message: '请选择联建' }]}>
          <PairingPicker aria-label="联建" />
        </Form.Item>
        <Form.Item name="direction" label="交流方向" rules={[{ required: true, message: '请选择交流方向' }]}>
          <Radio.Group aria-label="交流方向" options={EXCHANGE_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))} />
        </Form.Item>
        <Form.Item name="date" label="交流日期" rules={[{ required: true, message: '请填写交流日期' }]}>
          <DatePicker aria-label="交流日期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="personIds"
          label="派出人员"
          rules={[
            { required: true, type: 'array', min: 1, message: '请从人员库中选择派出的人员' },
            { validator: async (_, ids: string[] = []) => {
                const stray = ids.filter((id) => !onSide(id)).map((id) => names.person(id));
                if (stray.length) throw new Error(`${stray.join('、')}不是联建双方的人员`);
              } },
          ]}
          extra={senderOrg ? '派出一方的人员（人员库）' : '联建双方的人员（人员库）'}
        >
          <PersonSelect aria-label="派出人员" mode="multiple" orgId={senderOrg} />
        </Form.Item>
        <Form.Item name="place" label="交流地点">
          <Input aria-label="交流地点" maxLength={200} placeholder="如：红星村党群活动室" />
        </Form.Item>
        <Form.Item name="visits" label="交流次数" rules={[numberRule]}>
          <NumberInput aria-label="交流次数" integer min={1} unit="次" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="description" label="学习内容" rules={[{ required: true, whitespace: true, message: '请填写学习了什么、有何收获' }]}>
          <Input.TextArea aria-label="学习内容" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} placeholder="学习了哪些做法，回去后如何借鉴" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
