// 填报月报: one pairing's report for one month. Choosing a pairing and month already reported
// loads that report: saving then updates it (the earlier version stays in its history),
// never adds a second. The store checks everything again (shared/model/schemas/monthly-report).
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { monthLabel, REPORT_LEDGER_TYPES, reportMonthIssue } from '@shared/model/monthly-report';
import { typeGiven, REPORT_TEXT_LIMITS } from '@shared/model/schemas/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import type { MonthlyReport } from '@shared/model/types';
import { getStore } from '../../../db';
import { enterToNextField, useSaveShortcut } from '../../../ui/form-keys';
import { errorMessages } from '../../../ui/errors';
import { usePairingChoices } from './pairing-choices';
import { ReportFigureFields } from './ReportFigureFields';

type Values = {
  pairingId?: string;
  month?: Dayjs;
  active?: boolean;
  summary?: string;
  problems?: string;
  nextPlan?: string;
  reporter?: string;
  submittedDate?: Dayjs;
  figureTypes?: string[];
  figures?: Record<string, Record<string, unknown>>;
};

export type ReportFormProps = { open: boolean; pairingId?: string; month?: string; onClose: () => void };

function valuesOf(r: MonthlyReport): Values {
  return {
    active: r.active,
    summary: r.summary,
    problems: r.problems,
    nextPlan: r.nextPlan,
    reporter: r.reporter,
    submittedDate: dayjs(r.submittedDate),
    figureTypes: Object.keys(r.figures ?? {}),
    figures: r.figures ?? {},
  };
}

const BLANK: Values = { active: undefined, summary: undefined, problems: undefined, nextPlan: undefined, reporter: undefined, figureTypes: [], figures: {} };

export function ReportFormModal({ open, pairingId, month, onClose }: ReportFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { choices, byId } = usePairingChoices();
  const [existing, setExisting] = useState<MonthlyReport | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const chosenPairing = Form.useWatch('pairingId', form);
  const chosenMonth = Form.useWatch('month', form);
  const figureTypes = Form.useWatch('figureTypes', form) ?? [];
  const monthText = chosenMonth?.format('YYYY-MM');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ ...BLANK, pairingId, month: month ? dayjs(`${month}-01`) : undefined, submittedDate: dayjs() });
    setErrors([]);
    setExisting(null);
  }, [open, pairingId, month, form]);

  // A pairing and month already reported: load that report to edit.
  useEffect(() => {
    if (!open || !chosenPairing || !monthText) return;
    let stale = false;
    void getStore()
      .monthlyReports.find(chosenPairing, monthText)
      .then((r) => {
        if (stale) return;
        setExisting(r ?? null);
        form.setFieldsValue(r ? valuesOf(r) : { ...BLANK, submittedDate: dayjs() });
      });
    return () => {
      stale = true;
    };
  }, [open, chosenPairing, monthText, form]);

  const windowIssue = chosenPairing && monthText && byId.get(chosenPairing) ? reportMonthIssue(byId.get(chosenPairing)!.pairing, monthText, todayIso()) : null;

  const save = useCallback(async () => {
    setErrors([]);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const chosen = values.figureTypes ?? [];
    const figures: Record<string, Record<string, unknown>> = {};
    const missing: string[] = [];
    for (const type of REPORT_LEDGER_TYPES.filter((t) => chosen.includes(t.key))) {
      const raw = values.figures?.[type.key] ?? {};
      if (!typeGiven(raw)) missing.push(`勾选了「${type.name}」，请填写它的数字，或取消勾选`);
      figures[type.key] = raw;
    }
    if (missing.length) {
      setErrors(missing);
      return;
    }
    setSaving(true);
    try {
      const result = await getStore().monthlyReports.save([
        {
          pairingId: values.pairingId!,
          month: values.month!.format('YYYY-MM'),
          active: values.active,
          summary: values.summary,
          problems: values.problems,
          nextPlan: values.nextPlan,
          reporter: values.reporter,
          submittedDate: values.submittedDate?.format('YYYY-MM-DD'),
          figures,
        },
      ]);
      message.success(result.updated ? '已更新月报（原内容保留在修改记录中）' : result.created ? '已保存月报' : '内容没有变化');
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, message, onClose]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} width={760} title={existing ? '修改月报' : '填报月报'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {existing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`该联建${monthLabel(existing.month)}的月报已于 ${existing.submittedDate} 报送，保存将更新这份月报，原内容保留在修改记录中`}
        />
      )}
      {windowIssue && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={windowIssue} />}
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="未保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 18 }} onKeyDown={enterToNextField}>
        <Form.Item name="pairingId" label="联建" rules={[{ required: true, message: '请选择联建' }]}>
          <Select aria-label="联建" showSearch={{ optionFilterProp: 'label' }} options={choices} loading={!choices} placeholder="选择联建（编号、企业或村名）" disabled={Boolean(pairingId)} />
        </Form.Item>
        <Form.Item name="month" label="月份" rules={[{ required: true, message: '请选择月份' }]}>
          <DatePicker picker="month" aria-label="月份" format="YYYY-MM" disabled={Boolean(month)} />
        </Form.Item>
        <Form.Item name="active" label="是否开展活动" rules={[{ required: true, message: '请选择是否开展活动' }]}>
          <Radio.Group
            aria-label="是否开展活动"
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
          />
        </Form.Item>
        <Form.Item name="summary" label="活动情况" extra="开展了活动的，写明做了什么；没有开展的，可写明原因">
          <Input.TextArea aria-label="活动情况" rows={3} maxLength={REPORT_TEXT_LIMITS.summary} showCount />
        </Form.Item>
        <Form.Item name="problems" label="存在问题">
          <Input.TextArea aria-label="存在问题" rows={2} maxLength={REPORT_TEXT_LIMITS.problems} />
        </Form.Item>
        <Form.Item name="nextPlan" label="下月计划">
          <Input.TextArea aria-label="下月计划" rows={2} maxLength={REPORT_TEXT_LIMITS.nextPlan} />
        </Form.Item>
        <Form.Item name="reporter" label="填报人">
          <Input aria-label="填报人" maxLength={REPORT_TEXT_LIMITS.reporter} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="submittedDate" label="报送日期" rules={[{ required: true, message: '请选择报送日期' }]} extra="乡镇（联建点）报来的日期；截止日之后的计为逾期报送">
          <DatePicker aria-label="报送日期" format="YYYY-MM-DD" />
        </Form.Item>
        <ReportFigureFields chosen={figureTypes} />
      </Form>
    </Modal>
  );
}
