// 设置 → 单位信息: the office's details used in the header and every document, checked by the
// same schema as on read (shared/model/settings.ts) before they are stored.
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { OfficeSettings } from '@shared/model/settings';
import { useStoredSetting } from '../../app/use-setting';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { OfficeFields } from './OfficeFields';

export function OfficeCard({ active }: { active: boolean }) {
  const { message } = App.useApp();
  const office = useStoredSetting('office');
  const [form] = Form.useForm<OfficeSettings>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const stored = JSON.stringify(office.value);

  // The stored values (again after a save elsewhere, e.g. the sample data being loaded).
  useEffect(() => {
    if (office.loaded) form.setFieldsValue(JSON.parse(stored) as OfficeSettings);
  }, [office.loaded, stored, form]);

  const save = useCallback(async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await office.set({ ...office.value, ...form.getFieldsValue(true) });
      setErrors([]);
      message.success('已保存单位信息');
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, office, message]);
  useSaveShortcut(() => void save(), active);

  return (
    <Card size="small" title="单位信息" extra="用于窗口顶部、统计表标题、表彰决定的版头和文号、公示和荣誉证书">
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} layout="vertical" validateTrigger="onBlur" disabled={!office.loaded}>
          <OfficeFields form={form} />
          <Space>
            <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
              保存单位信息
            </Button>
          </Space>
        </Form>
      </div>
    </Card>
  );
}
