import { Empty } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { ChartTableView } from '@/components/chart-table-view';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageSpinner } from '@/components/page-spinner';
import { csvHeader, csvRows, ValueTable } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { collegePoints, type CoverageKind, pointColumns } from './coverage-columns';
import type { CoverageRow } from './network-coverage.query';

const CollegeCoverageChart = lazy(() => import('./college-coverage-chart').then((m) => ({ default: m.CollegeCoverageChart })));

export interface CollegeCoverageCardProps {
  kind: CoverageKind;
  level: NetworkLevel;
  rows: readonly CoverageRow[];
  headingLevel?: 2 | 3;
  /** Only colleges with an uncovered class (dorm): in the chart, its table and its export. */
  gapsOnly?: boolean;
}

/** Covered and uncovered classes (or dorms) per college, worst first: chart, table and CSV of the same points. */
export function CollegeCoverageCard({ kind, level, rows, headingLevel = 2, gapsOnly = false }: CollegeCoverageCardProps) {
  const { t, language } = useI18n();
  const k = kind === 'classes' ? 'class' : 'dorm';
  const points = useMemo(() => collegePoints(rows, kind, gapsOnly), [rows, kind, gapsOnly]);
  // With the filter on, an empty chart means every college is fully covered, not that there is nothing to count.
  const none = gapsOnly && collegePoints(rows, kind).length > 0 ? t(`overview.${k}.noGaps`) : t(`overview.${k}.none`);
  const columns = useMemo(() => pointColumns(kind, { t, language, level }), [kind, t, language, level]);
  const title = t(`overview.${k}.chartTitle`);
  const testId = `${kind === 'classes' ? 'class' : 'dorm'}-coverage-chart`;
  return (
    <ChartTableView
      testId={testId}
      title={title}
      headingLevel={headingLevel}
      description={<p className="hint">{t(`overview.${k}.chartHint`)}</p>}
      chart={
        points.length === 0 ? (
          <Empty description={none} />
        ) : (
          <Suspense fallback={<PageSpinner />}>
            <CollegeCoverageChart points={points} kind={kind} level={level} title={title} />
          </Suspense>
        )
      }
      table={
        <ValueTable
          testId={`${testId}-table`}
          size="small"
          columns={columns}
          rows={points}
          rowKey={(p) => p.collegeCode}
          rowTestId={(p) => `point-row-${p.collegeCode}`}
          emptyText={none}
        />
      }
      extra={
        <ExportCsvButton
          testId={`${testId}-export`}
          filename={`${kind === 'classes' ? 'class' : 'dorm'}-coverage-${level.toLowerCase()}${gapsOnly ? '-gaps' : ''}.csv`}
          header={csvHeader(columns)}
          rows={() => csvRows(columns, points)}
          subject={title}
        />
      }
    />
  );
}
