// The mapping step for a township's own layout: each column of its header beside the figure
// it reports (matched by name, group and unit), changeable or 不导入.
import { Select, Table, Tag } from 'antd';
import { fieldHeader } from '@shared/io/fields';
import { cellText } from '@shared/io/convert';
import type { DetectedColumn } from '@shared/io/header';
import { TALLY_FIELDS, type FilePlan, type Mapping } from './plan';

const OPTIONS = [{ value: '', label: '（不导入）' }, ...TALLY_FIELDS.map((f) => ({ value: f.key, label: fieldHeader(f) }))];

export function MappingTable({ plan, onChange }: { plan: FilePlan; onChange: (mapping: Mapping) => void }) {
  const sheet = plan.workbook.sheets.find((s) => s.name === plan.sheetName);
  const layout = plan.layout;
  if (!sheet || !layout || !plan.mapping) return null;
  const example = (index: number) =>
    sheet.rows
      .filter((r) => r.r >= layout.dataStartRow)
      .map((r) => cellText(r.cells[index] ?? null))
      .find(Boolean) ?? '';
  return (
    <Table<DetectedColumn>
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={layout.columns}
      scroll={{ y: 260 }}
      columns={[
        { title: '列', dataIndex: 'letter', width: 50 },
        { title: '表头', render: (_, c) => (c.group ? `${c.group} / ${c.header}` : c.header) },
        { title: '示例', width: 150, render: (_, c) => example(c.index) },
        {
          title: '对应指标',
          width: 300,
          render: (_, c) =>
            c.status === 'ordinal' ? (
              <Tag>序号，不导入</Tag>
            ) : (
              <Select
                size="small"
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={`${c.letter}列对应指标`}
                style={{ width: '100%' }}
                value={plan.mapping!.get(c.index) ?? ''}
                options={OPTIONS}
                onChange={(v) => onChange(new Map(plan.mapping!).set(c.index, v || null))}
              />
            ),
        },
      ]}
    />
  );
}
