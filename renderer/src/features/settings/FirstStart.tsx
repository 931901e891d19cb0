// The first-start screen (see FirstStartGate): the office's details in a short form, or the
// sample county (示例数据).
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Row, Select, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import type { OfficeSettings } from '@shared/model/settings';
import { getDatabase } from '../../db/app-database';
import { DEFAULT_OFFICE } from '@shared/model/setting-defaults';
import { enterToNextField } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { OfficeFields } from './OfficeFields';

type Values = OfficeSettings & { workingYear: number };

export function FirstStart({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState<'office' | 'sample' | null>(null);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);

  const saveOffice = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy('office');
    try {
      const db = getDatabase();
      const { setSetting } = await import('../../db/settings');
      const { workingYear, ...office } = { ...form.getFieldsValue(true), ...values } as Values;
      await setSetting(db, 'office', { ...DEFAULT_OFFICE, ...office });
      await setSetting(db, 'workingYear', workingYear);
      message.success('已保存单位信息。其他信息可随时在「设置」中修改。');
      onDone();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setBusy(null);
    }
  };

  const loadSample = async () => {
    setBusy('sample');
    try {
      // The sample's loader (and the repositories it writes through) load only when asked for.
      const [{ getStore }, { loadSampleData }] = await Promise.all([import('../../db'), import('../../db/sample-data')]);
      const { db, ledger } = getStore();
      await loadSampleData(db, ledger);
      message.success('已载入示例数据，工作年度已切换到2008年');
      onDone();
    } catch (e) {
      setErrors([`载入示例数据失败：${(e as Error).message}`]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="first-start" style={{ maxWidth: 1080, margin: '0 auto', padding: '32px 24px' }}>
      <Typography.Title level={3}>欢迎使用村企党组织联建工作管理系统</Typography.Title>
      <Typography.Paragraph type="secondary">开始之前，请填写本单位的信息（显示在窗口顶部，并用于统计表、表彰决定、公示和荣誉证书）；也可以先载入示例数据，看看各页面和报表的效果。</Typography.Paragraph>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors.join('；')} />}
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Card title="填写本单位信息" size="small">
            <div onKeyDown={enterToNextField}>
              <Form form={form} layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 17 }} validateTrigger="onBlur" initialValues={{ ...DEFAULT_OFFICE, workingYear: thisYear }}>
                <OfficeFields form={form} short />
                <Form.Item name="workingYear" label="工作年度">
                  <Select aria-label="工作年度" style={{ width: 120 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
                </Form.Item>
                <Form.Item wrapperCol={{ offset: 6 }}>
                  <Button type="primary" htmlType="submit" loading={busy === 'office'} disabled={busy === 'sample'} onClick={() => void saveOffice()}>
                    保存，开始使用
                  </Button>
                </Form.Item>
              </Form>
            </div>
            <Typography.Text type="secondary">上级党委、主送和抄送机关、公示联系人、行业和荣誉称号等字典，可稍后在「设置」中填写。</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card title="先看看示例数据" size="small">
            <Typography.Paragraph>
              载入一个示例县：长汀县2006—2008年的村企联建数据（19个乡镇和开发区、290个村、727家企业、125对联建及其台账）。示例数据处处有明确标注，单位信息暂用示例县的；录入正式数据前，在「工作台」一键清除即可，清除后回到这里填写本单位信息。
            </Typography.Paragraph>
            <Button icon={<ExperimentOutlined />} loading={busy === 'sample'} disabled={busy === 'office'} onClick={() => void loadSample()}>
              载入示例数据
            </Button>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
