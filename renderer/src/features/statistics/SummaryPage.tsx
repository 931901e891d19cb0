// 工作总结数字: the figures paragraph of a work summary, written from the data the way the
// seed article's second paragraph is, for the years and the date the office chooses (defaults:
// the working year, today), each rounded figure switchable to its exact value; editable here
// and exported as an official-layout .docx for the office to finish in Word or WPS. The
// figures are the annual table's: each year each township's from its tally or the ledger.
// Its title (with the line breaks the office marks) and the 版记 take the defaults of 设置.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, DatePicker, Form, Input, Segmented, Space, Table, Typography } from 'antd';
import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDateCn } from '@shared/model/parse-date';
import { breakTitle } from '@shared/reports/title-lines';
import { ok } from '@shared/model/result';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph, figureForms, ROUNDED_FIGURES, usedFigures, type RoundedFigure } from '@shared/reports/statistics/summary-paragraph';
import { spanSourceNotes } from '@shared/reports/statistics/sources';
import { summaryTitle } from '@shared/reports/statistics/titles';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { loadStatisticsInput } from './load';
import { useStatFilters } from './filters';
import { safeFileName, saveBuilt } from './save';
import { NumberInput } from '../../ui/NumberInput';

type FormRow = { key: RoundedFigure; label: string; rounded: string; exact: string };

