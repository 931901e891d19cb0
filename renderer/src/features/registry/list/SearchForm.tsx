import { memo, useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import type { ListFilter } from './types';
import type { FilterValues } from './view';

type Props<T> = {
  query: string;
  onQuery: (q: string) => void;
  placeholder: string;
  filters: readonly ListFilter<T>[];
  values: FilterValues;
  onValues: (v: FilterValues) => void;
};

/** The compact search form: keyword, the most used filters, the rest behind 「展开」, 重置. */
function SearchFormInner<T>({ query, onQuery, placeholder, filters, values, onValues }: Props<T>) {
  const [expanded, setExpanded] = useState(false);
  const filterSelect = (f: ListFilter<T>) => (
    <Space key={f.key} size={4}>
      <span>{f.label}</span>
      <Select
        aria-label={f.label}
        allowClear
        placeholder="全部"
        style={{ width: 140 }}
        value={values[f.key]}
        options={f.options}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v: string | undefined) => onValues({ ...values, [f.key]: v })}
      />
    </Space>
  );
  const primary = filters.filter((f) => f.primary);
  const secondary = filters.filter((f) => !f.primary);
  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 8 }} className="no-print">
      <Input.Search allowClear aria-label="查找" placeholder={placeholder} style={{ width: 260 }} value={query} onChange={(e) => onQuery(e.target.value)} />
      {primary.map(filterSelect)}
      {expanded && secondary.map(filterSelect)}
      {secondary.length > 0 && (
        <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />} iconPlacement="end">
          {expanded ? '收起' : '展开'}
        </Button>
      )}
      <Button
        onClick={() => {
          onQuery('');
          onValues({});
        }}
      >
        重置
      </Button>
    </Space>
  );
}

/** Memoized: the deferred render of the results leaves the form alone. */
export const SearchForm = memo(SearchFormInner) as typeof SearchFormInner;
