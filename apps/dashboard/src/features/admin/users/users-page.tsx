import { useQuery } from '@apollo/client/react';
import { Card, Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import type { Role, RoleGrant, User } from '@/lib/api-types';
import { useT } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { USERS } from '../api/users.query';
import { useCollegeOptions } from '../use-college-options';
import { CreateUserForm } from './create-user-form';

/** 账号管理: every account, and a form for a new one (SCHOOL_ADMIN). */
export function UsersPage() {
  const t = useT();
  useDocumentTitle(t('users.title'));
  const { data, error, loading } = useQuery(USERS, { fetchPolicy: 'cache-and-network' });
  const colleges = useCollegeOptions();
  const none = t('common.none');

  const columns: TableColumnsType<User> = [
    { title: t('users.col.username'), dataIndex: 'username' },
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
  ];

  const users = data?.users ?? [];
  return (
    <>
      <h1 className="page-title">{t('users.title')}</h1>
      <p className="page-subtitle">{t('users.subtitle')}</p>
      <CreateUserForm />
      {error && <ErrorAlert error={error} />}
      <Card title={<h2 className="card-heading">{t('users.listTitle', { n: users.length })}</h2>}>
        <Table<User>
          data-testid="users-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={users}
          loading={loading && !data}
          pagination={users.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          onRow={(u) => ({ 'data-testid': `user-row-${u.username}` }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
