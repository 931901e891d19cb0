// The virtual table of a registry list, memoized: the search box's own re-render on each
// keystroke leaves it alone, and it renders again only when its rows, columns or sort change.
import { memo, type Ref } from 'react';
import { Empty, Table, type GetRef, type TableProps } from 'antd';
import type { TableCell } from '@shared/reports/xlsx-table';
import { cellText, isNumeric } from './format';
import type { ListColumn, SortState } from './types';

type Props<T> = {
  tableRef: Ref<GetRef<typeof Table>>;
  loading: boolean;
  rows: T[];
  columns: readonly ListColumn<T>[];
  tableColumns: TableProps<T>['columns'];
  totals?: TableCell[];
  scroll: { x: number; y: number };
  emptyText: string;
  onRow: (row: T) => object;
  onSort: (sort: SortState) => void;
};

function ListTableInner<T extends { id: string }>({ tableRef, loading, rows, columns, tableColumns, totals, scroll, emptyText, onRow, onSort }: Props<T>) {
  return (
    <Table<T>
      ref={tableRef}
      rowKey="id"
      size="small"
      bordered
      virtual
      loading={loading}
      dataSource={rows}
      columns={tableColumns}
      pagination={false}
      scroll={scroll}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      onRow={onRow}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        onSort(s?.order && s.columnKey ? { key: String(s.columnKey), order: s.order } : null);
      }}
      summary={() =>
        totals &&
        rows.length > 0 && (
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
  );
}

export const ListTable = memo(ListTableInner) as typeof ListTableInner;
