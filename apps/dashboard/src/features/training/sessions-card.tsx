import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { HTMLAttributes } from 'react';
import { ResponsiveTable, useNarrow } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import type { NetworkLevel } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import type { TrainingSession } from './api/training.query';
import { DELETE_TRAINING_SESSION, SET_TRAINING_SESSION_HELD } from './api/training.mutation';
import { forTraineesOf } from './missing';
import { sessionDate, sessionsByDate } from './session-form';
import { errorText } from './error-text';
import { TRAINING_REFETCH } from './session-form-modal';

export type SessionAction = 'edit' | 'held' | 'attendance' | 'attendees';

export interface SessionsCardProps {
  sessions: readonly TrainingSession[];
  level: NetworkLevel;
  canWrite: boolean;
  onAdd: () => void;
  onAction: (action: SessionAction, session: TrainingSession) => void;
}

/**
 * 培训计划: the college's sessions of the semester (both levels, and the working group's own
 * study), by date, with what a writer can do to each.
 */
export function SessionsCard({ sessions, level, canWrite, onAdd, onAction }: SessionsCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const [setHeld] = useMutation(SET_TRAINING_SESSION_HELD, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const [remove] = useMutation(DELETE_TRAINING_SESSION, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const rows = sessionsByDate(sessions);
  const narrow = useNarrow();

  const guard = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const status = (s: TrainingSession) =>
    s.held ? (
      <StatusTag tone="success" testId={`session-status-${s.code}`}>
        {t('training.status.HELD')}
      </StatusTag>
    ) : (
      <StatusTag tone="neutral" testId={`session-status-${s.code}`}>
        {t('training.status.PLANNED')}
      </StatusTag>
    );

  return (
    <Card
      className="section"
      data-testid="sessions-card"
      title={<h2 className="card-heading">{t('training.sessions.title')}</h2>}
      extra={
        canWrite ? (
          <Button type="primary" size="small" onClick={onAdd} data-testid="session-add">
            {t('training.session.add')}
          </Button>
        ) : undefined
      }
    >
      <p className="hint">{t('training.sessions.hint', { level: t(`level.${level}`) })}</p>
      <ResponsiveTable<TrainingSession>
        size="small"
        data-testid="sessions-table"
        rowKey="id"
        // Fit the card: cells wrap (the actions onto two lines) rather than the table scrolling sideways.
        scroll={undefined}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('training.sessions.empty') }}
        onRow={(s) => ({ 'data-testid': `session-row-${s.code}` }) as HTMLAttributes<HTMLElement>}
        cardTitle={(s) => (
          <>
            {s.title} <span className="muted">{s.code}</span>
          </>
        )}
        columns={[
          {
            key: 'title',
            title: t('training.sessions.titleAndCode'),
            render: (_: unknown, s: TrainingSession) => (
              <>
                {s.title}
                {!narrow && <div className="muted session-code">{s.code}</div>}
                {!forTraineesOf(s, level) && (
                  <Tag className="session-note" data-testid={`session-not-counted-${s.code}`}>
                    {s.audiences.every((a) => a === 'WORKING_GROUP') ? t('training.sessions.workingGroupOnly') : t('training.sessions.otherLevel')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'date',
            title: t('training.session.date'),
            render: (_: unknown, s: TrainingSession) => sessionDate(s) ?? t('common.none'),
          },
          { key: 'levels', title: t('training.session.levels'), render: (_: unknown, s: TrainingSession) => s.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) },
          {
            key: 'audiences',
            title: t('training.session.audiences'),
            render: (_: unknown, s: TrainingSession) => s.audiences.map((a) => t(`training.audienceShort.${a}`)).join(t('common.listSeparator')),
          },
          { key: 'form', title: t('training.session.form'), render: (_: unknown, s: TrainingSession) => t(`training.form.${s.form}`) },
          { key: 'speaker', title: t('training.session.speaker'), render: (_: unknown, s: TrainingSession) => s.speaker ?? t('common.none') },
          { key: 'place', title: t('training.session.place'), render: (_: unknown, s: TrainingSession) => s.place ?? t('common.none') },
          { key: 'status', title: t('training.session.status'), render: (_: unknown, s: TrainingSession) => status(s) },
          {
            key: 'attendance',
            title: t('training.session.attendance'),
            className: 'num',
            render: (_: unknown, s: TrainingSession) => (
              <Button
                type="link"
                size="small"
                className="inline-link"
                onClick={() => onAction('attendees', s)}
                data-testid={`session-attendees-${s.code}`}
                aria-label={t('training.sessions.viewAttendees', { title: s.title, n: s.attendanceCount })}
              >
                {s.attendanceCount}
              </Button>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 200,
                  render: (_: unknown, s: TrainingSession) => (
                    <Space size={4} wrap>
                      <Button size="small" onClick={() => onAction('attendance', s)} data-testid={`session-record-${s.code}`}>
                        {t('training.sessions.record')}
                      </Button>
                      {s.held ? (
                        <Popconfirm
                          title={t('training.sessions.unheldConfirm', { title: s.title })}
                          okText={t('training.sessions.unheld')}
                          cancelText={t('common.cancel')}
                          onConfirm={() =>
                            guard(
                              () => setHeld({ variables: { id: s.id, version: s.version, held: false, heldOn: null } }),
                              t('training.sessions.unheldDone', { title: s.title }),
                            )
                          }
                        >
                          <Button size="small" data-testid={`session-unheld-${s.code}`}>
                            {t('training.sessions.unheld')}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button size="small" onClick={() => onAction('held', s)} data-testid={`session-held-${s.code}`}>
                          {t('training.sessions.markHeld')}
                        </Button>
                      )}
                      <Button size="small" onClick={() => onAction('edit', s)} data-testid={`session-edit-${s.code}`}>
                        {t('common.edit')}
                      </Button>
                      {s.attendanceCount > 0 ? (
                        <Tooltip title={t('training.sessions.deleteBlocked')}>
                          <Button size="small" danger disabled data-testid={`session-delete-${s.code}`}>
                            {t('training.sessions.delete')}
                          </Button>
                        </Tooltip>
                      ) : (
                        <Popconfirm
                          title={t('training.sessions.deleteConfirm', { title: s.title })}
                          okText={t('training.sessions.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common.cancel')}
                          onConfirm={() => guard(() => remove({ variables: { id: s.id } }), t('training.sessions.deleted', { title: s.title }))}
                        >
                          <Button size="small" danger data-testid={`session-delete-${s.code}`}>
                            {t('training.sessions.delete')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
