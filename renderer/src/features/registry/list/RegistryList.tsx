// The list page shared by 乡镇, 村, 企业 and 人员: a compact search form (keyword by name or
// pinyin, the most used filters, the rest behind 「展开」), a toolbar (新建 · 导入 · 导出 · 打印),
// a windowed table that stays smooth at 50,000 rows (ListTable: sortable headers, fixed first
// column, totals row, 查看 · 编辑 · 删除 at the right), export and print of exactly what is shown.
//
// Typing stays instant at 50,000 rows: the keys are precomputed, a longer query searches only
// the last result, and the table follows the query as a deferred value (React may skip the
// rendering of a keystroke already overtaken by the next one). Each search is timed with the
// User Timing API as 「registry-search」, which the benchmark reads.
import { formatDateCn } from '@shared/model/parse-date';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { App, Card, Space, Typography } from 'antd';
import type { RegistryTable } from '../../../ui/records/data';
import { hasImportTarget } from '../../import';
import { exportTable, listTableModel, todayIso } from './export';
import { ListTable, type RowActions } from '@renderer/ui/list/ListTable';
import { useTableHeight } from '@renderer/ui/list/use-table-height';
import { PrintView } from './PrintView';
import { SearchForm } from './SearchForm';
import { Toolbar } from './Toolbar';
import type { ListColumn, SortState } from '@renderer/ui/list/types';
import type { Keyed, ListFilter } from './types';
import { describeView, narrowingFilter, prepareSearch, sortRows, totalsRow, type FilterValues } from './view';

export type RegistryListProps<T extends Keyed> = {
  table: RegistryTable;
  /** Page heading, e.g. 「村情信息库」. */
  heading: string;
  /** Title of exports and printouts, e.g. 「村情信息表」. */
  reportTitle: string;
  /** 「村」, for empty states. */
  entityName: string;
  rows: T[] | undefined;
  columns: ListColumn<T>[];
  filters: ListFilter<T>[];
  searchPlaceholder: string;
  onCreate: () => void;
  onEdit: (row: T) => void;
  onDelete: (row: T) => void;
  detailPath: (row: T) => string;
  /** Extra content under the table (forms, drawers). */
  children?: ReactNode;
};

export function RegistryList<T extends Keyed>(props: RegistryListProps<T>) {
  const { table, heading, reportTitle, entityName, rows, columns, filters, searchPlaceholder, onCreate, children } = props;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [values, setValues] = useState<FilterValues>({});
  const [sort, setSort] = useState<SortState>(null);
  const [printOpen, setPrintOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const height = useTableHeight();
  const importRoute = hasImportTarget(table) ? `/import/${table}` : undefined;
  const shownQuery = useDeferredValue(query);

  const sorted = useMemo(() => sortRows(rows ?? [], columns, sort), [rows, columns, sort]);
  const filter = useRef(narrowingFilter<T>()).current;
  // The keys' arrays and the ideograph index, built in idle time after the rows come (jsdom has
  // no requestIdleCallback: there the searches scan every row).
  useEffect(() => {
    if (!sorted.length || typeof requestIdleCallback !== 'function') return;
    let idle = 0;
    const slice = (deadline: IdleDeadline) => {
      if (!prepareSearch(sorted, () => deadline.timeRemaining() > 2)) idle = requestIdleCallback(slice);
    };
    idle = requestIdleCallback(slice);
    return () => cancelIdleCallback(idle);
  }, [sorted]);
  const shown = useMemo(() => {
    const start = performance.now();
    const result = filter(sorted, shownQuery, filters, values);
    performance.measure('registry-search', { start, detail: { table, rows: sorted.length, found: result.length } });
    return result;
  }, [filter, sorted, shownQuery, filters, values, table]);
  const totals = useMemo(() => totalsRow(shown, columns), [shown, columns]);

  // A new search, filter or sort starts at the top of the list (an edit keeps the place).
  const topKey = `${shownQuery}\u0000${JSON.stringify(values)}\u0000${sort ? `${sort.key}:${sort.order}` : ''}`;

  // Stable callbacks so the memoized columns survive keystrokes.
  const latest = useRef(props);
  latest.current = props;
  const onView = useCallback((row: T) => navigate(latest.current.detailPath(row)), [navigate]);
  const onEdit = useCallback((row: T) => latest.current.onEdit(row), []);
  const onDelete = useCallback((row: T) => latest.current.onDelete(row), []);
  const actions = useMemo((): RowActions<T> => ({ onView, onEdit, onDelete }), [onView, onEdit, onDelete]);

  const filtered = shown.length !== (rows?.length ?? 0);
  const subtitle = `查询条件：${describeView(query, filters, values)}　　制表日期：${formatDateCn(todayIso())}`;
  const emptyText = rows?.length
    ? '没有符合条件的记录，请修改或清空查询条件'
    : `暂无${entityName}，点击「新建」添加${importRoute ? '，或点击「导入」从 Excel 导入' : ''}`;

  // Read at click time, so the callback (and the memoized toolbar) stays the same while typing.
  const view = useRef({ shown, totals, subtitle });
  view.current = { shown, totals, subtitle };
  const doExport = useCallback(async () => {
    const { shown: exported, totals: sums, subtitle: sub } = view.current;
    setExporting(true);
    try {
      const r = await exportTable(listTableModel(reportTitle, sub, columns, exported, sums));
      if (r.ok) message.success(`已导出 ${exported.length} 条：${r.value.location}`);
      else if (!r.cancelled) message.error(`导出失败：${r.error}`);
    } finally {
      setExporting(false);
    }
  }, [reportTitle, columns, message]);
  const openPrint = useCallback(() => setPrintOpen(true), []);

  // The same element from render to render, so that a keystroke leaves the heading (antd's
  // Typography with its ellipsis measuring) alone.
  const title = useMemo(
    () => (
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {heading}
      </Typography.Title>
    ),
    [heading],
  );

  return (
    <Card>
      {title}
      <SearchForm onQuery={setQuery} placeholder={searchPlaceholder} filters={filters} values={values} onValues={setValues} />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} className="no-print">
        <Typography.Text type="secondary" data-testid="list-count" data-query={shownQuery}>
          {rows === undefined ? '加载中…' : filtered ? `找到 ${shown.length} 条（共 ${rows.length} 条）` : `共 ${rows.length} 条`}
        </Typography.Text>
        <Toolbar onCreate={onCreate} importRoute={importRoute} exporting={exporting} empty={shown.length === 0} onExport={doExport} onPrint={openPrint} />
      </Space>
      <ListTable<T>
        topKey={topKey}
        loading={rows === undefined}
        rows={shown}
        columns={columns}
        sort={sort}
        onSort={setSort}
        totals={totals}
        height={height}
        label={heading}
        emptyText={emptyText}
        actions={actions}
      />
      {printOpen && <PrintView open onClose={() => setPrintOpen(false)} title={reportTitle} subtitle={subtitle} columns={columns} rows={shown} totals={totals} />}
      {children}
    </Card>
  );
}
