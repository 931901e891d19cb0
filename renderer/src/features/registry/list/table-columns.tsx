// The antd columns of a registry list, memoized so that typing in the search box re-renders
// only the rows, not the column structure.
import { useMemo } from 'react';
import type { TableProps } from 'antd';
import './row-actions.css';
import { cellText, headerText, isNumeric } from './format';
import type { ListColumn, SortState } from './types';

export const ACTIONS_WIDTH = 150;

type Actions<T> = { onView: (row: T) => void; onEdit: (row: T) => void; onDelete: (row: T) => void };

// Virtual rows are divs: cells get the role a table cell has.
const cellRole = () => ({ role: 'cell' });

export function useTableColumns<T>(columns: readonly ListColumn<T>[], sort: SortState, { onView, onEdit, onDelete }: Actions<T>): TableProps<T>['columns'] {
  return useMemo(
    () => [
      ...columns.map((c) => ({
        key: c.key,
        title: c.unit ? (
          <span title={headerText(c)}>
            {c.title}
            <br />
            <span style={{ fontWeight: 'normal', fontSize: '0.9em' }}>（{c.unit}）</span>
          </span>
        ) : (
          c.title
        ),
        width: c.width,
        fixed: c.fixed,
        ellipsis: true,
        align: isNumeric(c) ? ('right' as const) : undefined,
        sorter: c.sortable === false ? undefined : true,
        sortOrder: sort?.key === c.key ? sort.order : null,
        render: (_: unknown, row: T) => (c.render ? c.render(row) : cellText(c.value(row))),
        onCell: cellRole,
      })),
      {
        key: 'actions',
        title: '操作',
        width: ACTIONS_WIDTH,
        fixed: 'right' as const,
        onCell: cellRole,
        // Plain buttons: a dozen rows × three antd Buttons cost more to render than the rows themselves.
        render: (_: unknown, row: T) => (
          <span className="cq-row-actions">
            <button type="button" onClick={() => onView(row)}>
              查看
            </button>
            <button type="button" onClick={() => onEdit(row)}>
              编辑
            </button>
            <button type="button" className="danger" onClick={() => onDelete(row)}>
              删除
            </button>
          </span>
        ),
      },
    ],
    [columns, sort, onView, onEdit, onDelete],
  );
}
