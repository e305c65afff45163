import { App, Form, Select } from 'antd';
import type { EndReason } from '@/gql/graphql';
import { MANUAL_END_REASONS } from '@/lib/enums';
import { notInFutureRule } from '@/lib/date-rules';
import { DateInput } from '@/components/date-input';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { MutationModal } from '@/components/mutation-modal';

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
      {/* By hand a post ends only as 免职 or 本人辞任; class, dorm and status changes end it automatically. */}
      <Form.Item name="reason" label={t('dismiss.reason')} extra={t('dismiss.reasonHint')} rules={[{ required: true }]}>
        <Select options={MANUAL_END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) }))} data-testid="dismiss-reason" />
      </Form.Item>
      <Form.Item
        name="endedOn"
        label={t('dismiss.date')}
        rules={[{ required: true, message: t('appoint.dateRequired') }, notInFutureRule(t)]}
      >
        <DateInput max={todayIso()} allowClear={false} data-testid="ended-on" />
      </Form.Item>
    </MutationModal>
  );
}
