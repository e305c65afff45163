import type { TablePaginationConfig, TableProps } from 'antd';
import { useState } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ROSTER_PAGE_SIZES, type Sort } from './roster-table';

/**
 * Sorting and paging of a roster table, both kept here (controlled), so the rows can be sorted
 * before they reach the table and phones' cards show the same order. A new sort or filter goes
 * back to the first page.
 */
export function useRosterTable<R extends object, K extends string>() {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<Sort<K> | null>(null);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState<number>(ROSTER_PAGE_SIZES[0]);

  const sortable = (key: K) => ({ key, sorter: true, sortOrder: sort?.key === key ? sort.order : null, showSorterTooltip: false });

  const onChange: NonNullable<TableProps<R>['onChange']> = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setSort(s?.order && s.columnKey ? { key: String(s.columnKey) as K, order: s.order } : null);
    setPage(1);
  };

  /** No pager for a short list; otherwise page sizes and "第 1–20 项，共 57 项". */
  const pagination = (total: number): false | TablePaginationConfig => {
    if (total <= ROSTER_PAGE_SIZES[0]) return false;
    const current = Math.min(page, Math.max(1, Math.ceil(total / size)));
    return {
      current,
      pageSize: size,
      showSizeChanger: true,
      pageSizeOptions: ROSTER_PAGE_SIZES.map(String),
      showTotal: (all, [from, to]) => t('lists.itemsRange', { from: formatNumber(from, language), to: formatNumber(to, language), total: formatNumber(all, language) }),
      onChange: (p, s) => {
        setPage(s !== size ? 1 : p);
        setSize(s);
      },
    };
  };

  return { sort, sortable, onChange, pagination, firstPage: () => setPage(1) };
}
