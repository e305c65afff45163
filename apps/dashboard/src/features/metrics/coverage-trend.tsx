import { useQuery } from '@apollo/client/react';
import { Empty, Select } from 'antd';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ChartTableView } from '@/components/chart-table-view';
import { ErrorAlert } from '@/components/error-alert';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageSpinner } from '@/components/page-spinner';
import { csvHeader, csvRows, ValueTable } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import { todayIso } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { currentSemester, isSemester, recentSemesters } from '@/lib/semester';
import { COVERAGE_HISTORY } from './coverage-history.query';
import { trendChartPoints, trendColumns, trendEmptyReason, weeksSoFar } from './trend-columns';

const CoverageTrendChart = lazy(() => import('./coverage-trend-chart').then((m) => ({ default: m.CoverageTrendChart })));

const SEMESTER_PARAM = 'semester';
const SEMESTERS_OFFERED = 6;

/** The semester in the URL (?semester=2024-2025-1), the current one by default. */
function useSemester(): [string, (s: string) => void] {
  const [params, setParams] = useSearchParams();
  const current = currentSemester();
  const value = params.get(SEMESTER_PARAM);
  const semester = isSemester(value) ? value : current;
  const set = (next: string) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (next === current) copy.delete(SEMESTER_PARAM);
      else copy.set(SEMESTER_PARAM, next);
      return copy;
    });
  return [semester, set];
}

/** Class and dorm coverage week by week through a semester, from appointment history (coverageHistory). */
export function CoverageTrend({ level }: { level: NetworkLevel }) {
  const { t, language } = useI18n();
  const selectId = useId();
  const [semester, setSemester] = useSemester();
  const current = currentSemester();
  const { data, error, loading, refetch } = useQuery(COVERAGE_HISTORY, { variables: { level, semester }, fetchPolicy: 'cache-and-network' });
  const history = data?.coverageHistory.level === level ? data.coverageHistory : undefined;
  const points = useMemo(() => (history ? weeksSoFar(history.points, todayIso()) : []), [history]);
  const chartPoints = useMemo(() => trendChartPoints(points), [points]);
  const emptyReason = trendEmptyReason(points);
  const columns = useMemo(() => trendColumns(t, language), [t, language]);
  const title = t('trend.title');
  const offered = recentSemesters(current, SEMESTERS_OFFERED);
  if (!offered.includes(semester)) offered.push(semester);
  const semesterName = (code: string) => {
    const [y1, y2, n] = code.split('-');
    const name = t('trend.semesterName', { y1: y1 ?? '', y2: y2 ?? '', n: n ?? '' });
    return code === current ? `${name}${t('trend.currentSuffix')}` : name;
  };

  const body = (view: 'chart' | 'table') => {
    if (error && !history) return <ErrorAlert error={error} onRetry={() => refetch()} />;
    // Weeks loaded before a failed refresh stay on screen, marked as possibly out of date.
    if (error)
      return (
        <>
          <ErrorAlert error={error} onRetry={() => refetch()} stale />
          {trendBody(view)}
        </>
      );
    return trendBody(view);
  };

  const trendBody = (view: 'chart' | 'table') => {
    if (!history) return loading ? <PageSpinner /> : null;
    // Nothing to draw: a sentence saying why, in both views, instead of flat 0% lines.
    if (emptyReason)
      return (
        <div data-testid="trend-empty" data-reason={emptyReason}>
          <Empty description={t(`trend.empty.${emptyReason}`)} />
        </div>
      );
    if (view === 'table')
      return (
        <ValueTable
          testId="trend-table"
          size="small"
          columns={columns}
          rows={points}
          rowKey={(p) => p.weekStart}
          rowTestId={(p) => `trend-row-${p.weekStart}`}
        />
      );
    return (
      <Suspense fallback={<PageSpinner />}>
        <CoverageTrendChart points={chartPoints} title={title} />
      </Suspense>
    );
  };

  return (
    <ChartTableView
      testId="coverage-trend"
      title={title}
      description={
        <>
          <div className="trend-controls">
            <label htmlFor={selectId}>{t('trend.semester')}</label>
            <Select
              id={selectId}
              data-testid="trend-semester"
              value={semester}
              onChange={setSemester}
              options={offered.map((s) => ({ value: s, label: semesterName(s) }))}
              style={{ minWidth: 240 }}
            />
            {history && (
              <span className="muted" data-testid="trend-range">
                {t('trend.range', { from: history.from, to: history.to })}
              </span>
            )}
          </div>
          <p className="hint">{t('trend.hint')}</p>
        </>
      }
      chart={body('chart')}
      table={body('table')}
      extra={
        <ExportCsvButton
          testId="trend-export"
          subject={title}
          filename={`coverage-trend-${level.toLowerCase()}-${semester}.csv`}
          header={csvHeader(columns)}
          rows={() => csvRows(columns, points)}
          disabled={!history || !!emptyReason}
        />
      }
    />
  );
}
