import type { ReactNode } from 'react';
import { Select, Space } from 'antd';
import { TownshipSelect } from '../../ui/records/pickers';
import type { StatFilters } from './filters';

/** Year (the working year) and townships, shared by every statistics page. */
export function StatFilterBar({ filters, extra }: { filters: StatFilters; extra?: ReactNode }) {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <span>统计年度</span>
      <Select aria-label="统计年度" value={filters.year} style={{ width: 100 }} onChange={filters.setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
      <span>乡镇</span>
      <TownshipSelect
        aria-label="乡镇筛选"
        mode="multiple"
        maxTagCount="responsive"
        placeholder="全部乡镇（开发区）"
        style={{ minWidth: 260 }}
        value={filters.townshipIds}
        onChange={(v) => filters.setTownshipIds(Array.isArray(v) ? v : v ? [v] : [])}
      />
      {extra}
    </Space>
  );
}
