// 导出通报: the document number and date of the 督查情况通报, then the .docx saved through the
// host. The number, date and 版记 are kept on the round and offered again next time.
import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { InspectionRound, Rectification } from '@shared/model/inspection';
import { quarterLabel } from '@shared/model/inspection';
import { getStore } from '../../../db';
import { host } from '../../../host';
import { useSetting } from '../../../app/use-setting';
import { errorMessages } from '../../../ui/errors';
import { ImprintFields, imprintDraft, imprintValues, type ImprintValues } from '../../../ui/ImprintFields';
import type { PairingLabel } from '../../../ui/records/pairing-labels';
import { buildNotice, noticeInput } from './notice';
import { useFillOnOpen } from '../../../ui/form/fill-on-open';

type Values = { noticeNumber?: string; date?: Dayjs } & ImprintValues;

type Props = { open: boolean; round: InspectionRound; items: Rectification[]; labels: Map<string, PairingLabel>; onClose: () => void };

export function NoticeModal({ open, round, items, labels, onClose }: Props) {
  const { message } = App.useApp();
  const [office] = useSetting('office');
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fill = useFillOnOpen(form, open);

  useEffect(() => {
    if (!open) return;
    const opening = fill({
      noticeNumber: round.noticeNumber ?? (office.docPrefix ? `${office.docPrefix}〔${round.year}〕号` : ''),
      date: round.noticeDate ? dayjs(round.noticeDate) : dayjs(),
      ...imprintValues(round.noticeImprint, office),
    });
    if (opening) setErrors([]);
  }, [open, round, office, fill]);

  const exportDocx = async () => {
    const v = await form.validateFields();
    const noticeNumber = v.noticeNumber?.trim() || undefined;
    if (noticeNumber && !/\d号$/.test(noticeNumber)) {
      setErrors(['文号须写明序号，如 汀委〔2008〕25号；不需要文号时请清空']);
      return;
    }
    const date = (v.date ?? dayjs()).format('YYYY-MM-DD');
    setBusy(true);
    try {
      const imprint = imprintDraft(v);
      await getStore().inspections.setNotice(round.id, noticeNumber, date, imprint);
      const bytes = await buildNotice(noticeInput(round, items, labels, office, noticeNumber, date, imprint));
      const name = `${round.year}年${quarterLabel(round.quarter)}督查情况通报.docx`;
      const saved = await host.saveFile({ title: '保存督查情况通报', defaultName: name, bytes: bytes as Uint8Array<ArrayBuffer>, filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
      if (saved.ok) {
        message.success(`已导出通报：${saved.value.location}`);
        onClose();
      } else if (!saved.cancelled) setErrors([saved.error]);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title="导出督查情况通报" okText="导出 Word" cancelText="取消" confirmLoading={busy} onOk={() => void exportDocx()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Typography.Paragraph type="secondary">
        通报按公文格式（GB/T 9704）排版，列出本次督查的{round.visits.length}个联建点的督查情况和{items.length}项整改要求；发文机关标志、主送机关和署名取自「设置 → 单位信息」，版记的抄送、印发机关默认亦取自设置。
      </Typography.Paragraph>
      <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 18 }}>
        <Form.Item name="noticeNumber" label="文号" extra="不需要文号时清空">
          <Input placeholder="如 汀委〔2008〕25号" maxLength={40} />
        </Form.Item>
        <Form.Item name="date" label="成文日期" rules={[{ required: true, message: '请填写成文日期' }]}>
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
        <ImprintFields dateHint="默认为成文日期" />
      </Form>
    </Modal>
  );
}
