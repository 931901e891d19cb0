// New / edit a commendation round: year, level, the titles it awards (from the office's title
// dictionary, 设置 → 字典; a round keeps titles it already had), and an optional name.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { COMMENDATION_LEVELS, type CommendationLevel } from '@shared/model/enums';
import { choicesWith, TITLE_TARGET_LABELS } from '@shared/model/dictionaries';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { getStore } from '../../db';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { useValidateTrigger } from '../../ui/form/validate-trigger';
import { useFillOnOpen } from '../../ui/form/fill-on-open';
import { NumberInput, numberRule } from '../../ui/NumberInput';
import { errorMessages } from '../../ui/errors';
import { useSetting } from '../../app/use-setting';

type Values = { year: number; level: CommendationLevel; titles: string[]; name?: string };

type Props = {
  open: boolean;
  editing?: CommendationRoundRecord;
  onClose: () => void;
  onSaved: (r: CommendationRoundRecord) => void;
};

export function RoundForm({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const validation = useValidateTrigger(open);
  const fill = useFillOnOpen(form, open);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [year] = useSetting('workingYear');
  const [titles] = useSetting('commendationTitles');
  const [office] = useSetting('office');

  useEffect(() => {
    if (!open) return;
    if (fill(editing ? { year: editing.year, level: editing.level, titles: editing.titles, name: editing.name } : { year, level: '县委', titles: titles.slice(0, 1).map((t) => t.name) })) setErrors([]);
  }, [open, editing, fill, year, titles]);

  const save = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const { commendations } = getStore();
      const saved = editing ? await commendations.updateRound(editing.id, values) : await commendations.createRound(values);
      onSaved(saved);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} title={editing ? '编辑表彰' : '新建表彰'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 6 }} wrapperCol={{ span: 16 }} {...validation}>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }, numberRule]}>
            <NumberInput integer min={1990} max={2100} unit="年" style={{ width: '100%' }} autoFocus />
          </Form.Item>
          <Form.Item name="level" label="表彰级别" rules={[{ required: true, message: '请选择表彰级别' }]}>
            <Select aria-label="表彰级别" options={COMMENDATION_LEVELS.map((l) => ({ value: l, label: `${l}表彰` }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.level !== b.level}>
            {() =>
              form.getFieldValue('level') !== '县委' && (
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`${office.superiorName || '上级党委'}的表彰：在本系统中登记受表彰对象和上级文号，本县不另行发文（不生成表彰决定和公示）。`} />
              )
            }
          </Form.Item>
          <Form.Item name="titles" label="荣誉称号" rules={[{ required: true, message: '请至少选择一个荣誉称号' }]} extra="其他称号请先在「设置 → 字典」中添加（并注明授予对象）">
            <Select
              aria-label="荣誉称号"
              mode="multiple"
              options={choicesWith(
                titles.map((t) => t.name),
                editing?.titles,
              ).map((name) => {
                const entry = titles.find((t) => t.name === name);
                return { value: name, label: name, target: entry ? TITLE_TARGET_LABELS[entry.target] : '不在字典中' };
              })}
              optionRender={(o) => (
                <span>
                  {o.label}
                  <Typography.Text type="secondary">（授予{String(o.data.target)}）</Typography.Text>
                </span>
              )}
            />
          </Form.Item>
          <Form.Item name="name" label="表彰名称" extra="可不填，默认为「2008年度县委表彰」">
            <Input placeholder="如：2008年度村企党组织联建活动先进表彰" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
