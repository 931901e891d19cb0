import type { ListColumn } from '@renderer/ui/list/types';

/**
 * A registry list's first column: the name, pinned left, sorted by its pinyin, linked to the
 * record's page. The link is a plain anchor to the hash route (the app runs on a hash router,
 * which follows the hash): the same URL, click and Enter as a router Link, without a Link's hooks
 * per row, which a keystroke that swaps the rows in view would mount and unmount two dozen times.
 */
export function nameColumn<T extends { id: string; name: string; sortKey: string }>(title: string, width: number, detailRoute: string): ListColumn<T> {
  return {
    key: 'name',
    title,
    kind: 'text',
    width,
    fixed: 'left',
    value: (r) => r.name,
    sortValue: (r) => r.sortKey,
    render: (r) => <a href={`#${detailRoute}/${r.id}`}>{r.name}</a>,
  };
}
