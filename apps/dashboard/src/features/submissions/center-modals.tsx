import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { DateInput } from '@/components/date-input';
import { MutationModal } from '@/components/mutation-modal';
import type { SubmissionKind } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import { ACCEPT_SUBMISSION, RECORD_PAPER_RECEIPT, RETURN_SUBMISSION, SET_SUBMISSION_DEADLINE } from './api';
import { type Sub, submissionName } from './names';
import { todayIso } from '@/lib/i18n/format';
import { type CenterAction, requirementKey } from './status';

/** The Center's step on one submission: paper receipt (with its date), acceptance, or return with a reason. */
export function CenterActionModal({ action, sub, onClose }: { action: CenterAction; sub: Sub; onClose: () => void }) {
  const t = useT();
  const [paperForm] = Form.useForm<{ receivedOn: string }>();
  const [acceptForm] = Form.useForm<object>();
  const [returnForm] = Form.useForm<{ reason: string }>();
  const [paper] = useMutation(RECORD_PAPER_RECEIPT);
  const [accept] = useMutation(ACCEPT_SUBMISSION);
  const [ret] = useMutation(RETURN_SUBMISSION);
  const name = submissionName(t, sub);
  const base = { id: sub.id, revision: sub.revision };

  if (action === 'paper')
    return (
      <MutationModal<{ receivedOn: string }>
        title={t('submissions.paperTitle', { name })}
        testId="paper-modal"
        okText={t('submissions.paper')}
        form={paperForm}
        name="paper"
        initialValues={{ receivedOn: todayIso() }}
        onClose={onClose}
        onSubmit={async (v) => {
          await paper({ variables: { ...base, receivedOn: v.receivedOn } });
        }}
      >
        <Form.Item name="receivedOn" label={t('submissions.receivedOn')} rules={[{ required: true, message: t('submissions.receivedOnRequired') }]}>
          <DateInput max={todayIso()} data-testid="paper-date" />
        </Form.Item>
      </MutationModal>
    );
  if (action === 'accept')
    return (
      <MutationModal<object>
        title={t('submissions.acceptTitle', { name })}
        testId="accept-modal"
        okText={t('submissions.accept')}
        form={acceptForm}
        name="accept"
        onClose={onClose}
        onSubmit={async () => {
          await accept({ variables: base });
        }}
      >
        <p>{t('submissions.acceptText')}</p>
      </MutationModal>
    );
  return (
    <MutationModal<{ reason: string }>
      title={t('submissions.returnTitle', { name })}
      testId="return-modal"
      okText={t('submissions.return')}
      okDanger
      form={returnForm}
      name="return"
      onClose={onClose}
      onSubmit={async (v) => {
        await ret({ variables: { ...base, reason: v.reason.trim() } });
      }}
    >
      <Form.Item name="reason" label={t('submissions.reason')} rules={[{ required: true, whitespace: true, message: t('submissions.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} data-testid="return-reason" />
      </Form.Item>
    </MutationModal>
  );
}

/** The school administration sets a kind's due date for every college. */
export function DeadlineModal({ kind, semester, current, onClose }: { kind: SubmissionKind; semester: string; current?: string; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ dueOn: string }>();
  const [set] = useMutation(SET_SUBMISSION_DEADLINE);
  return (
    <MutationModal<{ dueOn: string }>
      title={t('submissions.deadlineTitle', { kind: t(requirementKey(kind)) })}
      testId="deadline-modal"
      okText={t('common.save')}
      form={form}
      name="deadline"
      initialValues={current ? { dueOn: current } : undefined}
      onClose={onClose}
      onSubmit={async (v) => {
        await set({ variables: { semester, kind, dueOn: v.dueOn } });
      }}
    >
      <Form.Item name="dueOn" label={t('submissions.dueDate')} rules={[{ required: true, message: t('submissions.dueDateRequired') }]}>
        <DateInput data-testid="deadline-date" />
      </Form.Item>
    </MutationModal>
  );
}
