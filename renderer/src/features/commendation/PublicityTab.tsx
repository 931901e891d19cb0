// 公示: the office fills in the period and where objections go (and may change the title and
// the 版记, which default to the generated title and 设置); the notice with its list is then
// exported (.docx) or printed. The period is never filled in; the phone starts from 设置.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Nominee } from '@shared/model/types';
import { publicityMissing, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { publicityDocument, publicityTitle } from '@shared/reports/commendation/publicity';
import { packOfficialDocument } from '@shared/reports/docx';
import { titleText } from '@shared/reports/title-lines';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { enterToNextField } from '../../ui/form-keys';
import { useReport, fileSafe, useOfficeInfo, type Lookups } from './data';
import { OfficialDocView, OFFICIAL_PAGE_CSS } from './print/OfficialDocView';
import { PrintPreview } from './print/PrintPreview';
import { saveDocument } from './save-file';
import { ImprintFields, imprintDraft, imprintValues, type ImprintValues } from '../../ui/ImprintFields';

type Values = { period?: [Dayjs, Dayjs]; phone?: string; address?: string; title?: string } & ImprintValues;

export function PublicityTab({ round, nominees, lookups }: { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups }) {
  const { message } = App.useApp();
  const office = useOfficeInfo();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  const report = useReport(round, nominees, lookups);
  const notice = useMemo(() => publicityDocument(report, office, round.publicity), [report, office, round.publicity]);

  useEffect(() => {
    const p = round.publicity;
    form.setFieldsValue({
      period: p?.startDate && p.endDate ? [dayjs(p.startDate), dayjs(p.endDate)] : undefined,
      // The round's own phone, else the office's 公示 contact phone (设置 → 单位信息) to start from.
      phone: p?.phone ?? (office.contactPhone || undefined),
      address: p?.address,
      title: p?.title || publicityTitle(report),
      ...imprintValues(p, office),
    });
  }, [round.publicity, report, office, form]);

  const save = async (): Promise<boolean> => {
    const v = form.getFieldsValue();
    try {
      await getStore().commendations.updateRound(round.id, {
        publicity: {
          startDate: v.period?.[0]?.format('YYYY-MM-DD'),
          endDate: v.period?.[1]?.format('YYYY-MM-DD'),
          phone: v.phone,
          address: v.address,
          // The generated title is not stored, so it follows the list until the office edits it.
          title: v.title?.trim() && v.title.trim() !== publicityTitle(report) ? v.title : undefined,
          ...imprintDraft(v),
        },
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
    await saveDocument(message, 'docx', '导出公示', fileSafe(titleText(doc.value.title)), await packOfficialDocument(doc.value));
  };

  const missing = publicityMissing(round.publicity);
  return (
    <>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      {nominees.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="推荐名单为空：先在「推荐名单」中添加对象，再公示" />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} name="publicity" layout="vertical" onFinish={async () => (await save()) && message.success('已保存公示信息')}>
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
          <Form.Item name="title" label="公示标题" extra="在要换行处输入「/」或回车，可自定标题分行；不标则在词语之间自动分行">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={24}>
              <ImprintFields dateHint="默认为公示首日" />
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
          fileName={fileSafe(titleText(notice.value.title))}
          landscape={false}
          pageCss={OFFICIAL_PAGE_CSS}
          onClose={() => setPrinting(false)}
          screen={
            <div className="cq-sheet">
              <OfficialDocView doc={notice.value} />
            </div>
          }
          print={<OfficialDocView doc={notice.value} paged />}
        />
      )}
    </>
  );
}
