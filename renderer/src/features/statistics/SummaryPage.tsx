// 工作总结数字: the figures paragraph of a work summary, written from the data the way the
// seed article's second paragraph is, editable here and exported as an official-layout .docx
// for the office to finish in Word or WPS.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { formatDateCn } from '@shared/model/parse-date';
import { ok } from '@shared/model/result';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { summaryTitle } from '@shared/reports/statistics/titles';
import dayjs from 'dayjs';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { loadStatisticsInput } from './load';
import { useStatFilters } from './filters';
import { safeFileName, saveBuilt } from './save';
import { NumberInput } from '../../ui/NumberInput';

export function SummaryPage() {
  const { message } = App.useApp();
  const { year, ready } = useStatFilters();
  const [office] = useSetting('office');
  // Three years up to the working year unless the user chose another start.
  const [chosenFrom, setFromYear] = useState<number | null>(null);
  const fromYear = Math.min(chosenFrom ?? year - 2, year);
  const [cityCommittee, setCityCommittee] = useState('市委');
  const [text, setText] = useState<string | null>(null);

  const input = useLiveQuery(() => (ready ? loadStatisticsInput(getStore().db, fromYear, year) : undefined), [ready, fromYear, year]);
  const generated = useMemo(
    () => input && buildSummaryParagraph(computeCountyFigures(input, { fromYear, toYear: year }), { committeeNames: { 市委: cityCommittee || '市委' } }),
    [input, fromYear, year, cityCommittee],
  );
  const shown = text ?? generated ?? '';
  const countyName = office.countyName || '';
  const title = summaryTitle(countyName, fromYear, year);

  const exportDocx = async () => {
    // The .docx packer is loaded when a document is written, not with the page.
    const { buildSummaryDocx } = await import('@shared/reports/statistics/summary-docx');
    const bytes = await buildSummaryDocx({ title, text: shown, signature: office.unitName, date: formatDateCn(dayjs().format('YYYY-MM-DD')) });
    await saveBuilt(ok(bytes), safeFileName(`${title}.docx`), message);
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
          <NumberInput standalone integer aria-label="起始年度" min={1990} max={year} unit="年" value={fromYear} onChange={(v) => typeof v === 'number' && setFromYear(v)} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label="截至年度">
          <span>{year}年（工作年度）</span>
        </Form.Item>
        <Form.Item label="市委名称">
          <Input aria-label="市委名称" value={cityCommittee} onChange={(e) => setCityCommittee(e.target.value)} placeholder="如：龙岩市委" style={{ width: 140 }} />
        </Form.Item>
      </Form>
      <Typography.Text strong>{title}</Typography.Text>
      <Input.TextArea
        aria-label="数字段落"
        value={shown}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 8, maxRows: 20 }}
        style={{ marginTop: 8, fontSize: 16, lineHeight: 1.8 }}
        placeholder={input ? '暂无可写入总结的数据。请先录入企业、村、联建和台账，或在工作台载入示例数据。' : '正在统计…'}
      />
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }}>
        <Button icon={<ReloadOutlined />} disabled={text === null} onClick={() => setText(null)}>
          按数据重新生成
        </Button>
        <Button type="primary" icon={<FileWordOutlined />} disabled={!shown.trim()} onClick={() => void exportDocx()}>
          导出 Word
        </Button>
      </Space>
    </Card>
  );
}
