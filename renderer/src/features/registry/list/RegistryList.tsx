// The list page shared by 乡镇, 村, 企业 and 人员: a compact search form (keyword by name or
// pinyin, the most used filters, the rest behind 「展开」), a toolbar (新建 · 导入 · 导出 · 打印),
// a virtual table that stays smooth at 50,000 rows (sortable headers, fixed first column,
// totals row, 查看 · 编辑 · 删除 at the right), export and print of exactly what is shown.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Empty, Input, Select, Space, Table, Typography, type GetRef, type TableProps } from 'antd';
import { DownOutlined, ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined, UpOutlined } from '@ant-design/icons';
import type { RegistryTable } from '../data';
import { importRouteFor } from '../import-link';
import { exportTable, listTableModel, todayIso } from './export';
import { cellText, headerText, isNumeric } from './format';
import { PrintView } from './PrintView';
import type { Keyed, ListColumn, ListFilter, SortState } from './types';
import { describeView, narrowingFilter, sortRows, totalsRow, type FilterValues } from './view';

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

const ACTIONS_WIDTH = 150;

function useTableHeight(): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - 380));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(320, window.innerHeight - 380));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

export function RegistryList<T extends Keyed>(props: RegistryListProps<T>) {
  const { table, heading, reportTitle, entityName, rows, columns, filters, searchPlaceholder, onCreate, onEdit, onDelete, detailPath, children } = props;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [values, setValues] = useState<FilterValues>({});
  const [expanded, setExpanded] = useState(false);
  const [sort, setSort] = useState<SortState>(null);
  const [printOpen, setPrintOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const height = useTableHeight();
  const importRoute = importRouteFor(table);

  const sorted = useMemo(() => sortRows(rows ?? [], columns, sort), [rows, columns, sort]);
  const filter = useRef(narrowingFilter<T>()).current;
  const shown = useMemo(() => filter(sorted, query, filters, values), [filter, sorted, query, filters, values]);
  const totals = useMemo(() => totalsRow(shown, columns), [shown, columns]);
  // A new search, filter or sort starts at the top of the list.
  const tableRef = useRef<GetRef<typeof Table>>(null);
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [query, values, sort]);
  const filtered = shown.length !== (rows?.length ?? 0);
  const subtitle = `查询条件：${describeView(query, filters, values)}　　制表日期：${todayIso()}`;

  const doExport = async () => {
    setExporting(true);
    try {
      const r = await exportTable(listTableModel(reportTitle, subtitle, columns, shown, totals));
      if (r.ok) message.success(`已导出 ${shown.length} 条：${r.value.location}`);
      else if (!r.cancelled) message.error(`导出失败：${r.error}`);
    } finally {
      setExporting(false);
    }
  };

  const tableColumns: TableProps<T>['columns'] = [
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
      // Virtual rows are divs: give them the roles of a table row and cell.
      onCell: () => ({ role: 'cell' }),
    })),
    {
      key: 'actions',
      title: '操作',
      width: ACTIONS_WIDTH,
      fixed: 'right' as const,
      onCell: () => ({ role: 'cell' }),
      render: (_: unknown, row: T) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(detailPath(row))}>
            查看
          </Button>
          <Button type="link" size="small" onClick={() => onEdit(row)}>
            编辑
          </Button>
          <Button type="link" size="small" danger onClick={() => onDelete(row)}>
            删除
          </Button>
        </Space>
      ),
    },
  ];

  const filterSelect = (f: ListFilter<T>) => (
    <Space key={f.key} size={4}>
      <span>{f.label}</span>
      <Select
        aria-label={f.label}
        allowClear
        placeholder="全部"
        style={{ width: 150 }}
        value={values[f.key]}
        options={f.options}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v: string | undefined) => setValues((old) => ({ ...old, [f.key]: v }))}
      />
    </Space>
  );
  const primary = filters.filter((f) => f.primary);
  const secondary = filters.filter((f) => !f.primary);
  const emptyText = rows?.length
    ? '没有符合条件的记录，请修改或清空查询条件'
    : `暂无${entityName}，点击「新建」添加${importRoute ? '，或点击「导入」从 Excel 导入' : ''}`;

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {heading}
      </Typography.Title>
      <Space wrap size={[16, 8]} style={{ marginBottom: 8 }} className="no-print">
        <Input.Search allowClear aria-label="查找" placeholder={searchPlaceholder} style={{ width: 260 }} value={query} onChange={(e) => setQuery(e.target.value)} />
        {primary.map(filterSelect)}
        {expanded && secondary.map(filterSelect)}
        {secondary.length > 0 && (
          <Button type="link" onClick={() => setExpanded(!expanded)} icon={expanded ? <UpOutlined /> : <DownOutlined />} iconPlacement="end">
            {expanded ? '收起' : '展开'}
          </Button>
        )}
        <Button
          onClick={() => {
            setQuery('');
            setValues({});
          }}
        >
          重置
        </Button>
      </Space>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} className="no-print">
        <Typography.Text type="secondary" data-testid="list-count">
          {rows === undefined ? '加载中…' : filtered ? `找到 ${shown.length} 条（共 ${rows.length} 条）` : `共 ${rows.length} 条`}
        </Typography.Text>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            新建
          </Button>
          {importRoute && (
            <Button icon={<ImportOutlined />} onClick={() => navigate(importRoute)}>
              导入
            </Button>
          )}
          <Button icon={<ExportOutlined />} loading={exporting} disabled={shown.length === 0} onClick={() => void doExport()}>
            导出
          </Button>
          <Button icon={<PrinterOutlined />} disabled={shown.length === 0} onClick={() => setPrintOpen(true)}>
            打印
          </Button>
        </Space>
      </Space>
      <Table<T>
        ref={tableRef}
        rowKey="id"
        size="small"
        bordered
        virtual
        loading={rows === undefined}
        dataSource={shown}
        columns={tableColumns}
        pagination={false}
        scroll={{ x: columns.reduce((w, c) => w + c.width, ACTIONS_WIDTH), y: height }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        onRow={(row) => ({ role: 'row', onDoubleClick: () => navigate(detailPath(row)) })}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(s?.order && s.columnKey ? { key: String(s.columnKey), order: s.order } : null);
        }}
        summary={() =>
          totals &&
          shown.length > 0 && (
            <Table.Summary fixed>
              <Table.Summary.Row>
                {totals.map((t, i) => (
                  <Table.Summary.Cell key={i} index={i} align={i > 0 && isNumeric(columns[i]) ? 'right' : undefined}>
                    <strong>{cellText(t)}</strong>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={columns.length} />
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
      <PrintView open={printOpen} onClose={() => setPrintOpen(false)} title={reportTitle} subtitle={subtitle} columns={columns} rows={shown} totals={totals} />
      {children}
    </Card>
  );
}
