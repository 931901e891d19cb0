// The search form and the toolbar of the 联建档案 list, memoized: the page renders again as each
// of its reads arrives (rows, 月报, 督查, 考评), and a profile of the open showed most of each
// such render in the form's antd Selects and buttons, whose props had not changed.
import { memo, useMemo } from 'react';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { ExportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { PAIRING_STATUSES } from '@shared/model/enums';
import { TownshipSelect } from '../../ui/records/township-select';
import { ImportButton } from '../import';
import type { PairingFilter } from './pairing-filters';

const STATUS_OPTIONS = PAIRING_STATUSES.map((s) => ({ value: s, label: s }));

type FiltersProps = { filter: PairingFilter; onFilter: (f: PairingFilter) => void; areaChoices: readonly string[]; years: readonly number[] };

export const PairingFilters = memo(function PairingFilters({ filter, onFilter, areaChoices, years }: FiltersProps) {
  const areaOptions = useMemo(() => areaChoices.map((a) => ({ value: a, label: a })), [areaChoices]);
  const yearOptions = useMemo(() => years.map((y) => ({ value: y, label: `${y}年` })), [years]);
  return (
    <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item label="状态">
        <Select aria-label="状态" allowClear placeholder="全部" style={{ width: 110 }} value={filter.status} onChange={(status) => onFilter({ ...filter, status })} options={STATUS_OPTIONS} />
      </Form.Item>
      <Form.Item label="乡镇">
        <TownshipSelect aria-label="乡镇" placeholder="全部" style={{ width: 160 }} value={filter.townshipId} onChange={(t) => onFilter({ ...filter, townshipId: t as string | undefined })} />
      </Form.Item>
      <Form.Item label="联建内容">
        <Select aria-label="联建内容" allowClear placeholder="全部" style={{ width: 120 }} value={filter.area} onChange={(area) => onFilter({ ...filter, area })} options={areaOptions} />
      </Form.Item>
      <Form.Item label="申请年度">
        <Select aria-label="申请年度" allowClear placeholder="全部" style={{ width: 100 }} value={filter.year} onChange={(year) => onFilter({ ...filter, year })} options={yearOptions} />
      </Form.Item>
      <Form.Item>
        <Input.Search allowClear placeholder="编号、企业或村名" style={{ width: 200 }} onChange={(e) => onFilter({ ...filter, keyword: e.target.value })} />
      </Form.Item>
    </Form>
  );
});

type ToolbarProps = { count: number; onApply: () => void; onExport: () => void; onPrint: () => void };

/** 新建 · 导入 · 导出 · 打印 and the count. */
export const PairingToolbar = memo(function PairingToolbar({ count, onApply, onExport, onPrint }: ToolbarProps) {
  return (
    <Space style={{ marginBottom: 12 }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onApply}>
        新建
      </Button>
      <ImportButton target="pairings" />
      <Button icon={<ExportOutlined />} disabled={count === 0} onClick={onExport}>
        导出
      </Button>
      <Button icon={<PrinterOutlined />} disabled={count === 0} onClick={onPrint}>
        打印
      </Button>
      <Typography.Text type="secondary">共 {count} 对</Typography.Text>
    </Space>
  );
});
