// 公示: the office fills in the period and where objections go; the notice with its list is
// then exported (.docx) or printed. Nothing is filled in for them.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Nominee } from '@shared/model/types';
import { publicityMissing, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { publicityDocument, publicityTitle } from '@shared/reports/commendation/publicity';
import { packOfficialDocument } from '@shared/reports/docx';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { enterToNextField } from '../../ui/form-keys';
import { buildReport, fileSafe, useOfficeInfo, type Lookups } from './data';
import { OfficialDocView, OFFICIAL_PAGE_CSS } from './print/OfficialDocView';
import { PrintPreview } from './print/PrintPreview';
import { saveDocument } from './save-file';

type Values = { period?: [Dayjs, Dayjs]; phone?: string; address?: string };

export function PublicityTab({ round, nominees, lookups }: { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups }) {
  const { message } = App.useApp();
  const office = useOfficeInfo();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  const report = useMemo(() => buildReport(round, nominees, lookups), [round, nominees, lookups]);
  const notice = useMemo(() => publicityDocument(report, office, round.publicity), [report, office, round.publicity]);

  useEffect(() => {
    const p = round.publicity;
    // The round's own phone, else the office's 公示 contact phone (设置 → 单位信息) to start from.
    form.setFieldsValue({ period: p?.startDate && p.endDate ? [dayjs(p.startDate), dayjs(p.endDate)] : undefined, phone: p?.phone ?? (office.contactPhone || undefined), address: p?.address });
  }, [round.publicity, form, office.contactPhone]);

  const save = async (): Promise<boolean> => {
    const v = form.getFieldsValue();
    try {
      await getStore().commendations.updateRound(round.id, {
        publicity: { startDate: v.period?.[0]?.format('YYYY-MM-DD'), endDate: v.period?.[1]?.format('YYYY-MM-DD'), phone: v.phone, address: v.address },
      });
      setErrors([]);
      return true;
    } catch (e) {
      setErrors(errorMessages(e));
      return false;
    }
  };

  const exportDocx = async () => {
    if (!(await save())) return;
    const fresh = await getStore().commendations.getRound(round.id);
    const doc = publicityDocument(report, office, fresh?.publicity);
    if (!doc.ok) return void message.error(doc.error);
    await saveDocument(message, 'docx', '导出公示', fileSafe(publicityTitle(report)), await packOfficialDocument(doc.value));
  };

  const missing = publicityMissing(round.publicity);
  return (
    <>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      {nominees.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="推荐名单为空：先在「推荐名单」中添加对象，再公示" />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} layout="vertical" onFinish={async () => (await save()) && message.success('已保存公示信息')}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="period" label="公示期" required>
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['开始日期', '结束日期']} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="phone" label="受理电话" required>
                <Input placeholder="如：0597-6812345" />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="address" label="受理地址（可不填）">
                <Input placeholder="如：县委组织部组织科（县行政服务中心三楼）" />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button htmlType="submit" icon={<SaveOutlined />}>
              保存
            </Button>
            <Button type="primary" icon={<FileWordOutlined />} disabled={nominees.length === 0} onClick={() => void exportDocx()}>
              导出公示（Word）
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!notice.ok} onClick={async () => (await save()) && setPrinting(true)}>
              打印公示
            </Button>
          </Space>
        </Form>
      </div>
      <div className="cq-preview" style={{ marginTop: 16 }}>
        {notice.ok ? (
          <div className="cq-sheet">
            <OfficialDocView doc={notice.value} />
          </div>
        ) : (
          <Alert type="warning" showIcon title={`公示预览：请先填写${missing.join('、')}并保存`} />
        )}
      </div>
      {notice.ok && (
        <PrintPreview
          open={printing}
          title="打印公示"
          fileName={fileSafe(publicityTitle(report))}
          landscape={false}
          pageCss={OFFICIAL_PAGE_CSS}
          onClose={() => setPrinting(false)}
          screen={
            <div className="cq-sheet">
              <OfficialDocView doc={notice.value} />
            </div>
          }
          print={<OfficialDocView doc={notice.value} />}
        />
      )}
    </>
  );
}
