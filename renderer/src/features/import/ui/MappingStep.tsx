// Step 2: each detected column beside the field it goes to; the user changes or ignores any.
// A mapping is remembered for files whose header reads the same, and a mapping set by hand goes
// to the other files of the same layout in the batch; each sheet says where its mapping came from.
import { useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { fieldHeader, fieldRule, type ImportField } from '@shared/io/fields';
import type { DetectedColumn } from '@shared/io/header';
import { cellText } from '@shared/io/convert';
import { describeMappingSource } from '../mappings';
import { duplicateFields, missingFields, type SheetPlan } from '../session/sheets';
import type { ImportSession } from '../session/use-import-session';

const STATUS_TEXT: Record<DetectedColumn['status'], string> = {
  matched: '',
  unknown: '未识别的列',
  ordinal: '序号列，不导入',
  duplicate: '',
  'unit-conflict': '',
};

function examples(plan: SheetPlan, index: number): string {
  const out: string[] = [];
  for (const row of plan.sheet.rows) {
    if (row.r < (plan.layout?.dataStartRow ?? 0)) continue;
    const t = cellText(row.cells[index] ?? null).trim();
    if (t) out.push(t.length > 12 ? `${t.slice(0, 12)}…` : t);
    if (out.length === 2) break;
  }
  return out.join('，');
}

type SheetMappingProps = {
  plan: SheetPlan;
  fields: readonly ImportField[];
  updatePlan: (key: string, patch: { include?: boolean; mapping?: Map<number, string | null> }) => void;
};

/** One sheet's columns and the fields they go to (also used by imports with a session of their own). */
export function SheetMapping({ plan, fields, updatePlan }: SheetMappingProps) {
  const options = useMemo(
    () => [{ value: '', label: '（不导入）' }, ...fields.map((f) => ({ value: f.key, label: `${f.required ? '*' : ''}${fieldHeader(f)}` }))],
    [fields],
  );
  const layout = plan.layout;
  const missing = missingFields(plan, fields);
  const duplicates = duplicateFields(plan, fields);
  const dataRows = layout ? plan.sheet.rows.filter((r) => r.r >= layout.dataStartRow).length : 0;
  const title = plan.sheetLabel ? `${plan.fileName} · 工作表 ${plan.sheetLabel}` : plan.fileName;
  return (
    <Card
      size="small"
      title={
        <Checkbox checked={plan.include} disabled={!layout} onChange={(e) => updatePlan(plan.key, { include: e.target.checked })}>
          {title}
        </Checkbox>
      }
      extra={layout ? `表头在第${layout.headerRow}${layout.headerRows === 2 ? `–${layout.headerRow + 1}` : ''}行，其下约 ${dataRows} 行` : '未找到表头，不导入'}
      style={{ marginBottom: 16 }}
    >
      {layout && plan.include && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type={plan.source.kind === 'saved' || plan.source.kind === 'batch' ? 'info' : 'success'} showIcon data-testid="mapping-source" title={`列对应：${describeMappingSource(plan.source)}，可以修改。`} />
          {missing.length > 0 && <Alert type="error" showIcon title={`必填栏目「${missing.map((f) => f.label).join('」「')}」没有对应的列，请在下表中指定。`} />}
          {duplicates.length > 0 && <Alert type="error" showIcon title={`「${duplicates.join('」「')}」对应了多列，每个栏目只能对应一列。`} />}
          <Table<DetectedColumn>
            size="small"
            rowKey="index"
            pagination={false}
            dataSource={layout.columns}
            columns={[
              { title: '列', dataIndex: 'letter', width: 60 },
              { title: '表头', key: 'header', render: (_, c) => (c.group ? `${c.group} / ${c.header}` : c.header) },
              { title: '示例', key: 'examples', render: (_, c) => <Typography.Text type="secondary">{examples(plan, c.index)}</Typography.Text> },
              {
                title: '对应栏目',
                key: 'field',
                width: 260,
                render: (_, c) => (
                  <Select
                    aria-label={`${c.letter}列「${c.header}」对应栏目`}
                    style={{ width: 240 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    value={plan.mapping.get(c.index) ?? ''}
                    options={options}
                    onChange={(value: string) => {
                      const mapping = new Map(plan.mapping);
                      mapping.set(c.index, value || null);
                      updatePlan(plan.key, { mapping });
                    }}
                  />
                ),
              },
              {
                title: '说明',
                key: 'note',
                render: (_, c) => {
                  const mapped = plan.mapping.get(c.index);
                  if (c.note) return <Typography.Text type="warning">{c.note}</Typography.Text>;
                  if (mapped && mapped !== c.field) return <Tag color="blue">手动指定</Tag>;
                  if (mapped && c.unit && c.unitShift !== 0) return `按「${c.unit}」换算`;
                  const field = mapped ? fields.find((f) => f.key === mapped) : undefined;
                  if (field) return <Typography.Text type="secondary">{fieldRule(field)}</Typography.Text>;
                  return c.status === 'unknown' ? <Typography.Text type="warning">{STATUS_TEXT.unknown}，如需导入请指定栏目</Typography.Text> : STATUS_TEXT[c.status];
                },
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

export function MappingStep({ session }: { session: ImportSession }) {
  const included = session.plans.filter((p) => p.include && p.layout);
  const blocked = included.length === 0 || included.some((p) => missingFields(p, session.target.fields).length > 0 || duplicateFields(p, session.target.fields).length > 0);
  return (
    <div>
      {session.plans.map((p) => (
        <SheetMapping key={p.key} plan={p} fields={session.target.fields} updatePlan={session.updatePlan} />
      ))}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={() => session.setStep('files')}>上一步</Button>
        <Button type="primary" disabled={blocked} onClick={() => void session.toPreview()}>
          下一步：预览
        </Button>
      </Space>
    </div>
  );
}
