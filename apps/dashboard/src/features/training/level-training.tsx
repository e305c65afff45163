import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { ChartTableView } from '@/components/chart-table-view';
import { ErrorAlert } from '@/components/error-alert';
import { ExportCsvButton } from '@/components/export-csv-button';
import { KpiCard } from '@/components/kpi-card';
import { PageSpinner } from '@/components/page-spinner';
import { csvHeader, csvRows, useTableSort, ValueTable } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useI18n } from '@/lib/i18n/i18n';
import { formatRate, rateGrade } from '@/lib/rate-scale';
import { TRAINING_COMPLETION, type TrainingReport } from './api/training.query';
import { type CompletionCounts, completionPoints, targetState, trainingWorstFirst } from './completion';
import { compactCompletionColumns, completionColumns, pointColumns } from './completion-columns';

const CompletionChart = lazy(() => import('./completion-chart').then((m) => ({ default: m.CompletionChart })));

export interface LevelTrainingProps {
  level: NetworkLevel;
  semester: string;
  /** Inside the side-by-side view: a level heading (h2) above, card headings are h3. */
  nested?: boolean;
  onShowLevel?: (level: NetworkLevel) => void;
}

function TrainingKpis({ report }: { report: TrainingReport }) {
  const { t, language } = useI18n();
  const { total, programme, colleges } = report;
  const withTrainees = colleges.filter((c) => c.trainees > 0 || c.selfDesignedSessionsHeld > 0);
  const onTarget = withTrainees.filter((c) => targetState(c.selfDesignedSessionsHeld, programme.sessionTargetMin, programme.sessionTargetMax) !== 'below').length;
  const rate = (r: number) => formatRate(r, total.trainees, language);
  return (
    <section className="kpi-grid" aria-label={t('training.kpisOf', { level: t(`level.${report.level}`) })}>
      <KpiCard testId="kpi-trainees" title={t('training.col.trainees')} value={String(total.trainees)} />
      <KpiCard
        testId="kpi-completion"
        title={t('training.col.completion')}
        value={rate(total.completion)}
        grade={rateGrade(total.completion, total.trainees)}
        detail={t('training.kpi.of', { n: total.completed, d: total.trainees })}
      />
      <KpiCard
        testId="kpi-basic"
        title={t('training.col.basicCompletion')}
        value={rate(total.basicCompletion)}
        grade={rateGrade(total.basicCompletion, total.trainees)}
        detail={t('training.kpi.of', { n: total.basicCompleted, d: total.trainees })}
      />
      <KpiCard
        testId="kpi-attendance"
        title={t('training.col.selfDesignedAttendance')}
        value={rate(total.selfDesignedAttendance)}
        grade={rateGrade(total.selfDesignedAttendance, total.trainees)}
        detail={t('training.kpi.of', { n: total.attendedSelfDesigned, d: total.trainees })}
      />
      <KpiCard
        testId="kpi-on-target"
        title={t('training.kpi.onTarget', { min: programme.sessionTargetMin, max: programme.sessionTargetMax })}
        value={`${onTarget} / ${withTrainees.length}`}
        tone={onTarget < withTrainees.length ? 'warning' : 'normal'}
      />
    </section>
  );
}

/** One level's training completion: KPIs, the chart (with its table view) and the college table, from one query. */
export function LevelTraining({ level, semester, nested = false, onShowLevel }: LevelTrainingProps) {
  const { t, language } = useI18n();
  const { aggregateScope } = useAccess();
  const { data, error, loading, refetch } = useQuery(TRAINING_COMPLETION, { variables: { level, semester }, fetchPolicy: 'cache-and-network' });
  const report = data?.trainingCompletion.level === level && data.trainingCompletion.semester === semester ? data.trainingCompletion : undefined;
  const levelName = t(`level.${level}`);
  const otherLevel: NetworkLevel = level === 'UNDERGRADUATE' ? 'GRADUATE' : 'UNDERGRADUATE';
  const totalLabel = aggregateScope.all ? t('common.total') : t('common.totalInScope');
  const headingLevel = nested ? 3 : 2;
  const Heading = nested ? 'h3' : 'h2';
  const min = report?.programme.sessionTargetMin ?? 2;
  const max = report?.programme.sessionTargetMax ?? 3;
  const columns = useMemo(
    () => (nested ? compactCompletionColumns : completionColumns)({ t, language, level, semester, totalLabel, target: { min, max } }),
    [nested, t, language, level, semester, totalLabel, min, max],
  );
  const ordered = useMemo(() => trainingWorstFirst<CompletionCounts>(report?.colleges ?? []), [report]);
  const { rows: shown, sort, setSort } = useTableSort(columns, ordered);
  const points = useMemo(() => completionPoints(report?.colleges ?? []), [report]);
  const chartColumns = useMemo(() => pointColumns({ t, language, level, semester }), [t, language, level, semester]);
  const empty = !!report && report.total.trainees === 0;
  const chartTitle = t('training.chartTitle');
  const tableTitle = t('training.collegesTitle');
  const slug = `training-${semester}-${level.toLowerCase()}`;

  return (
    <div className="level-overview" data-testid={`training-level-${level}`} data-level={level} aria-busy={loading && !report}>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!report} />}
      {!report && loading && <PageSpinner />}
      {empty && (
        <Card className="section" data-testid={`training-empty-${level}`}>
          <Empty description={aggregateScope.all ? t('training.empty', { level: levelName }) : t('training.emptyInScope', { level: levelName })}>
            {onShowLevel && (
              <Button type="primary" onClick={() => onShowLevel(otherLevel)} data-testid="training-other-level">
                {t('overview.showLevel', { level: t(`level.${otherLevel}`) })}
              </Button>
            )}
          </Empty>
        </Card>
      )}
      {report && !empty && (
        <>
          <TrainingKpis report={report} />
          <ChartTableView
            testId="training-chart"
            title={chartTitle}
            headingLevel={headingLevel}
            description={<p className="hint">{t('training.chartHint')}</p>}
            chart={
              <Suspense fallback={<PageSpinner />}>
                <CompletionChart points={points} level={level} semester={semester} title={chartTitle} />
              </Suspense>
            }
            table={
              <ValueTable
                testId="training-chart-table"
                size="small"
                columns={chartColumns}
                rows={points}
                rowKey={(p) => p.collegeCode}
                rowTestId={(p) => `training-point-row-${p.collegeCode}`}
              />
            }
            extra={
              <ExportCsvButton
                testId="training-chart-export"
                filename={`${slug}-chart.csv`}
                header={csvHeader(chartColumns)}
                rows={() => csvRows(chartColumns, points)}
                subject={chartTitle}
              />
            }
          />
          <Card
            className="section"
            data-testid="training-table-card"
            title={<Heading className="card-heading">{tableTitle}</Heading>}
            extra={
              <ExportCsvButton
                testId="training-export"
                subject={tableTitle}
                filename={`${slug}.csv`}
                header={csvHeader(columns)}
                rows={() => csvRows(columns, [...shown, report.total])}
              />
            }
          >
            <p className="hint">{t('training.collegesHint')}</p>
            <ValueTable<CompletionCounts>
              testId="training-table"
              columns={columns}
              rows={shown}
              rowKey={(r) => r.collegeCode ?? 'total'}
              rowTestId={(r) => `training-row-${r.collegeCode}`}
              sort={sort}
              onSort={setSort}
              summaryRow={report.total}
              summaryTestId="training-row-total"
              fit
            />
          </Card>
        </>
      )}
    </div>
  );
}
