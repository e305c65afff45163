import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, type TableColumnsType, Tag } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import type { ApiScope } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { API_TOKENS, type ApiToken } from './api-tokens.query';
import type { CreatedApiToken } from './create-api-token.mutation';
import { REVOKE_API_TOKEN } from './revoke-api-token.mutation';
import { useCollegeOptions } from '@/lib/use-college-options';
import { CreatedToken } from './created-token';
import { CreateTokenForm } from './create-token-form';
import { tokenStatus } from './token-status';

const PAGE_SIZE = 50;
const STATUS_TONE = { active: 'success', revoked: 'neutral', expired: 'warning' } as const;

/** API 令牌: tokens for other tools (the survey and course platforms), created and revoked by the school administrator. */
export function TokensPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  useDocumentTitle(t('tokens.title'));
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [page, setPage] = useState(1);
  const { data, error, loading, refetch } = useQuery(API_TOKENS, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(REVOKE_API_TOKEN, { refetchQueries: ['ApiTokens'], awaitRefetchQueries: true });
  const colleges = useCollegeOptions();
  const when = (iso: string | null, empty: string) => (iso ? formatDateTime(iso, language) : empty);

  const onRevoke = async (token: ApiToken) => {
    try {
      await revoke({ variables: { id: token.id } });
      message.success(t('tokens.revoked', { name: token.name }));
    } catch (e) {
      const d = describeError(e);
      message.error(`${t(d.titleKey)}: ${d.messages.join('; ')}`);
    }
  };

  const columns: TableColumnsType<ApiToken> = [
    { title: t('tokens.col.name'), dataIndex: 'name' },
    { title: t('tokens.col.prefix'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
    {
      title: t('tokens.col.scopes'),
      dataIndex: 'scopes',
      render: (scopes: ApiScope[]) => scopes.map((s) => <Tag key={s}>{t(`scope.api.${s}`)}</Tag>),
    },
    {
      title: t('tokens.col.college'),
      dataIndex: 'collegeCode',
      render: (c: string | null) => (c ? colleges.label(c) : t('tokens.allColleges')),
    },
    { title: t('tokens.col.created'), dataIndex: 'createdAt', render: (v: string) => when(v, '') },
    { title: t('tokens.col.expires'), dataIndex: 'expiresAt', render: (v: string | null) => when(v, t('tokens.never')) },
    { title: t('tokens.col.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => when(v, t('tokens.neverUsed')) },
    {
      title: t('tokens.col.status'),
      key: 'status',
      render: (_: unknown, tok) => {
        const s = tokenStatus(tok);
        return (
          <StatusTag tone={STATUS_TONE[s]} testId={`token-status-${tok.id}`}>
            {s === 'revoked' && tok.revokedAt ? t('tokens.status.revokedAt', { time: when(tok.revokedAt, '') }) : t(`tokens.status.${s}`)}
          </StatusTag>
        );
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, tok) =>
        tok.revokedAt ? null : (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: tok.name })}
            description={t('tokens.revokeConfirmHint')}
            okText={t('tokens.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'revoke-confirm' }}
            onConfirm={() => onRevoke(tok)}
          >
            <Button size="small" danger aria-label={t('tokens.revokeLabel', { name: tok.name })} data-testid={`revoke-${tok.id}`}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  const tokens = data?.apiTokens ?? [];
  return (
    <>
      <h1 className="page-title">{t('tokens.title')}</h1>
      <p className="page-subtitle">{t('tokens.subtitle')}</p>
      {created && <CreatedToken created={created} onDone={() => setCreated(null)} />}
      <CreateTokenForm onCreated={setCreated} />
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!data} />}
      <Card title={<h2 className="card-heading">{t('tokens.listTitle', { n: tokens.length })}</h2>}>
        <ResponsiveTable<ApiToken>
          data-testid="tokens-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={tokens}
          loading={loading && !data}
          // Controlled, so the cards on phones page as the table does.
          pagination={tokens.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, current: page, onChange: setPage } : false}
          locale={{ emptyText: t('tokens.empty') }}
          onRow={(tok) => ({ 'data-testid': `token-row-${tok.name}` }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
