// The body of a windowed list (the 信息库 lists, 联建档案): a windowed table of fixed-height rows that renders only the
// rows in view (about 25 of 50,000), with a sticky header (click to sort), the first column
// fixed at the left, the row actions (查看 · 编辑 · 删除, and any a list adds) fixed at the right
// and the totals row at the bottom.
// It replaces antd's virtual Table here because that one walks the whole data source on every
// new one (a 50,000-entry map per keystroke, ~16 ms) and measures every row it renders
// (~10 ms); a row here is one grid line of known height. Roles table / row / columnheader /
// cell (with aria-sort and aria-rowindex) keep it readable to screen readers and tests. A table
// wider than its box shows whole columns before it is scrolled sideways (layout.ts).
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Empty, Spin, theme } from 'antd';
import type { TableCell } from '@shared/reports/xlsx-table';
import { cellText, headerText, isNumeric } from './format';
import { fixedOffsets, gridTemplate } from './layout';
import type { ListColumn, SortState } from './types';
import './list-table.css';
import './row-actions.css';

/** One row's height in pixels (antd's small table: 8 px padding, 22 px line, 1 px border). */
export const ROW_HEIGHT = 39;
export const ACTIONS_WIDTH = 150;
const OVERSCAN = 6;

/** A row action beyond 查看 · 编辑 · 删除 (批准, 变更): shown in the row only when the list gives it. */
export type RowAction = { label: string; onClick: () => void; disabled?: boolean; danger?: boolean };

/**
 * 查看 (also a double click on the row), then 编辑 when given, then the list's own actions
 * (`more`), then 删除 when given.
 */
export type RowActions<T> = {
  onView: (row: T) => void;
  onEdit?: (row: T) => void;
  onDelete?: (row: T) => void;
  more?: (row: T) => readonly RowAction[];
};

