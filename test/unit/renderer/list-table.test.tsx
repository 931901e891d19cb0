// The registry lists' windowed table: of 10,000 rows only those in view are in the page, as
// rows and cells a screen reader reads (with their position among all); a header click sorts
// ascending, then descending, then not at all; the totals row and the empty state show; a list
// may leave out 编辑 or 删除 and add its own actions (the 联建 list's 批准 · 变更).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ListTable, ROW_HEIGHT, type RowActions } from '@renderer/ui/list/ListTable';
import type { ListColumn, SortState } from '@renderer/ui/list/types';

type Row = { id: string; name: string; members: number };
const COLUMNS: ListColumn<Row>[] = [
  { key: 'name', title: '名称', kind: 'text', width: 120, fixed: 'left', value: (r) => r.name },
  { key: 'members', title: '党员数', unit: '人', kind: 'integer', width: 90, sum: true, value: (r) => r.members },
];
const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, name: `第${i + 1}家`, members: i % 7 }));
const actions = { onView: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() };

function table(props: { rows?: Row[]; sort?: SortState; onSort?: (s: SortState) => void; totals?: (string | number | null)[]; actions?: RowActions<Row> } = {}) {
  return render(
    <ListTable<Row>
      topKey=""
      loading={false}
      rows={props.rows ?? rows}
      columns={COLUMNS}
      sort={props.sort ?? null}
      onSort={props.onSort ?? (() => {})}
      totals={props.totals}
      height={ROW_HEIGHT * 10}
      label="测试列表"
      emptyText="暂无记录"
      actions={props.actions ?? actions}
    />,
  );
}

describe('ListTable', () => {
  it('renders only the rows in view, as rows and cells with their place among all', () => {
    table({ totals: ['合计', 30_000] });
    const grid = screen.getByRole('table', { name: '测试列表' });
    expect(grid.getAttribute('aria-rowcount')).toBe('10002');
    const shown = within(grid).getAllByRole('row');
    expect(shown.length).toBeLessThan(40);
    expect(within(shown[1]!).getByRole('cell', { name: '第1家' })).toBeTruthy();
    expect(shown[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.queryByRole('cell', { name: '第10000家' })).toBeNull();
    expect(screen.getByRole('cell', { name: '30000' })).toBeTruthy();

    fireEvent.doubleClick(shown[1]!);
    expect(actions.onView).toHaveBeenCalledWith(rows[0]);
    fireEvent.click(within(shown[2]!).getByRole('button', { name: '删除' }));
    expect(actions.onDelete).toHaveBeenCalledWith(rows[1]);
  });

  it('shows the rows at the scroll position', () => {
    table();
    const scroller = screen.getByTestId('list-scroll');
    scroller.scrollTop = ROW_HEIGHT * 5000;
    fireEvent.scroll(scroller);
    expect(screen.getByRole('cell', { name: '第5001家' })).toBeTruthy();
    expect(screen.queryByRole('cell', { name: '第1家' })).toBeNull();
  });

  it('sorts ascending, descending, then not at all; aria-sort says which', () => {
    const onSort = vi.fn();
    const { rerender } = table({ onSort });
    const header = () => screen.getByRole('columnheader', { name: /名称/ });
    fireEvent.click(header());
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', order: 'ascend' });
    rerender(
      <ListTable<Row> topKey="" loading={false} rows={rows} columns={COLUMNS} sort={{ key: 'name', order: 'descend' }} onSort={onSort} height={390} label="测试列表" emptyText="暂无记录" actions={actions} />,
    );
    expect(header().getAttribute('aria-sort')).toBe('descending');
    fireEvent.keyDown(header(), { key: 'Enter' });
    expect(onSort).toHaveBeenLastCalledWith(null);
  });

  it('says so when there is nothing to show', () => {
    table({ rows: [] });
    expect(screen.getByText('暂无记录')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(1);
  });

  it('shows a list’s own actions between 编辑 and 删除, and only the standard ones it gives', () => {
    const approve = vi.fn();
    const own: RowActions<Row> = {
      onView: vi.fn(),
      onDelete: vi.fn(),
      more: (r) => [
        ...(r.members === 0 ? [{ label: '批准', onClick: () => approve(r) }] : []),
        { label: '变更', disabled: r.members === 0, onClick: vi.fn() },
      ],
    };
    table({ actions: own });
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first!).getAllByRole('button').map((b) => b.textContent)).toEqual(['查看', '批准', '变更', '删除']);
    expect(within(second!).getAllByRole('button').map((b) => b.textContent)).toEqual(['查看', '变更', '删除']);
    expect((within(first!).getByRole('button', { name: '变更' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(second!).getByRole('button', { name: '变更' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(within(first!).getByRole('button', { name: '批准' }));
    expect(approve).toHaveBeenCalledWith(rows[0]);
    fireEvent.click(within(second!).getByRole('button', { name: '删除' }));
    expect(own.onDelete).toHaveBeenCalledWith(rows[1]);
  });
});
