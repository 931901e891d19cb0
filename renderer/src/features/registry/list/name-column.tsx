import { Link } from 'react-router';
import type { ListColumn } from '@renderer/ui/list/types';

/** A registry list's first column: the name, pinned left, sorted by its pinyin, linked to the record's page. */
export function nameColumn<T extends { id: string; name: string; sortKey: string }>(title: string, width: number, detailRoute: string): ListColumn<T> {
  return {
    key: 'name',
    title,
    kind: 'text',
    width,
    fixed: 'left',
    value: (r) => r.name,
    sortValue: (r) => r.sortKey,
    render: (r) => <Link to={`${detailRoute}/${r.id}`}>{r.name}</Link>,
  };
}
