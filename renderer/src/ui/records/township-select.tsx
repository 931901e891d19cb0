// The township picker, apart from the other pickers: it searches the keys stored on the township
// records (record-keys-middleware.ts: name, pinyin, initials and the leader's name), so a page
// that only filters by township (the 联建档案 list) opens without pinyin-pro and its dictionary,
// which the other pickers need to key their labels.
import { useMemo } from 'react';
import type { TownshipKind } from '@shared/model/enums';
import { normalizeQuery } from '@shared/model/search-query';
import type { Township } from '@shared/model/types';
import { sortTownships, useLiveRecords } from './data';
import { SearchableSelect, type PickerProps } from './searchable-select';

/** The stored keys, or for a record written without them its name as typed. */
const keysOf = (t: Township): string => {
  const stored = (t as Township & { searchKeys?: unknown }).searchKeys;
  return typeof stored === 'string' ? stored : normalizeQuery(t.name);
};

export function TownshipSelect({ kinds, ...props }: PickerProps & { kinds?: TownshipKind[] }) {
  const townships = useLiveRecords('townships');
  const options = useMemo(
    () =>
      townships &&
      sortTownships(townships)
        .filter((t: Township) => !kinds || kinds.includes(t.kind))
        .map((t) => ({ value: t.id, label: t.name, keys: keysOf(t) })),
    [townships, kinds],
  );
  return <SearchableSelect placeholder="选择乡镇（开发区）" {...props} options={options} loading={!townships} notFound="没有匹配的乡镇，请先在「信息库 · 乡镇」中添加" />;
}
