import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { ResponsiveTable } from '@/components/responsive-table';
import type { NetworkLevel, Position } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';
import type { WorkingGroupMember } from '../api/college-roster.query';
import { REMOVE_WORKING_GROUP_MEMBER } from '../api/remove-working-group-member.mutation';
import { type MemberSortKey, memberSort, sortRows } from '../roster-table';
import { useRosterTable } from '../use-roster-table';
import { WorkingGroupModal } from './working-group-modal';

export interface WorkingGroupCardProps {
  collegeCode: string;
  level: NetworkLevel;
  members: WorkingGroupMember[];
  missing: Position[];
  /** Add, edit and remove controls (the server refuses them to anyone else anyway). */
  canWrite: boolean;
}

export function WorkingGroupCard({ collegeCode, level, members, missing, canWrite }: WorkingGroupCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<WorkingGroupMember | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_WORKING_GROUP_MEMBER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const table = useRosterTable<WorkingGroupMember, MemberSortKey>();

  const onRemove = async (m: WorkingGroupMember) => {
    try {
      await remove({ variables: { id: m.id } });
    } catch (e) {
      const d = describeError(e);
      message.error(`${t(d.titleKey)}: ${d.messages.join('; ')}`);
    }
  };

  const columns: TableColumnsType<WorkingGroupMember> = [
    { title: t('wg.col.position'), dataIndex: 'position', ...table.sortable('position'), render: (p: Position) => t(`position.${p}`) },
    { title: t('wg.col.staff'), ...table.sortable('name'), render: (_: unknown, m) => m.staff.name },
    { title: t('wg.col.staffNo'), ...table.sortable('staffNo'), render: (_: unknown, m) => m.staff.staffNo },
    {
      title: t('wg.col.levels'),
      dataIndex: 'levels',
      ...table.sortable('levels'),
      render: (levels: NetworkLevel[]) => (
        <>
          {levels.map((l) => (
            <Tag key={l}>{t(`level.${l}`)}</Tag>
          ))}
          {!levels.includes(level) && <span className="muted">{t('wg.notServingLevel')}</span>}
        </>
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, m) => (
        <Space size="small">
          <Button size="small" aria-label={t('wg.editLabel', { name: m.staff.name })} onClick={() => setEditing(m)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('wg.removeConfirm', { name: m.staff.name })}
            okText={t('common.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(m)}
          >
            <Button size="small" danger aria-label={t('wg.removeLabel', { name: m.staff.name })}>
              {t('common.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const sep = t('common.listSeparator');
  // Leaders first, in the notice's order, then counselors and others, unless sorted otherwise.
  const sorted = sortRows(members, table.sort ?? { key: 'position', order: 'ascend' }, memberSort(level));
  return (
    <Card
      className="section roster-table-card"
      data-testid="working-group"
      title={<h2 className="card-heading">{t('wg.title')}</h2>}
      extra={
        canWrite && (
          <Button type="primary" size="small" onClick={() => setEditing('new')} data-testid="wg-add">
            {t('wg.add')}
          </Button>
        )
      }
    >
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="card-alert"
          data-testid="wg-missing"
          title={t('wg.missing', { positions: missing.map((p) => t(`position.${p}`)).join(sep) })}
        />
      ) : (
        <Alert type="success" showIcon className="card-alert" data-testid="wg-complete" title={t('wg.complete')} />
      )}
      <ResponsiveTable<WorkingGroupMember>
        data-testid="working-group-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={sorted}
        onChange={table.onChange}
        pagination={table.pagination(sorted.length)}
        cardTitle={(m) => `${t(`position.${m.position}`)} · ${m.staff.name}`}
        locale={{ emptyText: t('wg.empty') }}
      />
      {editing && (
        <WorkingGroupModal
          collegeCode={collegeCode}
          level={level}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
