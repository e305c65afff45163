import { Card } from 'antd';
import { useMemo } from 'react';
import { ExportCsvButton } from '@/components/export-csv-button';
import { csvHeader, csvRows, useTableSort, ValueTable } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { compactCoverageColumns, coverageColumns, visibleRows, worstFirst } from './coverage-columns';
import type { CoverageRow } from './network-coverage.query';

export interface CoverageTableCardProps {
  rows: readonly CoverageRow[];
  total: CoverageRow;
  level: NetworkLevel;
  /** 全校合计, or 合计（您的权限范围） when the report covers only part of the university */
  totalLabel: string;
  headingLevel?: 2 | 3;
  /** The side-by-side view's narrower columns (compactCoverageColumns). */
  compact?: boolean;
  /** Only colleges with a gap; the total row stays the total of every college. */
  gapsOnly?: boolean;
}

/**
 * Every college's figures at one level, worst first, with the total row. The CSV export writes the
 * rows in the order shown (also after sorting by a column) and the same texts as the cells.
 */
export function CoverageTableCard({ rows, total, level, totalLabel, headingLevel = 2, compact = false, gapsOnly = false }: CoverageTableCardProps) {
  const { t, language } = useI18n();
  const columns = useMemo(
    () => (compact ? compactCoverageColumns : coverageColumns)({ t, language, level, totalLabel }),
    [compact, t, language, level, totalLabel],
  );
  const ordered = useMemo(() => worstFirst(visibleRows(rows, gapsOnly)), [rows, gapsOnly]);
  const { rows: shown, sort, setSort } = useTableSort(columns, ordered);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = t('overview.collegesTitle');
  return (
    <Card
      className="section wrap-head-card"
      data-testid="college-table-card"
      title={<Heading className="card-heading">{title}</Heading>}
      extra={
        <ExportCsvButton
          testId="export-colleges"
          subject={title}
          filename={`coverage-${level.toLowerCase()}${gapsOnly ? '-gaps' : ''}.csv`}
          header={csvHeader(columns)}
          rows={() => csvRows(columns, [...shown, total])}
        />
      }
    >
      <p className="hint">{t('overview.collegesHint')}</p>
      {compact && <p className="hint">{t('overview.compactHint')}</p>}
      {gapsOnly && (
        <p className="hint" data-testid="gaps-count">
          {t('overview.gapsCount', { n: ordered.length, d: rows.length })}
        </p>
      )}
      <ValueTable<CoverageRow>
        testId="college-table"
        columns={columns}
        rows={shown}
        rowKey={(r) => r.collegeCode ?? 'total'}
        rowTestId={(r) => `college-row-${r.collegeCode}`}
        sort={sort}
        onSort={setSort}
        summaryRow={total}
        summaryTestId="college-row-total"
        emptyText={gapsOnly ? t('overview.noGaps') : undefined}
        fit={compact}
      />
    </Card>
  );
}
