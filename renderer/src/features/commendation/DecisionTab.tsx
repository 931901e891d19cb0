// 表彰决定: the generated text, editable before export; the .docx (with the name list as its
// attachment) and a print preview of the same document.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { Nominee } from '@shared/model/types';
import type { CommendationRoundRecord, DecisionDraft } from '@shared/model/schemas/commendation';
import { decisionDefaults, decisionDocument } from '@shared/reports/commendation/decision';
import { packOfficialDocument } from '@shared/reports/docx';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { useSaveShortcut } from '../../ui/form-keys';
import { buildReport, fileSafe, useOfficeInfo, type Lookups } from './data';
import { OfficialDocView, OFFICIAL_PAGE_CSS } from './print/OfficialDocView';
import { PrintPreview } from './print/PrintPreview';
import { saveDocument } from './save-file';

type Props = { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups; active: boolean };

export function DecisionTab({ round, nominees, lookups, active }: Props) {
  const { message } = App.useApp();
  const office = useOfficeInfo();
  const [form] = Form.useForm<Required<DecisionDraft>>();
  const [errors, setErrors] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  const report = useMemo(() => buildReport(round, nominees, lookups), [round, nominees, lookups]);
  const defaults = useMemo(() => decisionDefaults(report, office), [report, office]);
  const draft = Form.useWatch([], form) as DecisionDraft | undefined;
  const doc = useMemo(() => decisionDocument(report, office, draft ?? round.decision), [report, office, draft, round.decision]);

  useEffect(() => {
    const saved = round.decision ?? {};
    form.setFieldsValue({
      issuerMark: saved.issuerMark || defaults.issuerMark,
      title: saved.title || defaults.title,
      addressee: saved.addressee || defaults.addressee,
      body: saved.body || defaults.body,
      signature: saved.signature || defaults.signature,
    });
  }, [round.decision, defaults, form]);

  const save = async (): Promise<boolean> => {
    try {
      await getStore().commendations.updateRound(round.id, { decision: form.getFieldsValue() });
      setErrors([]);
      return true;
    } catch (e) {
      setErrors(errorMessages(e));
      return false;
    }
  };
  useSaveShortcut(() => void save().then((ok) => ok && message.success('已保存决定文字')), active);

  const exportDocx = async () => {
    if (!(await save())) return;
    const bytes = await packOfficialDocument(decisionDocument(report, office, form.getFieldsValue()));
    await saveDocument(message, 'docx', '导出表彰决定', fileSafe(doc.title.replace(/\n/g, '')), bytes);
  };

  const restoreDefaults = () => form.setFieldsValue(defaults);

  return (
    <>
      {round.status !== '批准' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="尚未批准：文号和成文日期在「批准」后自动填入决定。现在导出的是征求意见稿。" />}
      {!defaults.issuerMark && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="单位信息中没有发文机关标志和县名：请在下面填写「发文机关标志」「标题」和「署名」后保存。" />}
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Form form={form} labelCol={{ span: 3 }} wrapperCol={{ span: 20 }}>
        <Form.Item name="issuerMark" label="发文机关标志">
          <Input placeholder="如：中共长汀县委员会文件" />
        </Form.Item>
        <Form.Item name="title" label="标题">
          <Input />
        </Form.Item>
        <Form.Item name="addressee" label="主送机关">
          <Input />
        </Form.Item>
        <Form.Item name="body" label="正文" extra="每段一行；授予名单以附件形式附在文后">
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        <Form.Item name="signature" label="署名">
          <Input />
        </Form.Item>
        <Form.Item label="文号 / 日期">
          <span>{round.docNumber ? `${round.docNumber}　${doc.date ?? ''}` : '（批准后填入）'}</span>
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 3 }}>
          <Space wrap>
            <Button icon={<SaveOutlined />} onClick={async () => (await save()) && message.success('已保存决定文字')}>
              保存文字
            </Button>
            <Button icon={<UndoOutlined />} onClick={restoreDefaults}>
              恢复默认文字
            </Button>
            <Button type="primary" icon={<FileWordOutlined />} disabled={nominees.length === 0} onClick={() => void exportDocx()}>
              导出表彰决定（Word）
            </Button>
            <Button icon={<PrinterOutlined />} disabled={nominees.length === 0} onClick={() => setPrinting(true)}>
              打印表彰决定
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <PrintPreview
        open={printing}
        title="打印表彰决定"
        fileName={fileSafe(doc.title.replace(/\n/g, ''))}
        landscape={false}
        pageCss={OFFICIAL_PAGE_CSS}
        onClose={() => setPrinting(false)}
        screen={
          <div className="cq-sheet">
            <OfficialDocView doc={doc} />
          </div>
        }
        print={<OfficialDocView doc={doc} />}
      />
    </>
  );
}