export function SummaryPage() {
  const { message } = App.useApp();
  const { year: workingYear, ready } = useStatFilters();
  const [office] = useSetting('office');
  // The working year and the two before it, unless the user chose other years.
  const [chosenTo, setToYear] = useState<number | null>(null);
  const [chosenFrom, setFromYear] = useState<number | null>(null);
  const toYear = chosenTo ?? workingYear;
  const fromYear = Math.min(chosenFrom ?? toYear - 2, toYear);
  const [date, setDate] = useState<Dayjs>(() => dayjs());
  const [exact, setExact] = useState<RoundedFigure[]>([]);
  const [cityCommittee, setCityCommittee] = useState('市委');
  const [text, setText] = useState<string | null>(null);
  const [titleEdit, setTitleEdit] = useState<string | null>(null);
  const [copyTo, setCopyTo] = useState<string | null>(null);
  const [printingOrg, setPrintingOrg] = useState<string | null>(null);

  const input = useLiveQuery(() => (ready ? loadStatisticsInput(getStore().db, fromYear, toYear) : undefined), [ready, fromYear, toYear]);
  const figures = useMemo(() => input && computeCountyFigures(input, { fromYear, toYear }), [input, fromYear, toYear]);
  const generated = useMemo(
    () => figures && buildSummaryParagraph(figures, { committeeNames: { 市委: cityCommittee || '市委' }, exact }),
    [figures, cityCommittee, exact],
  );
  const forms = useMemo<FormRow[]>(
    () => (figures ? usedFigures(figures).map((key) => ({ key, label: ROUNDED_FIGURES.find((r) => r.key === key)!.label, ...figureForms(figures, key) })) : []),
    [figures],
  );
  const notes = useMemo(() => (input ? spanSourceNotes(input, fromYear, toYear) : []), [input, fromYear, toYear]);
  const shown = text ?? generated ?? '';
  const countyName = office.countyName || '';
  const generatedTitle = summaryTitle(countyName, fromYear, toYear);
  const title = titleEdit ?? generatedTitle;
  const titleTerms = [countyName, office.unitName].filter(Boolean);
  const titleShown = breakTitle(title, { terms: titleTerms });
  const imprintCopyTo = copyTo ?? office.copyTo;
  const imprintOrg = printingOrg ?? office.printingOrg;
  // GB/T 9704: month and day are not zero-padded (2008年1月20日).
  const isoDate = date.format('YYYY-MM-DD');
  const dateText = formatDateCn(isoDate);

  const exportDocx = async () => {
    // The .docx packer is loaded when a document is written, not with the page.
    const { buildSummaryDocx } = await import('@shared/reports/statistics/summary-docx');
    const bytes = await buildSummaryDocx({
      title,
      titleTerms,
      text: shown,
      signature: office.unitName,
      date: dateText,
      // 印发日期: the 成文日期 chosen above (a summary dated back to its year is printed then too).
      imprint: imprintOrg.trim() ? { copyTo: imprintCopyTo, printingOrg: imprintOrg, printDate: isoDate } : undefined,
    });
    await saveBuilt(ok(bytes), safeFileName(`${titleShown.join('')}.docx`), message);
  };
  const setForm = (key: RoundedFigure, form: 'rounded' | 'exact') => setExact((list) => (form === 'exact' ? [...list.filter((k) => k !== key), key] : list.filter((k) => k !== key)));

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        工作总结数字
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        按统计数据生成工作总结中的数字段落：组织个数写实数，人数、金额、面积按公文习惯取整（如“4万多人”“600多万元”），也可逐项改写精确数。可在下方修改后导出为公文格式的 Word 文档，再在 Word 或 WPS 中补充完善。
      </Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="起始年度">
          <NumberInput standalone integer aria-label="起始年度" min={1990} max={toYear} unit="年" value={fromYear} onChange={(v) => typeof v === 'number' && setFromYear(v)} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label="截至年度">
          <NumberInput standalone integer aria-label="截至年度" min={1990} max={2100} unit="年" value={toYear} onChange={(v) => typeof v === 'number' && setToYear(v)} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label="成文日期">
          <DatePicker aria-label="成文日期" allowClear={false} value={date} onChange={(d) => d && setDate(d)} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="市委名称">
          <Input aria-label="市委名称" value={cityCommittee} onChange={(e) => setCityCommittee(e.target.value)} placeholder="如：龙岩市委" style={{ width: 140 }} />
        </Form.Item>
      </Form>
      {forms.length > 0 && (
        <Table<FormRow>
          size="small"
          rowKey="key"
          pagination={false}
          style={{ maxWidth: 640, marginBottom: 12 }}
          dataSource={forms}
          columns={[
            { title: '数字', dataIndex: 'label' },
            { title: '取整', dataIndex: 'rounded', width: 120 },
            { title: '精确', dataIndex: 'exact', width: 120 },
            {
              title: '写法',
              width: 140,
              render: (_, r) => (
                <Segmented
                  size="small"
                  aria-label={`${r.label}的写法`}
                  disabled={r.rounded === r.exact}
                  value={exact.includes(r.key) ? 'exact' : 'rounded'}
                  onChange={(v) => setForm(r.key, v as 'rounded' | 'exact')}
                  options={[
                    { value: 'rounded', label: '取整' },
                    { value: 'exact', label: '精确' },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
      <Form layout="vertical">
        <Form.Item label="标题" extra={`在要换行处输入「/」，可自定标题分行；不标则在词语之间自动分行。现分${titleShown.length}行：${titleShown.join(' ／ ')}`} style={{ marginBottom: 8 }}>
          <Input aria-label="标题" value={title} onChange={(e) => setTitleEdit(e.target.value)} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="抄送机关" extra="版记中的抄送机关；留空则不印抄送" style={{ marginBottom: 8 }}>
            <Input aria-label="抄送机关" value={imprintCopyTo} onChange={(e) => setCopyTo(e.target.value)} style={{ width: 360 }} />
          </Form.Item>
          <Form.Item label="印发机关" extra="留空则不印版记" style={{ marginBottom: 8 }}>
            <Input aria-label="印发机关" value={imprintOrg} onChange={(e) => setPrintingOrg(e.target.value)} style={{ width: 240 }} />
          </Form.Item>
        </Space>
      </Form>
      <Input.TextArea
        aria-label="数字段落"
        value={shown}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 8, maxRows: 20 }}
        style={{ marginTop: 8, fontSize: 16, lineHeight: 1.8 }}
        placeholder={input ? '暂无可写入总结的数据。请先录入企业、村、联建和台账，或在工作台载入示例数据。' : '正在统计…'}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="summary-sources">
        落款：{office.unitName || '（未设置单位名称）'}　{dateText}。{text !== null && '段落已手工修改，改动年度或写法后请点「按数据重新生成」。'}
        <br />
        {notes.join('')}
      </Typography.Paragraph>
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }}>
        <Button
          icon={<ReloadOutlined />}
          disabled={text === null && titleEdit === null}
          onClick={() => {
            setText(null);
            setTitleEdit(null);
          }}
        >
          按数据重新生成
        </Button>
        <Button type="primary" icon={<FileWordOutlined />} disabled={!shown.trim()} onClick={() => void exportDocx()}>
          导出 Word
        </Button>
      </Space>
    </Card>
  );
}
