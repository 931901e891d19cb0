// The Select under every record picker (pickers.tsx): the options carry their search keys, and
// what is typed is matched against them (name, pinyin, initials), not against the labels.
import { useMemo, useState } from 'react';
import { Select, type SelectProps } from 'antd';
import { matchesQuery, normalizeQuery } from '@shared/model/search-query';

export type Option = { value: string; label: string; keys: string };
export type PickerProps = Omit<SelectProps<string | string[], Option>, 'options' | 'showSearch' | 'filterOption' | 'loading'>;

export function SearchableSelect({ options, loading, notFound, ...rest }: PickerProps & { options: Option[] | undefined; loading: boolean; notFound: string }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = normalizeQuery(query);
    return q ? (options ?? []).filter((o) => matchesQuery(o.keys, q)) : (options ?? []);
  }, [options, query]);
  return (
    <Select<string | string[], Option>
      allowClear
      loading={loading}
      notFoundContent={loading ? '加载中…' : notFound}
      {...rest}
      options={shown}
      showSearch={{ filterOption: false, onSearch: setQuery, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (!open) setQuery('');
        rest.onOpenChange?.(open);
      }}
    />
  );
}
