import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import type { NetworkLevel, Position } from '@/gql/graphql';
import { POSITIONS } from '@/lib/enums';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';
import type { WorkingGroupMember } from '../api/college-roster.query';
import { REMOVE_WORKING_GROUP_MEMBER } from '../api/remove-working-group-member.mutation';
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

  const onRemove = async (m: WorkingGroupMember) => {
    try {
      await remove({ variables: { id: m.id } });
    } catch (e) {
      const d = describeError(e);
      message.error(`${t(d.titleKey)}: ${d.messages.join('; ')}`);
    }
  };

  const columns: TableColumnsType<WorkingGroupMember> = [
    { title: t('wg.col.position'), dataIndex: 'position', render: (p: Position) => t(`position.${p}`) },
    { title: t('wg.col.staff'), key: 'name', render: (_: unknown, m) => m.staff.name },
    { title: t('wg.col.staffNo'), key: 'staffNo', render: (_: unknown, m) => m.staff.staffNo },
    {
      title: t('wg.col.levels'),
      dataIndex: 'levels',
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
  // Leaders first, in the notice's order, then counselors and others.
  const sorted = [...members].sort((a, b) => POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position));
  return (
    <Card
      className="section"
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
      <Table<WorkingGroupMember>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 'max-content' }}
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
