import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { type HTMLAttributes, type ReactNode, useMemo, useState } from 'react';
import type { CsvCell } from './csv-export';
import { useNarrow } from './responsive-table';

/**
 * A table column whose cell text is one value: the table shows it and the CSV export writes it,
 * so the two can never disagree (same rounding, same words).
 */
export interface ValueColumn<R> {
  key: string;
  title: string;
  /** The cell's text, exactly as shown and exported. */
  value: (row: R) => string | number;
  numeric?: boolean;
  /** Wraps the text (a link, an emphasis); what it shows must be `text`. */
  render?: (text: string, row: R) => ReactNode;
  /** Makes the column sortable (the rows are sorted here, so the export follows the table's order). */
  compare?: (a: R, b: R) => number;
}

export interface TableSort {
  key: string;
  order: 'ascend' | 'descend';
}

export const csvHeader = <R,>(columns: readonly ValueColumn<R>[]): string[] => columns.map((c) => c.title);

export const csvRows = <R,>(columns: readonly ValueColumn<R>[], rows: readonly R[]): CsvCell[][] =>
  rows.map((r) => columns.map((c) => c.value(r)));

export function sortRows<R>(columns: readonly ValueColumn<R>[], rows: readonly R[], sort: TableSort | null): R[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column?.compare) return [...rows];
  const compare = column.compare;
  const sign = sort.order === 'ascend' ? 1 : -1;
  // Stable: equal rows keep the incoming (worst-first) order in both directions.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}

/** Sort state for a ValueTable; `rows` is the order both the table and its export use. */
export function useTableSort<R>(columns: readonly ValueColumn<R>[], rows: readonly R[]) {
  const [sort, setSort] = useState<TableSort | null>(null);
  const sorted = useMemo(() => sortRows(columns, rows, sort), [columns, rows, sort]);
  return { rows: sorted, sort, setSort };
}

export interface ValueTableProps<R> {
  columns: readonly ValueColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowTestId?: (row: R) => string;
  sort?: TableSort | null;
  onSort?: (sort: TableSort | null) => void;
  /** A last row (a total) drawn from the same columns. */
  summaryRow?: R;
  summaryTestId?: string;
  testId?: string;
  size?: TableProps<R>['size'];
  emptyText?: string;
  /**
   * Fit the table to its container: columns shrink and wrap rather than the table scrolling
   * sideways (for narrow column sets, e.g. two tables side by side).
   */
  fit?: boolean;
}

/**
 * An antd table of ValueColumns; sorting is controlled so the caller exports rows in the shown
 * order. On phones (< md) the same rows are cards (title = first column, then "label: value" for
 * the others, the summary row as the last card), so nothing scrolls sideways.
 */
export function ValueTable<R extends object>({
  columns,
  rows,
  rowKey,
  rowTestId,
  sort = null,
  onSort,
  summaryRow,
  summaryTestId,
  testId,
  size = 'middle',
  emptyText,
  fit = false,
}: ValueTableProps<R>) {
  const narrow = useNarrow();
  const cell = (c: ValueColumn<R>, r: R) => {
    const text = String(c.value(r));
    return c.render ? c.render(text, r) : text;
  };
  if (narrow) {
    const [head, ...rest] = columns;
    const card = (r: R, key: string, rowTestId: string | undefined, className: string) => (
      <li key={key} className={className} data-testid={rowTestId}>
        <div className="responsive-card-title">{head ? cell(head, r) : null}</div>
        <dl className="responsive-card-fields">
          {rest.map((c) => (
            <div key={c.key} className={c.numeric ? 'responsive-card-field num' : 'responsive-card-field'}>
              <dt>{c.title}</dt>
              <dd>{cell(c, r)}</dd>
            </div>
          ))}
        </dl>
      </li>
    );
    return (
      <div className="responsive-cards value-cards" data-testid={testId}>
        {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
        {(rows.length > 0 || summaryRow) && (
          <ul className="responsive-card-list">
            {rows.map((r) => card(r, rowKey(r), rowTestId?.(r), 'responsive-card'))}
            {summaryRow && card(summaryRow, '__summary', summaryTestId, 'responsive-card summary-card')}
          </ul>
        )}
      </div>
    );
  }
  const antColumns: TableColumnsType<R> = columns.map((c) => ({
    key: c.key,
    title: c.title,
    className: c.numeric ? 'num' : undefined,
    render: (_: unknown, r: R) => cell(c, r),
    ...(c.compare && onSort
      ? { sorter: true, sortOrder: (sort?.key === c.key ? sort.order : null) as SortOrder, sortDirections: ['ascend', 'descend'] as SortOrder[] }
      : {}),
  }));
  return (
    <Table<R>
      data-testid={testId}
      size={size}
      rowKey={rowKey}
      columns={antColumns}
      dataSource={rows as R[]}
      pagination={false}
      scroll={fit ? undefined : { x: 'max-content' }}
      locale={emptyText ? { emptyText } : undefined}
      onChange={(_p, _f, sorter) => {
        if (!onSort || Array.isArray(sorter)) return;
        onSort(sorter.order && sorter.columnKey ? { key: String(sorter.columnKey), order: sorter.order } : null);
      }}
      onRow={rowTestId ? (r) => ({ 'data-testid': rowTestId(r) }) as HTMLAttributes<HTMLElement> : undefined}
      summary={
        summaryRow
          ? () => (
              <Table.Summary>
                <Table.Summary.Row data-testid={summaryTestId} className="summary-row">
                  {columns.map((c, i) => (
                    <Table.Summary.Cell key={c.key} index={i} className={c.numeric ? 'num' : undefined}>
                      {cell(c, summaryRow)}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )
          : undefined
      }
    />
  );
}