type Props<T> = {
  /** When it changes (a new search, filter or sort), the list goes back to its top. */
  topKey: string;
  loading: boolean;
  rows: readonly T[];
  columns: readonly ListColumn<T>[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  totals?: TableCell[];
  /** Height of the rows' area in pixels; the table is shorter when its rows are fewer. */
  height: number;
  label: string;
  emptyText: string;
  actions: RowActions<T>;
  /** Width of the actions column in pixels (150 fits 查看 · 编辑 · 删除). */
  actionsWidth?: number;
};

const NEXT_ORDER = { none: 'ascend', ascend: 'descend', descend: null } as const;
const ARIA_SORT = { ascend: 'ascending', descend: 'descending' } as const;

type Layout = { left: (number | undefined)[] };

const cellStyle = (layout: Layout, i: number, numeric: boolean): CSSProperties | undefined => {
  const left = layout.left[i];
  if (left === undefined && !numeric) return undefined;
  return { ...(left !== undefined ? { position: 'sticky', left, zIndex: 1 } : {}), ...(numeric ? { textAlign: 'right' } : {}) };
};

type RowProps<T> = { row: T; index: number; columns: readonly ListColumn<T>[]; layout: Layout; actions: RowActions<T> };

function RowInner<T>({ row, index, columns, layout, actions }: RowProps<T>) {
  return (
    <div role="row" aria-rowindex={index + 2} className="cq-lt-row" onDoubleClick={() => actions.onView(row)}>
      {columns.map((c, i) => {
        const content: ReactNode = c.render ? c.render(row) : cellText(c.value(row));
        return (
          <div key={c.key} role="cell" className={layout.left[i] !== undefined ? 'cq-lt-cell cq-lt-fixed' : 'cq-lt-cell'} style={cellStyle(layout, i, isNumeric(c))} title={typeof content === 'string' && content ? content : undefined}>
            {content}
          </div>
        );
      })}
      <div role="cell" className="cq-lt-cell cq-lt-actions">
        {/* Plain buttons: a dozen rows × three antd Buttons cost more to render than the rows themselves. */}
        <span className="cq-row-actions">
          <button type="button" onClick={() => actions.onView(row)}>
            查看
          </button>
          {actions.onEdit && (
            <button type="button" onClick={() => actions.onEdit?.(row)}>
              编辑
            </button>
          )}
          {actions.more?.(row).map((a) => (
            <button key={a.label} type="button" className={a.danger ? 'danger' : undefined} disabled={a.disabled} onClick={a.onClick}>
              {a.label}
            </button>
          ))}
          {actions.onDelete && (
            <button type="button" className="danger" onClick={() => actions.onDelete?.(row)}>
              删除
            </button>
          )}
        </span>
      </div>
    </div>
  );
}

const Row = memo(RowInner) as typeof RowInner;

function HeaderCellInner<T>({ column, index, layout, sort, onSort }: { column: ListColumn<T>; index: number; layout: Layout; sort: SortState; onSort: (s: SortState) => void }) {
  const sortable = column.sortable !== false;
  const order = sort?.key === column.key ? sort.order : undefined;
  const toggle = () => {
    const next = NEXT_ORDER[order ?? 'none'];
    onSort(next ? { key: column.key, order: next } : null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle();
    }
  };
  const fixed = layout.left[index] !== undefined;
  return (
    <div
      role="columnheader"
      aria-sort={order ? ARIA_SORT[order] : undefined}
      className={`cq-lt-cell cq-lt-head-cell${fixed ? ' cq-lt-fixed' : ''}${sortable ? ' cq-lt-sortable' : ''}`}
      style={cellStyle(layout, index, isNumeric(column))}
      title={sortable ? `${headerText(column)}：点击排序` : undefined}
      tabIndex={sortable ? 0 : undefined}
      onClick={sortable ? toggle : undefined}
      onKeyDown={sortable ? onKeyDown : undefined}
    >
      <span className="cq-lt-head-title">
        {column.title}
        {column.unit && (
          <>
            <br />
            <span className="cq-lt-unit">（{column.unit}）</span>
          </>
        )}
      </span>
      {sortable && (
        <span className="cq-lt-sorter" aria-hidden>
          <span className={order === 'ascend' ? 'on' : undefined}>▲</span>
          <span className={order === 'descend' ? 'on' : undefined}>▼</span>
        </span>
      )}
    </div>
  );
}

// Memoized: a keystroke gives the table new rows, not new headers.
const HeaderCell = memo(HeaderCellInner) as typeof HeaderCellInner;

function ListTableInner<T extends { id: string }>({ topKey, loading, rows, columns, sort, onSort, totals, height, label, emptyText, actions, actionsWidth = ACTIONS_WIDTH }: Props<T>) {
  const { token } = theme.useToken();
  const layout = useMemo((): Layout => ({ left: fixedOffsets(columns) }), [columns]);
  // The box's width, from a ResizeObserver (read after layout, never forcing one); until it is
  // known the columns keep their widths.
  const [view, setView] = useState<number>();
  const grid = useMemo(() => gridTemplate(columns, actionsWidth, view), [columns, actionsWidth, view]);
  // The first row in view; a scroll within the same row renders nothing.
  const [first, setFirst] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The last scroll position seen, so going back to the top never reads the layout (a forced
  // reflow on every keystroke).
  const scrolledTo = useRef(0);
  const onScroll = useCallback((e: { currentTarget: HTMLDivElement }) => {
    scrolledTo.current = e.currentTarget.scrollTop;
    setFirst(Math.floor(scrolledTo.current / ROW_HEIGHT));
  }, []);
  useEffect(() => {
    if (scrolledTo.current > 0 && scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [topKey]);
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setView(Math.floor(entry.contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  const visible = Math.ceil(height / ROW_HEIGHT) + 2 * OVERSCAN;
  const start = Math.max(0, Math.min(first - OVERSCAN, rows.length - visible));
  const end = Math.min(rows.length, start + visible);
  const shown = rows.slice(start, end);
  const showTotals = totals !== undefined && rows.length > 0;

  const vars = {
    '--cq-lt-border': token.colorBorderSecondary,
    '--cq-lt-head-bg': token.colorFillAlter,
    '--cq-lt-bg': token.colorBgContainer,
    '--cq-lt-hover': token.controlItemBgHover,
    '--cq-lt-radius': `${token.borderRadiusLG}px`,
    '--cq-lt-muted': token.colorTextQuaternary,
    '--cq-lt-sorted': token.colorPrimary,
    '--cq-lt-row-height': `${ROW_HEIGHT}px`,
    '--cq-lt-template': grid.template,
    '--cq-lt-min-width': `${grid.minWidth}px`,
  } as CSSProperties;

  return (
    <div className="cq-lt" style={vars}>
      <div ref={scrollRef} className="cq-lt-scroll" data-testid="list-scroll" style={{ maxHeight: height + 2 * ROW_HEIGHT + (showTotals ? ROW_HEIGHT : 0) }} onScroll={onScroll}>
        <div role="table" aria-label={label} aria-rowcount={rows.length + 1 + (showTotals ? 1 : 0)} aria-busy={loading || undefined}>
          <div role="rowgroup" className="cq-lt-head">
            <div role="row" aria-rowindex={1} className="cq-lt-row">
              {columns.map((c, i) => (
                <HeaderCell key={c.key} column={c} index={i} layout={layout} sort={sort} onSort={onSort} />
              ))}
              <div role="columnheader" className="cq-lt-cell cq-lt-head-cell cq-lt-actions">
                操作
              </div>
            </div>
          </div>
          <div role="rowgroup" className="cq-lt-body" style={{ height: rows.length * ROW_HEIGHT, paddingTop: start * ROW_HEIGHT }}>
            {shown.map((row, i) => (
              <Row key={row.id} row={row} index={start + i} columns={columns} layout={layout} actions={actions} />
            ))}
          </div>
          {showTotals && (
            <div role="rowgroup" className="cq-lt-foot">
              <div role="row" aria-rowindex={rows.length + 2} className="cq-lt-row">
                {totals.map((t, i) => (
                  <div key={columns[i]?.key ?? i} role="cell" className={layout.left[i] !== undefined ? 'cq-lt-cell cq-lt-fixed' : 'cq-lt-cell'} style={cellStyle(layout, i, i > 0 && isNumeric(columns[i]!))}>
                    <strong>{cellText(t)}</strong>
                  </div>
                ))}
                <div role="cell" className="cq-lt-cell cq-lt-actions" />
              </div>
            </div>
          )}
        </div>
        {loading ? (
          <div className="cq-lt-empty">
            <Spin />
          </div>
        ) : (
          rows.length === 0 && (
            <div className="cq-lt-empty">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
            </div>
          )
        )}
      </div>
    </div>
  );
}

export const ListTable = memo(ListTableInner) as typeof ListTableInner;
