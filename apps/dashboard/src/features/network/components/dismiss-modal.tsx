import { App, Form, Input, Select } from 'antd';
import { END_REASONS, type EndReason } from '@/lib/api-types';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { MutationModal } from './mutation-modal';

export interface DismissTarget {
  id: string;
  name: string;
}

interface Values {
  reason: EndReason;
  endedOn: string;
}

/** Ends a committee or officer appointment; the caller supplies the mutation. */
export function DismissModal({
  target,
  onEnd,
  onClose,
}: {
  target: DismissTarget;
  onEnd: (input: { id: string; reason: EndReason; endedOn: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  return (
    <MutationModal<Values>
      title={t('dismiss.title', { name: target.name })}
      testId="dismiss-modal"
      okText={t('dismiss.submit')}
      okDanger
      form={form}
      initialValues={{ reason: 'DISMISSED', endedOn: todayIso() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await onEnd({ id: target.id, ...v });
        message.success(t('dismiss.success', { name: target.name }));
      }}
    >
      <Form.Item name="reason" label={t('dismiss.reason')} rules={[{ required: true }]}>
        <Select options={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) }))} data-testid="dismiss-reason" />
      </Form.Item>
      <Form.Item name="endedOn" label={t('dismiss.date')} rules={[{ required: true, message: t('appoint.dateRequired') }]}>
        <Input type="date" data-testid="ended-on" />
      </Form.Item>
    </MutationModal>
  );
}
