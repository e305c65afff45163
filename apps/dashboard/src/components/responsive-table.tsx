import { Card, Empty, Grid, Pagination, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { HTMLAttributes, Key, ReactNode } from 'react';

/** Below this antd breakpoint a table is drawn as one card per row, so nothing scrolls sideways. */
export function useNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  return screens.md === false;
}

type Column<R> = ColumnType<R> & { dataIndex?: string | number | readonly (string | number)[] };

function cellValue<R>(column: Column<R>, record: R, index: number): ReactNode {
  const path = column.dataIndex === undefined ? [] : Array.isArray(column.dataIndex) ? column.dataIndex : [column.dataIndex];
  let raw: unknown = record;
  for (const k of path) raw = raw == null ? undefined : (raw as Record<string | number, unknown>)[k as string | number];
  if (path.length === 0) raw = undefined;
  if (column.render) {
    const out = column.render(raw, record, index);
    // A render may return cell props ({ children, props }); a card needs only the children.
    if (out && typeof out === 'object' && 'children' in (out as object) && 'props' in (out as object) && !('$$typeof' in (out as object))) {
      return (out as { children: ReactNode }).children;
    }
    return out as ReactNode;
  }
  return raw == null ? '' : String(raw as string | number);
}

function columnTitle<R>(column: Column<R>): ReactNode {
  return typeof column.title === 'function' ? null : (column.title as ReactNode);
}

export interface ResponsiveTableProps<R> extends TableProps<R> {
  /** The card's heading on narrow screens; the first column when not given. */
  cardTitle?: (record: R, index: number) => ReactNode;
}

/**
 * An antd Table on wide screens; on phones the same rows as cards (title, then label: value per
 * column) with the same pagination, row test ids and empty text, so a person's own name is never
 * cut off in a sideways-scrolling table.
 */
export function ResponsiveTable<R extends object>(props: ResponsiveTableProps<R>) {
  const narrow = useNarrow();
  const { cardTitle, ...tableProps } = props;
  if (!narrow) return <Table<R> scroll={{ x: 'max-content' }} {...tableProps} />;

  const columns = ((tableProps.columns ?? []) as Column<R>[]).filter((c) => !c.hidden);
  const rows = (tableProps.dataSource ?? []) as R[];
  const keyOf = (r: R, i: number): Key =>
    typeof tableProps.rowKey === 'function' ? tableProps.rowKey(r, i) : tableProps.rowKey ? (r[tableProps.rowKey as keyof R] as Key) : i;
  const pagination = tableProps.pagination;
  const paged =
    pagination && typeof pagination === 'object' && pagination.current !== undefined && pagination.pageSize !== undefined && pagination.total === undefined
      ? rows.slice((pagination.current - 1) * pagination.pageSize, pagination.current * pagination.pageSize)
      : rows;
  const [head, ...rest] = columns;
  const empty = tableProps.locale?.emptyText;
  return (
    <div className="responsive-cards" data-testid={(tableProps as Record<string, unknown>)['data-testid'] as string | undefined}>
      {tableProps.loading && rows.length === 0 ? (
        <Card loading size="small" />
      ) : paged.length === 0 ? (
        typeof empty === 'function' ? empty() : (empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)
      ) : (
        <ul className="responsive-card-list">
          {paged.map((r, i) => {
            const rowProps = (tableProps.onRow?.(r, i) ?? {}) as HTMLAttributes<HTMLElement> & Record<string, unknown>;
            const body = cardTitle ? columns : rest;
            return (
              <li key={keyOf(r, i)} className="responsive-card" data-testid={rowProps['data-testid'] as string | undefined}>
                <div className="responsive-card-title">{cardTitle ? cardTitle(r, i) : head ? cellValue(head, r, i) : null}</div>
                <dl className="responsive-card-fields">
                  {body.map((c, ci) => (
                    <div key={String(c.key ?? ci)} className="responsive-card-field">
                      <dt>{columnTitle(c)}</dt>
                      <dd>{cellValue(c, r, i)}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {pagination && typeof pagination === 'object' && (pagination.total ?? rows.length) > (pagination.pageSize ?? 10) && (
        <Pagination
          size="small"
          simple
          align="center"
          {...pagination}
          total={pagination.total ?? rows.length}
          onChange={(page, size) => pagination.onChange?.(page, size)}
        />
      )}
    </div>
  );
}
