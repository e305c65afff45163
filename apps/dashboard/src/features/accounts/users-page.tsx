import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Space, type TableColumnsType, Tag } from 'antd';
import { type HTMLAttributes, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import type { Role } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { type AdminUser as User, type RoleGrant, USERS } from './users.query';
import { DEFAULT_PAGE_SIZE, nextPage, PAGE_SIZES, pageInRange, type UsersPage, usersVariables } from './users-list';
import { useCollegeOptions } from '@/lib/use-college-options';
import { ActivationCodesButton } from './activation-codes-modal';
import { CreateUserForm } from './create-user-form';
import { EditGrantsModal } from './edit-grants-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { SetActiveModal } from './set-active-modal';

type Dialog = { kind: 'grants' | 'active' | 'password'; user: User };

/** 账号管理: every account with its status and actions, and a form for a new one (SCHOOL_ADMIN). */
export function UsersPage() {
  const t = useT();
  useDocumentTitle(t('users.title'));
  const me = useAccess().user;
  // Search and paging happen on the server: only one page of accounts is ever loaded.
  const [search, setSearch] = useState('');
  const [page, setPage] = useState<UsersPage>({ current: 1, size: DEFAULT_PAGE_SIZE });
  const { data, previousData, error, loading, refetch } = useQuery(USERS, {
    variables: usersVariables(search, page),
    fetchPolicy: 'cache-and-network',
  });
  // The previous page stays on screen while the next one loads (no flash of an empty table).
  const shown = data ?? previousData;
  const total = shown?.userCount ?? 0;
  useEffect(() => {
    const fix = data ? pageInRange(page, data.userCount) : null;
    if (fix) setPage(fix);
  }, [data, page]);
  const colleges = useCollegeOptions();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The dialogs unmount on close (antd then gives focus back to nobody): once one is gone, focus
  // goes back to the row button that opened it.
  const opener = useRef<HTMLElement | null>(null);
  const open = (d: Dialog) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialog(d);
  };
  const close = () => setDialog(null);
  useEffect(() => {
    const back = opener.current;
    if (dialog || !back) return;
    opener.current = null;
    if (back.isConnected) back.focus({ preventScroll: true });
  }, [dialog]);
  const none = t('common.none');

  const columns: TableColumnsType<User> = [
    {
      title: t('users.col.username'),
      dataIndex: 'username',
      render: (v: string, u) => (
        <>
          {v}
          {u.id === me.id && <span className="muted"> {t('users.you')}</span>}
        </>
      ),
    },
    { title: t('users.col.displayName'), dataIndex: 'displayName', render: (v: string | null) => v ?? none },
    {
      title: t('users.col.person'),
      key: 'person',
      render: (_: unknown, u) =>
        [u.staffNo && t('users.staffNoValue', { no: u.staffNo }), u.studentNo && t('users.studentNoValue', { no: u.studentNo })]
          .filter(Boolean)
          .join(t('common.listSeparator')) || none,
    },
    {
      title: t('users.col.roles'),
      dataIndex: 'roles',
      render: (roles: Role[]) => (roles.length ? roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) : <span className="muted">{t('role.none')}</span>),
    },
    {
      title: t('users.col.grants'),
      dataIndex: 'grants',
      render: (grants: RoleGrant[]) =>
        grants.length ? (
          <ul className="person-list">
            {grants.map((g) => (
              <li key={`${g.role}-${g.collegeCode ?? ''}`}>
                {t(`role.${g.role}`)}
                {g.collegeCode && <span className="muted"> · {colleges.label(g.collegeCode)}</span>}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
    },
    {
      title: t('users.col.status'),
      dataIndex: 'active',
      render: (active: boolean, u) => (
        <StatusTag tone={active ? 'success' : 'neutral'} testId={`user-status-${u.username}`}>
          {t(active ? 'users.status.active' : 'users.status.inactive')}
        </StatusTag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, u) => {
        const label = (key: 'users.editGrants' | 'users.deactivate' | 'users.activate' | 'users.resetPassword') =>
          t('users.actionLabel', { action: t(key), username: u.username });
        const toggle = u.active ? 'users.deactivate' : 'users.activate';
        return (
          <Space size="small" wrap>
            <Button size="small" onClick={() => open({ kind: 'grants', user: u })} aria-label={label('users.editGrants')} data-testid={`edit-grants-${u.username}`}>
              {t('users.editGrants')}
            </Button>
            <Button
              size="small"
              danger={u.active}
              onClick={() => open({ kind: 'active', user: u })}
              aria-label={label(toggle)}
              data-testid={`toggle-active-${u.username}`}
            >
              {t(toggle)}
            </Button>
            <Button size="small" onClick={() => open({ kind: 'password', user: u })} aria-label={label('users.resetPassword')} data-testid={`reset-password-${u.username}`}>
              {t('users.resetPassword')}
            </Button>
          </Space>
        );
      },
    },
  ];

  const users = shown?.users ?? [];
  const isSelf = dialog?.user.id === me.id;
  return (
    <>
      <h1 className="page-title">{t('users.title')}</h1>
      <p className="page-subtitle">{t('users.subtitle')}</p>
      <CreateUserForm />
      {/* Accounts for a college's committee members and dorm officers, with one-time activation codes. */}
      <div className="bulk-actions">
        <ActivationCodesButton />
      </div>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!data} />}
      <Card
        title={
          <h2 className="card-heading" data-testid="users-total" aria-live="polite">
            {search.trim() ? t('users.matchTitle', { n: total, search: search.trim() }) : t('users.listTitle', { n: total })}
          </h2>
        }
      >
        <Input.Search
          className="users-search"
          allowClear
          enterButton={t('students.searchButton')}
          placeholder={t('users.searchPlaceholder')}
          aria-label={t('users.search')}
          data-testid="users-search"
          maxLength={100}
          onSearch={(v) => {
            setSearch(v);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <ResponsiveTable<User>
          data-testid="users-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={users}
          loading={loading}
          locale={{ emptyText: search.trim() ? t('users.noMatch') : t('users.none') }}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n, [a, b]) => t('users.range', { a, b, total: n }),
            onChange: (current, size) => setPage((p) => nextPage(p, current, size)),
          }}
          onRow={(u) => ({ 'data-testid': `user-row-${u.username}`, 'data-active': String(u.active) }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      {dialog?.kind === 'grants' && <EditGrantsModal user={dialog.user} isSelf={isSelf} onClose={close} />}
      {dialog?.kind === 'active' && <SetActiveModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} isSelf={isSelf} onClose={close} />}
    </>
  );
}
