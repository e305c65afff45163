import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Table } from 'antd';
import { lazy, Suspense } from 'react';
import { ChartTableView } from '@/components/chart-table-view';
import { ErrorAlert } from '@/components/error-alert';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageSpinner } from '@/components/page-spinner';
import { useAccess } from '@/lib/auth/access';
import { scopeText } from '@/lib/auth/scope-text';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { CoverageKpis } from './coverage-kpis';
import { CoverageTable, worstFirst } from './coverage-table';
import type { ClassCoveragePoint } from './coverage-chart';
import { type CoverageRow, NETWORK_COVERAGE } from './network-coverage.query';
import { useDocumentTitle } from '@/lib/use-document-title';

const CoverageChart = lazy(() => import('./coverage-chart'));

function toPoints(rows: CoverageRow[]): ClassCoveragePoint[] {
  return rows.map((r) => ({
    collegeCode: r.collegeCode ?? '',
    collegeName: r.collegeName ?? '',
    covered: r.classesCovered,
    uncovered: r.classes - r.classesCovered,
  }));
}

export function OverviewPage() {
  const { t } = useI18n();
  const [level, setLevel] = useLevel();
  const otherLevel = level === 'UNDERGRADUATE' ? 'GRADUATE' : 'UNDERGRADUATE';
  const { aggregateScope } = useAccess();
  // The API narrows the report to the user's scope; say so, and do not call its sum "全校".
  const totalLabel = aggregateScope.all ? t('common.total') : t('common.totalInScope');
  const { data, error, loading } = useQuery(NETWORK_COVERAGE, { variables: { level }, fetchPolicy: 'cache-and-network' });
  const report = data?.networkCoverage;
  const rows = report ? worstFirst(report.colleges) : [];
  const points = report ? toPoints(report.colleges) : [];
  const levelName = t(`level.${level}`);
  useDocumentTitle(`${t('overview.title')} · ${levelName}`);

  const csvHeader = [
    t('overview.col.code'),
    t('overview.col.name'),
    t('overview.col.classes'),
    t('overview.col.classCoverage'),
    t('overview.col.dorms'),
    t('overview.col.dormCoverage'),
    t('overview.col.workingGroup'),
    t('overview.col.workstation'),
    t('overview.col.committeeMembers'),
    t('overview.col.dormOfficers'),
  ];
  const csvRow = (r: CoverageRow) => [
    r.collegeCode ?? totalLabel,
    r.collegeName ?? '',
    `${r.classesCovered}/${r.classes}`,
    r.classCoverage.toFixed(3),
    `${r.dormitoriesCovered}/${r.dormitories}`,
    r.dormCoverage.toFixed(3),
    r.collegesWithCompleteWorkingGroup,
    r.collegesWithWorkstation,
    r.committeeMembers,
    r.dormOfficers,
  ];

  return (
    <>
      <h1 className="page-title">{t('overview.title')}</h1>
      <p className="page-subtitle">{t('overview.subtitle', { level: levelName })}</p>
      {!aggregateScope.all && (
        <p className="hint" data-testid="overview-scope">
          {t('overview.scoped', { scope: scopeText(aggregateScope, t) })}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {!report && loading && <PageSpinner />}
      {report && report.colleges.length === 0 && (
        <Card>
          {aggregateScope.all ? (
            <Empty description={t('overview.empty')} />
          ) : (
            // A counselor of graduate classes lands on the undergraduate level: offer the other one.
            <Empty description={t('overview.emptyInScope', { level: levelName })}>
              <Button type="primary" onClick={() => setLevel(otherLevel)} data-testid="overview-other-level">
                {t('overview.showLevel', { level: t(`level.${otherLevel}`) })}
              </Button>
            </Empty>
          )}
        </Card>
      )}
      {report && report.colleges.length > 0 && (
        <>
          <CoverageKpis total={report.total} />
          <Card
            className="section"
            title={<h2 className="card-heading">{t('overview.collegesTitle')}</h2>}
            extra={
              <ExportCsvButton
                testId="export-colleges"
                filename={`coverage-${level.toLowerCase()}.csv`}
                header={csvHeader}
                rows={() => [...rows.map(csvRow), csvRow(report.total)]}
              />
            }
          >
            <p className="hint">{t('overview.collegesHint')}</p>
            <CoverageTable rows={rows} total={report.total} level={level} totalLabel={totalLabel} />
          </Card>
          <ChartTableView
            testId="class-coverage-chart"
            title={t('overview.chartTitle')}
            chart={
              <Suspense fallback={<PageSpinner />}>
                <CoverageChart data={points} />
              </Suspense>
            }
            table={
              <Table<ClassCoveragePoint>
                size="small"
                rowKey="collegeCode"
                pagination={false}
                dataSource={points}
                columns={[
                  { title: t('overview.col.code'), dataIndex: 'collegeCode' },
                  { title: t('overview.col.name'), dataIndex: 'collegeName' },
                  { title: t('overview.chartCovered'), dataIndex: 'covered', className: 'num' },
                  { title: t('overview.chartUncovered'), dataIndex: 'uncovered', className: 'num' },
                ]}
              />
            }
            extra={
              <ExportCsvButton
                filename={`class-coverage-${level.toLowerCase()}.csv`}
                header={[t('overview.col.code'), t('overview.col.name'), t('overview.chartCovered'), t('overview.chartUncovered')]}
                rows={() => points.map((p) => [p.collegeCode, p.collegeName, p.covered, p.uncovered])}
              />
            }
          />
        </>
      )}
    </>
  );
}
