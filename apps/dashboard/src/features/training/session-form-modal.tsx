import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Select, Switch } from 'antd';
import { DateInput } from '@/components/date-input';
import { MutationModal } from '@/components/mutation-modal';
import type { NetworkLevel } from '@/gql/graphql';
import { NETWORK_LEVELS } from '@/lib/enums';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { notInFutureRule } from '@/lib/date-rules';
import type { TrainingSession } from './api/training.query';
import { CREATE_TRAINING_SESSION, UPDATE_TRAINING_SESSION } from './api/training.mutation';
import { CheckboxGroupField } from './checkbox-group-field';
import { formValuesOf, type SessionFormValues, toCreateInput, toUpdateInput, TRAINING_AUDIENCES, TRAINING_FORMS } from './session-form';

export const TRAINING_REFETCH = ['CollegeTraining', 'TrainingCompletion'];

export interface SessionFormModalProps {
  collegeCode: string;
  semester: string;
  level: NetworkLevel;
  /** The session to edit; null adds a new one. */
  session: TrainingSession | null;
  onClose: () => void;
}

/** 新增培训 / 编辑培训: every field of a self-designed session (or a working-group study session). */
export function SessionFormModal({ collegeCode, semester, level, session, onClose }: SessionFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionFormValues>();
  const [create] = useMutation(CREATE_TRAINING_SESSION, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const [update] = useMutation(UPDATE_TRAINING_SESSION, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const held = Form.useWatch('held', form);
  const adding = session === null;

  const submit = async (values: SessionFormValues) => {
    if (adding) {
      await create({ variables: { input: toCreateInput(values, collegeCode, semester) } });
      message.success(t('training.session.added', { title: values.title.trim() }));
    } else {
      await update({ variables: { input: toUpdateInput(values, session) } });
      message.success(t('training.session.saved', { title: values.title.trim() }));
    }
  };

  return (
    <MutationModal<SessionFormValues>
      title={adding ? t('training.session.add') : t('training.session.editTitle', { code: session.code })}
      testId="session-form"
      name="session-form"
      okText={adding ? t('training.session.addOk') : t('common.save')}
      form={form}
      initialValues={formValuesOf(session, level)}
      onSubmit={submit}
      onClose={onClose}
      width={560}
    >
      <Form.Item
        name="code"
        label={t('training.session.code')}
        extra={adding ? t('training.session.codeHint') : undefined}
        rules={[
          { required: true, whitespace: true, message: t('training.session.codeRequired') },
          { pattern: /^\s*[A-Za-z0-9_-]{1,32}\s*$/, message: t('training.session.codeInvalid') },
        ]}
      >
        <Input disabled={!adding} maxLength={32} data-testid="session-code" autoComplete="off" />
      </Form.Item>
      <Form.Item name="title" label={t('training.session.title')} rules={[{ required: true, whitespace: true, message: t('training.session.titleRequired') }]}>
        <Input maxLength={200} data-testid="session-title" />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('training.session.plannedOn')}>
        <DateInput data-testid="session-planned-on" />
      </Form.Item>
      <Form.Item name="levels" label={t('training.session.levels')} rules={[{ required: true, type: 'array', min: 1, message: t('training.session.levelsRequired') }]}>
        <CheckboxGroupField aria-label={t('training.session.levels')} data-testid="session-levels" options={NETWORK_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
      </Form.Item>
      <Form.Item
        name="audiences"
        label={t('training.session.audiences')}
        extra={t('training.session.audiencesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('training.session.audiencesRequired') }]}
      >
        <CheckboxGroupField
          aria-label={t('training.session.audiences')}
          data-testid="session-audiences"
          options={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`training.audience.${a}`) }))}
        />
      </Form.Item>
      <Form.Item name="form" label={t('training.session.form')} rules={[{ required: true }]}>
        <Select data-testid="session-form-select" options={TRAINING_FORMS.map((f) => ({ value: f, label: t(`training.form.${f}`) }))} />
      </Form.Item>
      <Form.Item name="speaker" label={t('training.session.speaker')}>
        <Input maxLength={100} data-testid="session-speaker" />
      </Form.Item>
      <Form.Item name="place" label={t('training.session.place')}>
        <Input maxLength={200} data-testid="session-place" />
      </Form.Item>
      {adding && (
        <>
          <Form.Item name="held" label={t('training.session.alreadyHeld')} valuePropName="checked">
            <Switch data-testid="session-held" />
          </Form.Item>
          {held && (
            <Form.Item
              name="heldOn"
              label={t('training.session.heldOn')}
              rules={[{ required: true, message: t('training.session.heldOnRequired') }, notInFutureRule(t)]}
            >
              <DateInput max={todayIso()} data-testid="session-held-on" />
            </Form.Item>
          )}
        </>
      )}
    </MutationModal>
  );
}
