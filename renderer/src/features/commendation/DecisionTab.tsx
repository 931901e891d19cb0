// 表彰决定: the generated text, editable before export (the title's line breaks too), and its
// 版记 with the defaults of 设置; the .docx (with the name list as its attachment) and a print
// preview of the same document.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { Nominee } from '@shared/model/types';
import type { CommendationRoundRecord, DecisionDraft } from '@shared/model/schemas/commendation';
import { formatDateCn } from '@shared/model/parse-date';
import { localToday } from '@shared/model/schemas/common';
import { decisionDefaults, decisionDocument, type DecisionTextKey } from '@shared/reports/commendation/decision';
import { packOfficialDocument } from '@shared/reports/docx';
import { breakTitle, titleText } from '@shared/reports/title-lines';
import { getStore } from '../../db';
import { errorMessages } from '../../ui/errors';
import { useSaveShortcut } from '../../ui/form-keys';
import { useReport, fileSafe, useOfficeInfo, type Lookups } from './data';
import { OfficialDocView, OFFICIAL_PAGE_CSS } from './print/OfficialDocView';
import { PrintPreview } from './print/PrintPreview';
import { saveDocument } from './save-file';
import { ImprintFields, imprintDraft, imprintValues, type ImprintValues } from '../../ui/ImprintFields';

type Values = Record<DecisionTextKey, string> & ImprintValues;

const toDraft = (v: Values): DecisionDraft => ({ issuerMark: v.issuerMark, title: v.title, addressee: v.addressee, body: v.body, signature: v.signature, ...imprintDraft(v) });

type Props = { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups; active: boolean };

export function DecisionTab({ round, nominees, lookups, active }: Props) {
  const { message } = App.useApp();
  const office = useOfficeInfo();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  const report = useReport(round, nominees, lookups);
  const defaults = useMemo(() => decisionDefaults(report, office), [report, office]);
  const values = Form.useWatch([], form) as Values | undefined;
  const today = localToday();
  const doc = useMemo(() => decisionDocument(report, office, values ? toDraft(values) : round.decision, today), [report, office, values, round.decision, today]);

  useEffect(() => {
    const saved = round.decision ?? {};
    form.setFieldsValue({
      issuerMark: saved.issuerMark || defaults.issuerMark,
      title: saved.title || defaults.title,
      addressee: saved.addressee || defaults.addressee,
      body: saved.body || defaults.body,
      signature: saved.signature || defaults.signature,
      ...imprintValues(saved, office),
    });
  }, [round.decision, defaults, office, form]);

  const save = async (): Promise<boolean> => {
    try {
      await getStore().commendations.updateRound(round.id, { decision: toDraft(form.getFieldsValue()) });
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
    const bytes = await packOfficialDocument(decisionDocument(report, office, toDraft(form.getFieldsValue()), today));
    await saveDocument(message, 'docx', '导出表彰决定', fileSafe(titleText(doc.title)), bytes);
  };

  const restoreDefaults = () => form.setFieldsValue({ ...defaults, ...imprintValues(undefined, office) });
  const titleShown = breakTitle(doc.title, { terms: doc.titleTerms });

  return (
    <>
      {round.status !== '批准' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="尚未批准：文号和成文日期在「批准」后自动填入决定。现在导出的是征求意见稿。" />}
      {!defaults.issuerMark && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="单位信息中没有发文机关标志和县名：请在下面填写「发文机关标志」「标题」和「署名」后保存。" />}
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Form form={form} name="decision" labelCol={{ span: 3 }} wrapperCol={{ span: 20 }}>
        <Form.Item name="issuerMark" label="发文机关标志">
          <Input placeholder="如：中共长汀县委员会文件" />
        </Form.Item>
        <Form.Item name="title" label="标题" extra={`在要换行处输入「/」或回车，可自定标题分行；不标则在词语之间自动分行。现分${titleShown.length}行：${titleShown.join(' ／ ')}`}>
          <Input.TextArea aria-label="标题" autoSize={{ minRows: 1, maxRows: 4 }} />
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
        <ImprintFields dateHint={round.decisionDate ? `默认 ${formatDateCn(round.decisionDate)}` : '默认为决定日期'} />
        {!doc.imprint && (
          <Form.Item wrapperCol={{ offset: 3 }}>
            <Alert type="warning" showIcon title="未填写印发机关：导出的决定没有版记。可在「设置」中填写默认的抄送、印发机关。" />
          </Form.Item>
        )}
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
        fileName={fileSafe(titleText(doc.title))}
        landscape={false}
        pageCss={OFFICIAL_PAGE_CSS}
        onClose={() => setPrinting(false)}
        screen={
          <div className="cq-sheet">
            <OfficialDocView doc={doc} />
          </div>
        }
        print={<OfficialDocView doc={doc} paged />}
      />
    </>
  );
}
