// One ledger entry, new or edited: pairing, type, date (a day, or only the month), the
// type's figures generated from the catalog, a description and attachments. Figures are
// checked by the same catalog validation the grid and the import use; the store refuses
// dates outside the pairing's active period. Warnings show while typing and never block.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Checkbox, DatePicker, Divider, Form, Input, Modal, Radio, Select, Space, Button, App } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { LEDGER_ENTRY_TYPES, type LedgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import type { Attachment, LedgerEntry } from '@shared/model/types';
import { getStore } from '../../db';
import type { LedgerInput, NewAttachment } from '../../db/repositories/ledger-entries';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { useFillOnOpen } from '../../ui/form/fill-on-open';
import { FigureFields } from './FigureFields';
import { AttachmentList } from './AttachmentList';
import { pickAttachments } from './attachment-files';
import { usePairingOptions } from './pairing-options';
import { EnterpriseSelect, VillageSelect } from '../../ui/records/pickers';
import { useSetting } from '../../app/use-setting';

type OwnerKind = 'pairing' | 'enterprise' | 'village';
type Values = {
  ownerKind?: OwnerKind;
  pairingId?: string;
  enterpriseId?: string;
  villageId?: string;
  type?: string;
  date?: Dayjs;
  monthOnly?: boolean;
  figures?: Record<string, unknown>;
  description?: string;
};

const ownerKindOf = (e: LedgerEntry): OwnerKind => (e.pairingId ? 'pairing' : e.enterpriseId ? 'enterprise' : 'village');

export type LedgerEntryModalProps = {
  open: boolean;
  /** Editing this entry; otherwise a new one. */
  entry?: LedgerEntry;
  /** Fixed pairing (from the archive page). */
  pairingId?: string;
  defaultType?: string;
  catalog?: readonly LedgerType[];
  onClose: () => void;
  onSaved: (entry: LedgerEntry, warnings: string[]) => void;
};

function toFormFigures(type: LedgerType | undefined, figures: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...figures };
  for (const f of type?.fields ?? []) if (f.kind === 'date' && typeof out[f.key] === 'string') out[f.key] = dayjs(out[f.key] as string);
  return out;
}

