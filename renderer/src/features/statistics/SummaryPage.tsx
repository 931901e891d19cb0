// 工作总结数字: the figures paragraph of a work summary, written from the data the way the
// seed article's second paragraph is, editable here and exported as an official-layout .docx
// for the office to finish in Word or WPS: its title (with the line breaks the office marks),
// and the 版记 with the defaults of 设置.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { formatDateCn } from '@shared/model/parse-date';
import { localToday } from '@shared/model/schemas/common';
import { breakTitle } from '@shared/reports/title-lines';
import { ok } from '@shared/model/result';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { summaryTitle } from '@shared/reports/statistics/titles';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { loadStatisticsInput } from './load';
import { useStatFilters } from './filters';
import { safeFileName, saveBuilt } from './save';

export function SummaryPage() {
  const { message } = App.useApp();
  const { year, ready } = useStatFilters();
  const [office] = useSetting('office');
  // Three years up to the working year unless the user chose another start.
  const [chosenFrom, setFromYear] = useState<number | null>(null);
  const fromYear = Math.min(chosenFrom ?? year - 2, year);
  const [cityCommittee, setCityCommittee] = useState('市委');
  const [text, setText] = useState<string | null>(null);
  const [titleEdit, setTitleEdit] = useState<string | null>(null);
  const [copyTo, setCopyTo] = useState<string | null>(null);
  const [printingOrg, setPrintingOrg] = useState<string | null>(null);

  const input = useLiveQuery(() => (ready ? loadStatisticsInput(getStore().db, fromYear, year) : undefined), [ready, fromYear, year]);
  const generated = useMemo(
    () => input && buildSummaryParagraph(computeCountyFigures(input, { fromYear, toYear: year }), { committeeNames: { 市委: cityCommittee || '市委' } }),
    [input, fromYear, year, cityCommittee],
  );
  const shown = text ?? generated ?? '';
  const countyName = office.countyName || '';
  const generatedTitle = summaryTitle(countyName, fromYear, year);
  const title = titleEdit ?? generatedTitle;
  const titleTerms = [countyName, office.unitName].filter(Boolean);
  const titleShown = breakTitle(title, { terms: titleTerms });
  const imprintCopyTo = copyTo ?? office.copyTo;
  const imprintOrg = printingOrg ?? office.printingOrg;

  const exportDocx = async () => {
    // The .docx packer is loaded when a document is written, not with the page.
    const { buildSummaryDocx } = await import('@shared/reports/statistics/summary-docx');
    const today = localToday();
    const bytes = await buildSummaryDocx({
      title,
      titleTerms,
      text: shown,
      signature: office.unitName,
      date: formatDateCn(today),
      imprint: imprintOrg.trim() ? { copyTo: imprintCopyTo, printingOrg: imprintOrg, printDate: today } : undefined,
    });
    await saveBuilt(ok(bytes), safeFileName(`${titleShown.join('')}.docx`), message);
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        工作总结数字
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        按统计数据生成工作总结中的数字段落：组织个数写实数，人数、金额、面积按公文习惯取整（如“4万多人”“600多万元”）。可在下方修改后导出为公文格式的 Word 文档，再在 Word 或 WPS 中补充完善。
      </Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="起始年度">
          <InputNumber aria-label="起始年度" min={1990} max={year} precision={0} value={fromYear} onChange={(v) => v && setFromYear(v)} suffix="年" />
        </Form.Item>
        <Form.Item label="截至年度">
          <span>{year}年（工作年度）</span>
        </Form.Item>
        <Form.Item label="市委名称">
          <Input aria-label="市委名称" value={cityCommittee} onChange={(e) => setCityCommittee(e.target.value)} placeholder="如：龙岩市委" style={{ width: 140 }} />
        </Form.Item>
      </Form>
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
