// The roster's two dialogs: 添加学员 (persons picked from the registry — by name or pinyin
// initials — each enrolled with the organization and post they hold now) and 编辑学员 (what
// the roster prints for one trainee: 单位, 职务, 备注).
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { Trainee } from '@shared/model/types';
import { getStore } from '../../../db';
import { errorMessages } from '../../../ui/errors';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { PersonSelect } from '../../../ui/records/pickers';

type AddProps = { classId: string; open: boolean; onClose: () => void; onAdded: (added: Trainee[]) => void };

export function AddTraineesModal({ classId, open, onClose, onAdded }: AddProps) {
  const [ids, setIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) {
      setIds([]);
      setErrors([]);
    }
  }, [open]);
  const save = async () => {
    setSaving(true);
    try {
      onAdded(await getStore().trainings.addTrainees(classId, ids));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save(), open);
  return (
    <Modal
      open={open}
      title="添加学员"
      okText={ids.length ? `添加 ${ids.length} 人` : '添加'}
      okButtonProps={{ disabled: ids.length === 0 }}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="未能添加" description={errors.map((e) => <div key={e}>{e}</div>)} />}
      <Typography.Paragraph type="secondary">从信息库的人员中选择（可输入姓名或拼音首字母，可多选）。学员的单位和职务按人员现在的信息记入名单，以后人员调动不影响本期名单。</Typography.Paragraph>
      <PersonSelect aria-label="选择学员" mode="multiple" style={{ width: '100%' }} value={ids} onChange={(v) => setIds(Array.isArray(v) ? v : v ? [v] : [])} />
    </Modal>
  );
}

type EditValues = { orgName?: string; post?: string; remark?: string };
type EditProps = { trainee: Trainee | undefined; onClose: () => void; onSaved: (t: Trainee) => void };

export function EditTraineeModal({ trainee, onClose, onSaved }: EditProps) {
  const [form] = Form.useForm<EditValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!trainee) return;
    setErrors([]);
    form.setFieldsValue({ orgName: trainee.orgName ?? '', post: trainee.post ?? '', remark: trainee.remark ?? '' });
  }, [trainee, form]);
  const save = async () => {
    if (!trainee) return;
    setSaving(true);
    try {
      onSaved(await getStore().trainings.updateTrainee(trainee.id, form.getFieldsValue()));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save(), Boolean(trainee));
  return (
    <Modal open={Boolean(trainee)} title={`编辑学员：${trainee?.name ?? ''}`} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ flex: '90px' }} preserve={false}>
          <Form.Item name="orgName" label="单位" extra="签到表上印的单位名称（参训时所在单位）">
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="post" label="职务" extra="参训时的职务">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="remark" label="备注">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
