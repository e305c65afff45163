import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import type { FollowUpFieldsFragment, FollowUpStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useI18n } from '@/lib/i18n/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { canReadAnswers, canWorkFollowUps } from './access';
import { FollowUpDrawer, StatusTagFor } from './follow-up-drawer';
import { FOLLOW_UP_STATUS_ORDER, rowTone } from './follow-up-logic';
import { FOLLOW_UPS, SCREENING_CAMPAIGNS } from './screening.operations';

type F = FollowUpFieldsFragment;

/** /follow-ups: the follow-ups in the caller's scope, in the server's order (open, overdue, urgent first). */
export function FollowUpsPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('followUps.title'));
  const access = useAccess();
  const canWork = canWorkFollowUps(access);
  const answers = canReadAnswers(access);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [status, setStatus] = useState<FollowUpStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  // An alert links here with ?urgent=1#follow-up-<id>: urgent ones listed, that follow-up opened.
  const location = useLocation();
  const [urgentOnly, setUrgentOnly] = useState(() => new URLSearchParams(location.search).get('urgent') === '1');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<string | null>(() => /^#follow-up-(.+)$/.exec(location.hash)?.[1] ?? null);
  const campaigns = useQuery(SCREENING_CAMPAIGNS, { variables: { semester: null } });
  const { data, loading, error, refetch } = useQuery(FOLLOW_UPS, {
    variables: {
      filter: { campaignId, status, overdueOnly: overdueOnly || null, urgentOnly: urgentOnly || null },
      first: pageSize,
      offset: (page - 1) * pageSize,
    },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.followUps.items ?? [];
  const open = items.find((f) => f.id === openId) ?? null;
  const filtersChanged = () => setPage(1);
  const classesLink = access.rosterScope.classCodes.length > 0 || access.rosterScope.collegeCodes.length > 0;
  return (
    <div data-testid="follow-ups-page">
      <div className="page-head">
        <h1 className="page-title">{t('followUps.title')}</h1>
        {classesLink && (
          <Link to="/" data-testid="follow-ups-my-classes">
            {t('followUps.myClasses')}
          </Link>
        )}
      </div>
      <Alert type="warning" showIcon title={t('screening.disclaimer')} className="screening-disclaimer" data-testid="screening-disclaimer" />
      <div className="screening-filters">
        <Select
          aria-label={t('screening.campaign')}
          data-testid="follow-ups-campaign"
          value={campaignId ?? ''}
          style={{ minWidth: 200 }}
          onChange={(v) => {
            setCampaignId(v === '' ? null : v);
            filtersChanged();
          }}
          options={[{ value: '', label: t('followUps.allCampaigns') }, ...(campaigns.data?.screeningCampaigns ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Select
          aria-label={t('followUps.status')}
          data-testid="follow-ups-status"
          value={status ?? ''}
          style={{ minWidth: 140 }}
          onChange={(v) => {
            setStatus(v === '' ? null : (v as FollowUpStatus));
            filtersChanged();
          }}
          options={[{ value: '', label: t('followUps.allStatuses') }, ...FOLLOW_UP_STATUS_ORDER.map((s) => ({ value: s, label: t(`followUpStatus.${s}`) }))]}
        />
        <Checkbox
          checked={overdueOnly}
          data-testid="follow-ups-overdue-only"
          onChange={(e) => {
            setOverdueOnly(e.target.checked);
            filtersChanged();
          }}
        >
          {t('followUps.overdueOnly')}
        </Checkbox>
        <Checkbox
          checked={urgentOnly}
          data-testid="follow-ups-urgent-only"
          onChange={(e) => {
            setUrgentOnly(e.target.checked);
            filtersChanged();
          }}
        >
          {t('followUps.urgentOnly')}
        </Checkbox>
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<F>
        data-testid="follow-ups-table"
        rowKey="id"
        loading={loading && !data}
        dataSource={items}
        locale={{ emptyText: t('followUps.empty') }}
        rowClassName={(f) => {
          const tone = rowTone(f);
          return tone ? `follow-up-row-${tone}` : '';
        }}
        onRow={(f) => ({ 'data-testid': `follow-up-row-${f.studentNo}`, onClick: () => setOpenId(f.id) }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          total: data?.followUps.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          {
            key: 'student',
            title: t('followUps.student'),
            render: (_, f) => (
              <span>
                <strong>{f.studentName}</strong> <span className="muted">{f.studentNo}</span>
              </span>
            ),
          },
          { key: 'class', title: t('followUps.class'), dataIndex: 'classCode' },
          { key: 'instrument', title: t('followUps.instrument'), render: (_, f) => f.instrument },
          {
            key: 'tier',
            title: t('followUps.tier'),
            render: (_, f) => (
              <>
                {f.tier ? t('followUps.tierValue', { tier: f.tier }) : '—'}
                {f.urgent && (
                  <Tag color="volcano" className="follow-up-urgent" data-testid="follow-up-urgent">
                    {t('followUps.urgent')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'due',
            title: t('followUps.dueAt'),
            render: (_, f) => (
              <span className={f.overdue ? 'screening-overdue' : undefined}>
                {formatDateTime(f.dueAt, language)}
                {f.overdue && (
                  <Tag color="red" data-testid="follow-up-overdue">
                    {t('screening.overdue')}
                  </Tag>
                )}
              </span>
            ),
          },
          { key: 'status', title: t('followUps.status'), render: (_, f) => <StatusTagFor status={f.status} /> },
          {
            key: 'open',
            title: '',
            render: (_, f) => (
              <a
                href={`#follow-up-${f.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  e.stopPropagation();
                  setOpenId(f.id);
                }}
                data-testid={`follow-up-open-${f.studentNo}`}
              >
                {t('followUps.details')}
              </a>
            ),
          },
        ]}
      />
      {open && <FollowUpDrawer followUp={open} canWork={canWork} canReadAnswers={answers} onClose={() => setOpenId(null)} />}
    </div>
  );
}
