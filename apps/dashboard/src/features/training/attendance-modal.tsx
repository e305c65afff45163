import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Select } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import { useT } from '@/lib/i18n/i18n';
import { SESSION_ATTENDEES, type Trainee, type TrainingSession } from './api/training.query';
import { RECORD_ATTENDANCE } from './api/training.mutation';
import { postsOf } from './posts';
import { TRAINING_REFETCH } from './session-form-modal';
import { MAX_STUDENTS_PER_CALL, mergeStudentNumbers } from './student-numbers';

interface Values {
  studentNos: string[];
  typed?: string;
}

/**
 * 记录签到: pick trainees of the college (those already recorded are marked) and/or type or paste
 * student numbers. Recording again is harmless: the server counts a repeat as unchanged.
 */
export function AttendanceModal({ session, trainees, onClose }: { session: TrainingSession; trainees: readonly Trainee[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const attendees = useQuery(SESSION_ATTENDEES, { variables: { sessionId: session.id }, fetchPolicy: 'network-only' });
  const recorded = new Set(attendees.data?.sessionAttendees.map((a) => a.studentNo) ?? []);
  const [record] = useMutation(RECORD_ATTENDANCE, { refetchQueries: [...TRAINING_REFETCH, 'SessionAttendees'], awaitRefetchQueries: true });
  const notYet = trainees.filter((tr) => !recorded.has(tr.studentNo)).map((tr) => tr.studentNo);

  const options = trainees.map((tr) => {
    const posts = postsOf(tr)
      .map((p) => t(`training.post.${p.kind}`, { code: p.code }))
      .join(t('common.listSeparator'));
    const done = recorded.has(tr.studentNo);
    return {
      value: tr.studentNo,
      label: `${t('common.nameNo', { name: tr.name, no: tr.studentNo })}${done ? ` · ${t('training.attendance.already')}` : ''}`,
      search: `${tr.name} ${tr.studentNo} ${posts}`.toLowerCase(),
    };
  });

  const submit = async (values: Values) => {
    const nos = mergeStudentNumbers(values.studentNos ?? [], values.typed ?? '');
    const res = await record({ variables: { sessionId: session.id, studentNos: nos } });
    const change = res.data?.recordAttendance;
    message.success(t('training.attendance.done', { added: change?.added ?? 0, unchanged: change?.unchanged ?? 0 }));
  };

  return (
    <MutationModal<Values>
      title={t('training.attendance.title', { title: session.title })}
      testId="attendance-modal"
      name="attendance-form"
      okText={t('training.attendance.ok')}
      form={form}
      initialValues={{ studentNos: [], typed: '' }}
      onSubmit={submit}
      onClose={onClose}
      width={600}
    >
      {!session.held && <p className="hint">{t('training.attendance.notHeldHint')}</p>}
      <Form.Item
        name="studentNos"
        label={t('training.attendance.pick', { n: trainees.length })}
        dependencies={['typed']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, picked: string[] | undefined) => {
              const n = mergeStudentNumbers(picked ?? [], (getFieldValue('typed') as string | undefined) ?? '').length;
              if (n === 0) return Promise.reject(new Error(t('training.attendance.none')));
              if (n > MAX_STUDENTS_PER_CALL) return Promise.reject(new Error(t('training.attendance.tooMany', { max: MAX_STUDENTS_PER_CALL })));
              return Promise.resolve();
            },
          }),
        ]}
        extra={
          notYet.length > 0 ? (
            <Button type="link" size="small" className="inline-link" data-testid="attendance-pick-all" onClick={() => form.setFieldsValue({ studentNos: notYet })}>
              {t('training.attendance.pickAll', { n: notYet.length })}
            </Button>
          ) : undefined
        }
      >
        <Select
          mode="multiple"
          allowClear
          data-testid="attendance-pick"
          placeholder={t('training.attendance.pickPlaceholder')}
          options={options}
          optionFilterProp="search"
          loading={attendees.loading}
          notFoundContent={t('training.attendance.noTrainees')}
        />
      </Form.Item>
      <Form.Item name="typed" label={t('training.attendance.typed')} extra={t('training.attendance.typedHint')}>
        <Input.TextArea rows={3} data-testid="attendance-typed" />
      </Form.Item>
    </MutationModal>
  );
}
