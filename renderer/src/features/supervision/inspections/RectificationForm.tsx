// 整改事项: the problem, what must be done, who answers for it and by when; then its state
// (待整改 → 整改中 → 已整改, with the 复查 date and reviewer once closed), what was done, and
// the evidence (photos, scans) kept with it.
import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { RECTIFICATION_STATES, type InspectionRound, type Rectification, type RectificationState } from '@shared/model/inspection';
import type { PairingLabel } from '../../../ui/records/pairing-labels';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { errorMessages } from '../../../ui/errors';
import { useFillOnOpen } from '../../../ui/form/fill-on-open';
import { getStore } from '../../../db';
import { AttachmentList, pickAttachments, type ShownAttachment } from '../../ledger';

type Values = {
  pairingId?: string;
  problem?: string;
  requirement?: string;
  responsible?: string;
  deadline?: Dayjs;
  status: RectificationState;
  progress?: string;
  reviewDate?: Dayjs;
  reviewer?: string;
};

type Props = {
  open: boolean;
  round: InspectionRound;
  editing?: Rectification;
  /** For a new item: the pairing it is for, and the state to start in. */
  preset?: { pairingId?: string; status?: RectificationState };
  labels: Map<string, PairingLabel>;
  onClose: () => void;
  onSaved: (item: Rectification) => void;
};

/** The township's party committee answers for its pairings (分片挂钩): 「河田镇党委」, 「开发区党工委」. */
export function defaultResponsible(label: PairingLabel | undefined): string {
  if (!label?.township) return '';
  return `${label.township}${label.township.endsWith('开发区') ? '党工委' : '党委'}`;
}

const iso = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

export function RectificationForm({ open, round, editing, preset, labels, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [stored, setStored] = useState<ShownAttachment[]>([]);
  const [added, setAdded] = useState<ShownAttachment[]>([]);
  const status = Form.useWatch('status', form);
  const fill = useFillOnOpen(form, open);

  useEffect(() => {
    if (!open) return;
    const pairingId = preset?.pairingId ?? (round.visits.length === 1 ? round.visits[0].pairingId : undefined);
    const opening = fill(
      editing
        ? { ...editing, deadline: dayjs(editing.deadline), reviewDate: editing.reviewDate ? dayjs(editing.reviewDate) : undefined }
        : { pairingId, status: preset?.status ?? '待整改', responsible: defaultResponsible(pairingId ? labels.get(pairingId) : undefined) },
    );
    // Only as the dialog opens: files added meanwhile stay when the round or the labels answer again.
    if (!opening) return;
    setErrors([]);
    setAdded([]);
    setStored([]);
    if (editing)
      void getStore()
        .inspections.evidence(editing.id)
        .then((files) => setStored(files.map((f) => ({ key: f.id, name: f.name, blob: f.blob }))));
  }, [open, editing, preset, round.visits, labels, fill]);

  const addFiles = async () => {
    const picked = await pickAttachments();
    if (picked.refused.length) message.error(picked.refused.join('；'));
    setAdded((a) => [...a, ...picked.files.map((f, i) => ({ key: `new-${Date.now()}-${i}`, name: f.name, blob: f.blob }))]);
  };

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const input = {
        inspectionId: round.id,
        pairingId: v.pairingId ?? '',
        problem: v.problem ?? '',
        requirement: v.requirement ?? '',
        responsible: v.responsible ?? '',
        deadline: iso(v.deadline),
        status: v.status,
        progress: v.progress,
        reviewDate: iso(v.reviewDate),
        reviewer: v.reviewer,
      };
      const files = added.map((a) => ({ name: a.name, blob: a.blob }));
      const store = getStore().inspections;
      const item = editing ? await store.updateRectification(editing.id, input, stored.map((s) => s.key), files) : await store.createRectification(input, files);
      onSaved(item);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  useSaveShortcut(() => void save(), open);

  const visited = round.visits.map((v) => ({ value: v.pairingId, label: labels.get(v.pairingId) ? `${labels.get(v.pairingId)!.code} ${labels.get(v.pairingId)!.name}` : '（已删除的联建）' }));
  const closed = status === '已整改';

  return (
    <Modal open={open} width={720} title={editing ? '编辑整改事项' : '新增整改事项'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 4 }} wrapperCol={{ span: 19 }}>
          <Form.Item name="pairingId" label="联建点" rules={[{ required: true, message: '请选择整改的联建点' }]}>
            <Select options={visited} placeholder="本次督查的联建点" onChange={(id: string) => form.setFieldValue('responsible', defaultResponsible(labels.get(id)))} />
          </Form.Item>
          <Form.Item name="problem" label="存在问题" rules={[{ required: true, whitespace: true, message: '请填写存在问题' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="requirement" label="整改要求" rules={[{ required: true, whitespace: true, message: '请填写整改要求' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="responsible" label="责任单位" rules={[{ required: true, whitespace: true, message: '请填写责任单位' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请填写整改期限' }]}>
            <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isBefore(dayjs(round.startDate), 'day')} />
          </Form.Item>
          <Form.Item name="status" label="整改状态">
            <Radio.Group options={RECTIFICATION_STATES.map((s) => ({ value: s, label: s, disabled: editing?.status === '已整改' && s === '待整改' }))} />
          </Form.Item>
          <Form.Item name="progress" label="整改情况" rules={closed ? [{ required: true, whitespace: true, message: '整改完成须填写整改情况' }] : []}>
            <Input.TextArea rows={3} maxLength={1000} placeholder="采取的措施和取得的效果" />
          </Form.Item>
          {closed && (
            <Form.Item label="复查" required style={{ marginBottom: 0 }}>
              <Form.Item name="reviewDate" rules={[{ required: true, message: '整改完成须填写复查日期' }]} style={{ display: 'inline-block', width: 180, marginRight: 8 }}>
                <DatePicker aria-label="复查日期" placeholder="复查日期" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item name="reviewer" rules={[{ required: true, whitespace: true, message: '整改完成须填写复查人' }]} style={{ display: 'inline-block', width: 220 }}>
                <Input aria-label="复查人" placeholder="复查人" maxLength={30} />
              </Form.Item>
            </Form.Item>
          )}
          <Form.Item label="证明材料">
            <Space direction="vertical" style={{ width: '100%' }}>
              <AttachmentList
                items={[...stored, ...added]}
                onRemove={(key) => {
                  setStored((s) => s.filter((a) => a.key !== key));
                  setAdded((a) => a.filter((x) => x.key !== key));
                }}
              />
              <Button size="small" icon={<PaperClipOutlined />} onClick={() => void addFiles()}>
                添加照片或扫描件
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