export function LedgerEntryModal({ open, entry, pairingId, defaultType, catalog = LEDGER_ENTRY_TYPES, onClose, onSaved }: LedgerEntryModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [kept, setKept] = useState<Attachment[]>([]);
  const [added, setAdded] = useState<NewAttachment[]>([]);
  const { options } = usePairingOptions();
  const typeKey = Form.useWatch('type', form);
  const monthOnly = Form.useWatch('monthOnly', form);
  const ownerKind = Form.useWatch('ownerKind', form);
  const [workingYear] = useSetting('workingYear');
  // Entering last year's figures: the calendar opens in the working year, and no day is assumed.
  const thisYear = dayjs().year() === workingYear;
  const type = catalog.find((t) => t.key === typeKey);

  const fill = useFillOnOpen(form, open);
  useEffect(() => {
    if (!open) return;
    const t = entry && catalog.find((c) => c.key === entry.type);
    const opening = fill(
      entry
        ? {
            ownerKind: ownerKindOf(entry),
            pairingId: entry.pairingId,
            enterpriseId: entry.enterpriseId,
            villageId: entry.villageId,
            type: entry.type,
            date: dayjs(entry.date),
            monthOnly: entry.precision === 'month',
            figures: toFormFigures(t, entry.figures),
            description: entry.description,
          }
        : { ownerKind: 'pairing', pairingId, type: defaultType ?? catalog[0]?.key, date: thisYear ? dayjs() : undefined, monthOnly: false, figures: {} },
    );
    // Only as the dialog opens: files added meanwhile stay when the catalog or the year answers again.
    if (!opening) return;
    setErrors([]);
    setWarnings([]);
    setAdded([]);
    if (entry) void getStore().ledgerEntries.attachments(entry.id).then(setKept);
    else setKept([]);
  }, [open, entry, pairingId, defaultType, catalog, fill, thisYear]);

  const readInput = useCallback((): LedgerInput | undefined => {
    const v = form.getFieldsValue(true) as Values;
    if (!v.type || !v.date) return undefined;
    const date = v.monthOnly ? v.date.startOf('month') : v.date;
    const owner = v.ownerKind === 'enterprise' ? { enterpriseId: v.enterpriseId } : v.ownerKind === 'village' ? { villageId: v.villageId } : { pairingId: v.pairingId };
    if (!Object.values(owner)[0]) return undefined;
    return {
      ...owner,
      type: v.type,
      date: date.format('YYYY-MM-DD'),
      precision: v.monthOnly ? 'month' : 'day',
      figures: v.figures ?? {},
      description: v.description,
      newAttachments: added,
    };
  }, [form, added]);

  const refreshWarnings = useCallback(() => {
    const input = readInput();
    if (!input) return setWarnings([]);
    void getStore()
      .ledgerEntries.warnings([input], entry)
      .then(([w]) => setWarnings(w));
    return undefined;
  }, [readInput, entry]);

  const save = useCallback(async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = readInput();
    if (!input || !type) return;
    const checked = validateFigures(type, input.figures);
    const fieldErrors = checked.errors.filter((e) => e.field);
    if (fieldErrors.length) form.setFields(fieldErrors.map((e) => ({ name: ['figures', e.field], errors: [e.message] })));
    if (checked.errors.length) {
      setErrors(checked.errors.map((e) => e.message));
      return;
    }
    setSaving(true);
    try {
      const store = getStore().ledgerEntries;
      const [w] = await store.warnings([input], entry);
      const saved = entry ? await store.update(entry.id, input, kept.map((k) => k.id)) : (await store.add([input]))[0];
      onSaved(saved, w);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, readInput, type, entry, kept, onSaved]);

  useSaveShortcut(() => void save(), open);

  const addFiles = async () => {
    const picked = await pickAttachments();
    if (picked.refused.length) message.error(picked.refused.join('；'), 8);
    if (picked.files.length) setAdded((list) => [...list, ...picked.files]);
  };

  return (
    <Modal open={open} width={720} title={entry ? '编辑台账记录' : '登记台账'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      {warnings.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="请核对（不影响保存）" description={warnings.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 18 }} onValuesChange={refreshWarnings}>
          <Form.Item name="ownerKind" label="归属" tooltip="多数台账属于一对联建；企业或村自己的（如企业党支部的党员星级评定）选企业或村">
            <Radio.Group
              disabled={Boolean(pairingId)}
              options={[
                { value: 'pairing', label: '联建' },
                { value: 'enterprise', label: '企业' },
                { value: 'village', label: '村' },
              ]}
            />
          </Form.Item>
          {(ownerKind ?? 'pairing') === 'pairing' && (
            <Form.Item name="pairingId" label="联建" rules={[{ required: true, message: '请选择联建' }]}>
              <Select aria-label="联建" showSearch={{ optionFilterProp: 'label' }} disabled={Boolean(pairingId)} options={options} placeholder="选择已批准的联建" />
            </Form.Item>
          )}
          {ownerKind === 'enterprise' && (
            <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
              <EnterpriseSelect aria-label="企业" />
            </Form.Item>
          )}
          {ownerKind === 'village' && (
            <Form.Item name="villageId" label="村" rules={[{ required: true, message: '请选择村' }]}>
              <VillageSelect aria-label="村" />
            </Form.Item>
          )}
          <Form.Item name="type" label="台账类型" rules={[{ required: true, message: '请选择台账类型' }]}>
            <Select aria-label="台账类型" disabled={Boolean(entry)} options={catalog.map((t) => ({ value: t.key, label: t.name }))} onChange={() => form.setFieldValue('figures', {})} />
          </Form.Item>
          <Form.Item label="日期" required>
            <Space>
              <Form.Item name="date" noStyle rules={[{ required: true, message: '请填写日期' }]}>
                <DatePicker aria-label="日期" picker={monthOnly ? 'month' : 'date'} defaultPickerValue={thisYear ? undefined : dayjs(`${workingYear}-01-01`)} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item name="monthOnly" noStyle valuePropName="checked">
                <Checkbox>只知道月份</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
          <Divider style={{ margin: '4px 0 16px' }} titlePlacement="start" plain>
            {type ? `${type.name}情况` : '情况'}
          </Divider>
          {type && <FigureFields type={type} />}
          <Form.Item name="description" label="情况说明">
            <Input.TextArea rows={2} maxLength={1000} placeholder="活动内容、地点、参加人员等" />
          </Form.Item>
          <Form.Item label="附件">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <AttachmentList
                items={[...kept.map((a) => ({ key: a.id, name: a.name, blob: a.blob })), ...added.map((a, i) => ({ key: `new-${i}`, name: a.name, blob: a.blob }))]}
                onRemove={(key) => {
                  if (key.startsWith('new-')) setAdded((list) => list.filter((_, i) => `new-${i}` !== key));
                  else setKept((list) => list.filter((a) => a.id !== key));
                }}
              />
              <Button icon={<PaperClipOutlined />} onClick={() => void addFiles()}>
                添加附件
              </Button>
              <span style={{ color: '#999', fontSize: 12 }}>照片、扫描件或 PDF，每个不超过 20 MB</span>
            </Space>
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
