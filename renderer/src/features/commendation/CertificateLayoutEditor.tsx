// Editing a certificate layout: paper (a preset or any size) and, per line of text, what it
// says (with placeholders), where it sits and how it looks — all in millimetres and points.
import { Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { CERTIFICATE_FONTS, defaultLayout, FIELD_LABELS, PAPER_PRESETS, PLACEHOLDERS, type CertificateField, type CertificateLayout } from '@shared/reports/commendation/certificate';
import { NumberInput } from '../../ui/NumberInput';

type Props = { layout: CertificateLayout; onChange: (layout: CertificateLayout) => void };

const mmInput = (value: number, onChange: (v: number) => void, label: string, max = 500) => (
  <NumberInput standalone aria-label={label} size="small" min={0} max={max} value={value} onChange={(v) => typeof v === 'number' && onChange(v)} style={{ width: 72 }} />
);

export function CertificateLayoutEditor({ layout, onChange }: Props) {
  const setField = (key: CertificateField['key'], patch: Partial<CertificateField>) =>
    onChange({ ...layout, fields: layout.fields.map((f) => (f.key === key ? { ...f, ...patch } : f)) });
  const preset = PAPER_PRESETS.find((p) => p.key === layout.paperKey);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>纸张</span>
        <Select
          aria-label="证书纸张"
          style={{ width: 260 }}
          value={preset ? layout.paperKey : 'custom'}
          onChange={(key) => {
            const p = PAPER_PRESETS.find((x) => x.key === key);
            if (p) onChange(defaultLayout(p));
            else onChange({ ...layout, paperKey: 'custom' });
          }}
          options={[...PAPER_PRESETS.map((p) => ({ value: p.key, label: p.label })), { value: 'custom', label: '其他尺寸（自定义）' }]}
        />
        <span>宽</span>
        {mmInput(layout.widthMm, (widthMm) => onChange({ ...layout, paperKey: 'custom', widthMm }), '纸张宽度')}
        <span>高</span>
        {mmInput(layout.heightMm, (heightMm) => onChange({ ...layout, paperKey: 'custom', heightMm }), '纸张高度')}
        <span>mm</span>
      </Space>
      <Table<CertificateField>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 980 }}
        dataSource={layout.fields}
        columns={[
          { title: '打印', key: 'visible', width: 50, render: (_, f) => <Checkbox aria-label={`打印${FIELD_LABELS[f.key]}`} checked={f.visible} onChange={(e) => setField(f.key, { visible: e.target.checked })} /> },
          { title: '内容', key: 'label', width: 90, render: (_, f) => FIELD_LABELS[f.key] },
          { title: '文字', key: 'template', width: 300, render: (_, f) => <Input aria-label={`${FIELD_LABELS[f.key]}文字`} size="small" value={f.template} onChange={(e) => setField(f.key, { template: e.target.value })} /> },
          { title: '左(mm)', key: 'x', width: 84, render: (_, f) => mmInput(f.xMm, (xMm) => setField(f.key, { xMm }), `${FIELD_LABELS[f.key]}左边距`) },
          { title: '上(mm)', key: 'y', width: 84, render: (_, f) => mmInput(f.yMm, (yMm) => setField(f.key, { yMm }), `${FIELD_LABELS[f.key]}上边距`) },
          { title: '宽(mm)', key: 'w', width: 84, render: (_, f) => mmInput(f.widthMm, (widthMm) => setField(f.key, { widthMm }), `${FIELD_LABELS[f.key]}宽度`) },
          {
            title: '字号(磅)',
            key: 'size',
            width: 84,
            render: (_, f) => <NumberInput standalone aria-label={`${FIELD_LABELS[f.key]}字号`} size="small" min={6} max={96} value={f.fontPt} onChange={(v) => typeof v === 'number' && setField(f.key, { fontPt: v })} style={{ width: 64 }} />,
          },
          {
            title: '字体',
            key: 'font',
            width: 110,
            render: (_, f) => <Select size="small" style={{ width: 100 }} value={f.font} onChange={(font) => setField(f.key, { font })} options={Object.entries(CERTIFICATE_FONTS).map(([k, v]) => ({ value: k, label: v.label }))} />,
          },
          {
            title: '对齐',
            key: 'align',
            width: 84,
            render: (_, f) => <Select size="small" style={{ width: 72 }} value={f.align} onChange={(align) => setField(f.key, { align })} options={[{ value: 'left', label: '左' }, { value: 'center', label: '居中' }, { value: 'right', label: '右' }]} />,
          },
          { title: '加粗', key: 'bold', width: 50, render: (_, f) => <Checkbox checked={f.bold} onChange={(e) => setField(f.key, { bold: e.target.checked })} /> },
        ]}
      />
      <Typography.Text type="secondary">可用占位符：{PLACEHOLDERS.join(' ')}。位置从纸张左上角量起；套打时另按打印机校准偏移。</Typography.Text>
    </Space>
  );
}
