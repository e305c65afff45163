import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import type { NetworkLevel } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useI18n } from '@/lib/i18n/i18n';
import { CollegeCoverageCard } from './college-coverage-card';
import { CoverageKpis } from './coverage-kpis';
import { CoverageTableCard } from './coverage-table';
import { NETWORK_COVERAGE } from './network-coverage.query';

export interface LevelOverviewProps {
  level: NetworkLevel;
  /** Inside the side-by-side view: a level heading (h2) above, card headings are h3. */
  nested?: boolean;
  /** Offered when the user's scope has nothing at this level (e.g. a counselor of graduate classes). */
  onShowLevel?: (level: NetworkLevel) => void;
  /** Only colleges with a gap in the table, the charts and their exports (the KPIs stay the totals). */
  gapsOnly?: boolean;
}

/**
 * One network level: the KPI cards, the college table and the class and dorm charts, from one
 * networkCoverage query. Side by side (`nested`) the table has its narrower columns.
 */
export function LevelOverview({ level, nested = false, onShowLevel, gapsOnly = false }: LevelOverviewProps) {
  const { t } = useI18n();
  const { aggregateScope } = useAccess();
  const { data, error, loading, refetch } = useQuery(NETWORK_COVERAGE, { variables: { level }, fetchPolicy: 'cache-and-network' });
  // Only figures of the level asked for (another level's may linger while loading).
  const report = data?.networkCoverage.level === level ? data.networkCoverage : undefined;
  const levelName = t(`level.${level}`);
  const otherLevel: NetworkLevel = level === 'UNDERGRADUATE' ? 'GRADUATE' : 'UNDERGRADUATE';
  // The API narrows the report to the user's scope; say so, and do not call its sum "全校".
  const totalLabel = aggregateScope.all ? t('common.total') : t('common.totalInScope');
  const heading = nested ? 3 : 2;

  return (
    <div className="level-overview" data-testid={`overview-level-${level}`} data-level={level} aria-busy={loading && !report}>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!report} />}
      {!report && loading && <PageSpinner />}
      {report && report.colleges.length === 0 && (
        <Card className="section">
          {aggregateScope.all ? (
            <Empty description={t('overview.empty', { level: levelName })} />
          ) : (
            <Empty description={t('overview.emptyInScope', { level: levelName })}>
              {onShowLevel && (
                <Button type="primary" onClick={() => onShowLevel(otherLevel)} data-testid="overview-other-level">
                  {t('overview.showLevel', { level: t(`level.${otherLevel}`) })}
                </Button>
              )}
            </Empty>
          )}
        </Card>
      )}
      {report && report.colleges.length > 0 && (
        <>
          <CoverageKpis total={report.total} label={t('overview.kpisOf', { level: levelName })} />
          <CoverageTableCard
            rows={report.colleges}
            total={report.total}
            level={level}
            totalLabel={totalLabel}
            headingLevel={heading}
            compact={nested}
            gapsOnly={gapsOnly}
          />
          <CollegeCoverageCard kind="classes" level={level} rows={report.colleges} headingLevel={heading} gapsOnly={gapsOnly} />
          <CollegeCoverageCard kind="dorms" level={level} rows={report.colleges} headingLevel={heading} gapsOnly={gapsOnly} />
        </>
      )}
    </div>
  );
}
