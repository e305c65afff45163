import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Card, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { downloadCsvText } from '@/components/csv-export';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import { describeError, errorText } from '@/lib/graphql-errors';
import { formatDateTime, formatNumber, todayIso } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AUDIT_EVENTS_CSV } from './audit-events-csv.query';
import { AUDIT_EVENTS, type AuditEvent } from './audit-events.query';
import { AuditEventDrawer, useRoleText, useTargetText } from './audit-event-drawer';
import { type AuditFilterValues, toAuditFilter } from './audit-filter';
import { AuditFilters } from './audit-filters';
import { useAuditActions } from './use-audit-actions';

const PAGE_SIZES = [20, 50, 100, 200];

/** 审计日志: the append-only record of changes and sensitive reads (SCHOOL_ADMIN, CENTER_STAFF). */
export function AuditPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  useDocumentTitle(t('audit.title'));
  const [values, setValues] = useState<AuditFilterValues>({});
  const [page, setPage] = useState({ current: 1, size: 50 });
  const [exporting, setExporting] = useState(false);
  const [open, setOpen] = useState<AuditEvent | null>(null);
  const actions = useAuditActions();
  const roleText = useRoleText();
  const targetText = useTargetText();
  const filter = useMemo(() => toAuditFilter(values), [values]);
  const { data, error, loading, refetch } = useQuery(AUDIT_EVENTS, {
    variables: { filter, first: page.size, offset: (page.current - 1) * page.size },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.auditEvents;

  const applyFilter = (v: AuditFilterValues) => {
    setValues(v);
    setPage((p) => ({ ...p, current: 1 }));
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const res = await client.query({ query: AUDIT_EVENTS_CSV, variables: { filter }, fetchPolicy: 'network-only' });
      if (res.data) downloadCsvText(`audit-${todayIso()}.csv`, res.data.auditEventsCsv);
    } catch (e) {
      const d = describeError(e);
      message.error(errorText(d, t));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.col.at'), dataIndex: 'at', className: 'num', render: (v: string) => formatDateTime(v, language) },
    {
      title: t('audit.col.actor'),
      key: 'actor',
      render: (_: unknown, e) => (
        <>
          {e.actorName}
          {e.actorRoles && <div className="muted">{roleText(e.actorRoles)}</div>}
          {e.clientAddress && <div className="muted">{e.clientAddress}</div>}
        </>
      ),
    },
    {
      title: t('audit.col.action'),
      dataIndex: 'action',
      render: (a: string) => (
        <>
          {actions.actionName(a) ?? a}
          <div className="muted">
            <code>{a}</code>
          </div>
        </>
      ),
    },
    { title: t('audit.col.record'), key: 'record', render: (_: unknown, e) => targetText(e) },
    { title: t('audit.col.studentNo'), dataIndex: 'studentNo', render: (v: string | null) => v ?? t('common.none') },
    {
      title: t('audit.col.detail'),
      key: 'detail',
      render: (_: unknown, e) => (
        <Button
          size="small"
          onClick={() => setOpen(e)}
          aria-label={t('audit.openDetailOf', { action: actions.actionName(e.action) ?? e.action, at: formatDateTime(e.at, language) })}
          data-testid={`audit-open-${e.id}`}
        >
          {t('audit.openDetail')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <h1 className="page-title">{t('audit.title')}</h1>
      <p className="page-subtitle">{t('audit.subtitle')}</p>
      <Card size="small" className="section">
        <AuditFilters value={values} onChange={applyFilter} />
      </Card>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!data} />}
      <Card
        size="small"
        title={
          <h2 className="card-heading" data-testid="audit-total" aria-live="polite">
            {result ? t('audit.total', { n: formatNumber(result.totalCount, language) }) : t('app.loading')}
          </h2>
        }
        extra={
          <Button size="small" onClick={() => void exportCsv()} loading={exporting} data-testid="audit-export">
            {t('common.exportCsv')}
          </Button>
        }
      >
        <ResponsiveTable<AuditEvent>
          data-testid="audit-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={result?.items ?? []}
          loading={loading}
          // The payload opens in a drawer, so no column is wide; phones get one card per event.
          tableLayout="auto"
          locale={{ emptyText: t('audit.empty') }}
          onRow={(e) => ({ 'data-testid': `audit-row-${e.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: result?.totalCount ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total, [a, b]) => t('audit.range', { a, b, total }),
            onChange: (current, size) => setPage((p) => (size !== p.size ? { current: 1, size } : { current, size })),
          }}
        />
      </Card>
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}
