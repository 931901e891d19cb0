import { memo, startTransition, useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import type { ListFilter } from './types';
import type { FilterValues } from './view';

type Props<T> = {
  onQuery: (q: string) => void;
  placeholder: string;
  filters: readonly ListFilter<T>[];
  values: FilterValues;
  onValues: (v: FilterValues) => void;
};

/**
 * The keyword box keeps what is typed itself and hands the query on as a transition: a keystroke
 * repaints only the box at once, and the list (filtering, the count, the rows) follows when
 * React gets to it, interrupted by the next keystroke rather than delaying it. The box is the
 * only keeper of the text (it starts empty, as the list's query does; 重置 starts a new box), so
 * the list's render of a keystroke leaves the form and its selects alone.
 */
const SearchBox = memo(function SearchBox({ onQuery, placeholder }: { onQuery: (q: string) => void; placeholder: string }) {
  const [text, setText] = useState('');
  return (
    <Input.Search
      allowClear
      aria-label="查找"
      placeholder={placeholder}
      style={{ width: 260 }}
      value={text}
      onChange={(e) => {
        const q = e.target.value;
        setText(q);
        startTransition(() => onQuery(q));
      }}
    />
  );
});

/** The compact search form: keyword, the most used filters, the rest behind 「展开」, 重置. */
function SearchFormInner<T>({ onQuery, placeholder, filters, values, onValues }: Props<T>) {
  const [expanded, setExpanded] = useState(false);
  // 重置 empties the box by starting a new one.
  const [resets, setResets] = useState(0);
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
      <SearchBox key={resets} onQuery={onQuery} placeholder={placeholder} />
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
          setResets((n) => n + 1);
        }}
      >
        重置
      </Button>
    </Space>
  );
}

/** Memoized: the deferred render of the results leaves the form alone. */
export const SearchForm = memo(SearchFormInner) as typeof SearchFormInner;
