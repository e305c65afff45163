import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { DateInput } from '@/components/date-input';
import { MutationModal } from '@/components/mutation-modal';
import { notInFutureRule } from '@/lib/date-rules';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import type { TrainingSession } from './api/training.query';
import { SET_TRAINING_SESSION_HELD } from './api/training.mutation';
import { defaultHeldOn } from './session-form';
import { TRAINING_REFETCH } from './session-form-modal';

/** 标记为已举办: the date it was held (not after today); from then on its attendance counts. */
export function HeldModal({ session, onClose }: { session: TrainingSession; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ heldOn: string }>();
  const [setHeld] = useMutation(SET_TRAINING_SESSION_HELD, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const today = todayIso();
  return (
    <MutationModal<{ heldOn: string }>
      title={t('training.held.title', { title: session.title })}
      testId="held-modal"
      name="held-form"
      okText={t('training.held.ok')}
      form={form}
      initialValues={{ heldOn: defaultHeldOn(session.plannedOn, today) }}
      onClose={onClose}
      onSubmit={async ({ heldOn }) => {
        await setHeld({ variables: { id: session.id, version: session.version, held: true, heldOn } });
        message.success(t('training.held.done', { title: session.title }));
      }}
    >
      <p className="hint">{t('training.held.hint')}</p>
      <Form.Item name="heldOn" label={t('training.session.heldOn')} rules={[{ required: true, message: t('training.session.heldOnRequired') }, notInFutureRule(t)]}>
        <DateInput max={today} data-testid="held-on" allowClear={false} />
      </Form.Item>
    </MutationModal>
  );
}
