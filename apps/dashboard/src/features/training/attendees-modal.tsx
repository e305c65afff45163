import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Modal, Popconfirm } from 'antd';
import type { HTMLAttributes } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import { useT } from '@/lib/i18n/i18n';
import { SESSION_ATTENDEES, type TrainingSession } from './api/training.query';
import { REMOVE_ATTENDANCE } from './api/training.mutation';
import { errorText } from './error-text';
import { TRAINING_REFETCH } from './session-form-modal';

type Attendee = { studentNo: string; name: string; counts: boolean };

/** 签到名单: who is recorded, and whether each attendance counts (an active trainee of the college at a level of the session). */
export function AttendeesModal({ session, canWrite, onClose }: { session: TrainingSession; canWrite: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading } = useQuery(SESSION_ATTENDEES, { variables: { sessionId: session.id }, fetchPolicy: 'network-only' });
  const [remove] = useMutation(REMOVE_ATTENDANCE, { refetchQueries: [...TRAINING_REFETCH, 'SessionAttendees'], awaitRefetchQueries: true });
  const rows = data?.sessionAttendees ?? [];
  const counting = rows.filter((a) => a.counts).length;

  const removeOne = async (a: Attendee) => {
    try {
      await remove({ variables: { sessionId: session.id, studentNo: a.studentNo } });
      message.success(t('training.attendees.removed', { name: a.name }));
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  return (
    <Modal open title={t('training.attendees.title', { title: session.title })} onCancel={onClose} footer={null} width={640} data-testid="attendees-modal">
      {error && <ErrorAlert error={error} />}
      <p className="hint" data-testid="attendees-summary">
        {t('training.attendees.summary', { n: rows.length, counting })}
        {!session.held && ` ${t('training.attendees.notHeld')}`}
      </p>
      <ResponsiveTable<Attendee>
        size="small"
        data-testid="attendees-table"
        loading={loading}
        rowKey="studentNo"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('training.attendees.empty') }}
        onRow={(a) => ({ 'data-testid': `attendee-${a.studentNo}` }) as HTMLAttributes<HTMLElement>}
        cardTitle={(a) => t('common.nameNo', { name: a.name, no: a.studentNo })}
        columns={[
          { key: 'name', title: t('training.col.trainee'), render: (_: unknown, a: Attendee) => t('common.nameNo', { name: a.name, no: a.studentNo }) },
          {
            key: 'counts',
            title: t('training.attendees.counts'),
            render: (_: unknown, a: Attendee) =>
              a.counts ? (
                <StatusTag tone="success">{t('training.attendees.countsYes')}</StatusTag>
              ) : (
                <span title={t('training.attendees.countsNoHint')}>
                  <StatusTag tone="neutral">{t('training.attendees.countsNo')}</StatusTag>
                </span>
              ),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, a: Attendee) => (
                    <Popconfirm
                      title={t('training.attendees.removeConfirm', { name: a.name })}
                      okText={t('common.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => removeOne(a)}
                    >
                      <Button size="small" type="link" danger data-testid={`attendee-remove-${a.studentNo}`}>
                        {t('common.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <p className="hint">{t('training.attendees.countsNoHint')}</p>
    </Modal>
  );
}
