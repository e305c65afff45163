import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Row, Segmented, Select, Space } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { ExportCsvButton } from '@/components/export-csv-button';
import { PageSpinner } from '@/components/page-spinner';
import { csvHeader, csvRows, useTableSort, ValueTable, type ValueColumn } from '@/components/value-table';
import type { FollowUpRowFieldsFragment, NetworkLevel } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { chartBars } from './follow-up-logic';
import { FollowUpStatusChart } from './follow-up-status-chart';
import { SCREENING_FOLLOW_UP } from './screening.operations';
import { useScreeningPeriod } from './use-screening-period';

type Row = FollowUpRowFieldsFragment;
const LEVELS: NetworkLevel[] = ['UNDERGRADUATE', 'GRADUATE'];

function useColumns(): ValueColumn<Row>[] {
  const { t } = useI18n();
  const n = (key: keyof Row & string, title: string): ValueColumn<Row> => ({
    key,
    title,
    numeric: true,
    value: (r) => (r.suppressed ? '—' : ((r[key] as number | null) ?? 0)),
    compare: (a, b) => ((a[key] as number | null) ?? -1) - ((b[key] as number | null) ?? -1),
  });
  return [
    { key: 'college', title: t('screening.college'), value: (r) => r.collegeName ?? t('common.total') },
    n('screened', t('screening.screened')),
    n('flagged', t('screening.flagged')),
    n('pending', t('screening.pending')),
    n('inProgress', t('screening.inProgress')),
    n('referred', t('screening.referred')),
    n('closed', t('screening.closed')),
    {
      ...n('overdue', t('screening.overdue')),
      render: (text, r) => ((r.overdue ?? 0) > 0 ? <strong className="screening-overdue">{text}</strong> : text),
    },
  ];
}

function LevelReport({ level, campaignId, semester }: { level: NetworkLevel; campaignId: string | null; semester: string | null }) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(SCREENING_FOLLOW_UP, {
    variables: { level, campaignId, semester: campaignId ? null : semester },
    fetchPolicy: 'cache-and-network',
  });
  const columns = useColumns();
  const report = data?.screeningFollowUp;
  const rows: Row[] = report?.colleges ?? [];
  const total: Row | null = report?.total ?? null;
  const sorted = useTableSort(columns, rows);
  const levelName = t(`level.${level}`);
  const screened = total?.screened ?? 0;
  return (
    <Card title={t('screening.tableTitle', { level: levelName })} data-testid={`screening-level-${level}`}>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !report && <PageSpinner />}
      {report && screened === 0 && <Empty description={t('screening.noResults')} data-testid={`screening-empty-${level}`} />}
      {report && screened > 0 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <FollowUpStatusChart bars={chartBars(rows)} title={t('screening.chartTitle', { level: levelName })} testId={`screening-chart-${level}`} />
          <div className="screening-table-head">
            <span className="muted">{t('screening.asOf', { time: formatDateTime(report.asOf, language) })}</span>
            <ExportCsvButton
              filename={`screening-follow-up-${level.toLowerCase()}.csv`}
              header={csvHeader(columns)}
              rows={() => csvRows(columns, total ? [...sorted.rows, total] : sorted.rows)}
              subject={t('screening.exportSubject', { level: levelName })}
              testId={`screening-export-${level}`}
            />
          </div>
          <ValueTable
            fit
            columns={columns}
            rows={sorted.rows}
            sort={sorted.sort}
            onSort={sorted.setSort}
            rowKey={(r) => r.collegeCode ?? 'total'}
            rowTestId={(r) => `screening-row-${level}-${r.collegeCode}`}
            summaryRow={total ?? undefined}
            summaryTestId={`screening-total-${level}`}
            testId={`screening-table-${level}`}
          />
          {report.suppressedRows > 0 && <p className="muted">{t('screening.withheld')}</p>}
        </Space>
      )}
    </Card>
  );
}

/** /screening: follow-up status per college, both levels side by side. */
export function ScreeningPage() {
  const { t } = useI18n();
  useDocumentTitle(t('screening.title'));
  const p = useScreeningPeriod();
  const noCampaign = !p.loading && p.campaigns.length === 0;
  return (
    <div data-testid="screening-page">
      <h1 className="page-title">{t('screening.title')}</h1>
      <Alert type="warning" showIcon title={t('screening.disclaimer')} className="screening-disclaimer" data-testid="screening-disclaimer" />
      <div className="screening-filters">
        <Select
          aria-label={t('screening.semester')}
          data-testid="screening-semester"
          value={p.semester ?? undefined}
          options={p.semesterOptions.map((s) => ({ value: s.code, label: s.name }))}
          onChange={p.setSemester}
          style={{ minWidth: 200 }}
        />
        <Segmented
          aria-label={t('screening.by')}
          value={p.mode}
          onChange={(v) => p.setMode(v as 'campaign' | 'semester')}
          options={[
            { value: 'campaign', label: t('screening.byCampaign') },
            { value: 'semester', label: t('screening.bySemester') },
          ]}
        />
        {p.mode === 'campaign' && p.campaigns.length > 0 && (
          <Select
            aria-label={t('screening.campaign')}
            data-testid="screening-campaign"
            value={p.campaign?.id}
            options={p.campaigns.map((c) => ({ value: c.id, label: c.name }))}
            onChange={p.setCampaign}
            style={{ minWidth: 220 }}
          />
        )}
      </div>
      {p.error && <ErrorAlert error={p.error} />}
      {p.loading && <PageSpinner />}
      {noCampaign && <Empty description={t('screening.noCampaign')} data-testid="screening-no-campaign" />}
      {!p.loading && !noCampaign && (
        <Row gutter={[16, 16]}>
          {LEVELS.map((level) => (
            <Col key={level} xs={24} xl={12}>
              <LevelReport level={level} campaignId={p.mode === 'campaign' ? (p.campaign?.id ?? null) : null} semester={p.semester} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
