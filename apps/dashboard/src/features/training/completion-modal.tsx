import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Select } from 'antd';
import { DateInput } from '@/components/date-input';
import { MutationModal } from '@/components/mutation-modal';
import { notInFutureRule } from '@/lib/date-rules';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import type { Trainee, TrainingProgramme } from './api/training.query';
import { RECORD_MODULE_COMPLETIONS } from './api/training.mutation';
import { TRAINING_REFETCH } from './session-form-modal';
import { MAX_STUDENTS_PER_CALL } from './student-numbers';

interface Values {
  moduleCode: string;
  completedOn: string;
  studentNos: string[];
}

export interface CompletionModalProps {
  semester: string;
  programme: TrainingProgramme;
  trainees: readonly Trainee[];
  /** Preselected: the trainees chosen in the table, or those missing a module. */
  studentNos: readonly string[];
  moduleCode?: string;
  onClose: () => void;
}

/** 记录模块完成: one required module, its date (not after today) and the trainees who completed it. */
export function CompletionModal({ semester, programme, trainees, studentNos, moduleCode, onClose }: CompletionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [record] = useMutation(RECORD_MODULE_COMPLETIONS, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const today = todayIso();
  const chosenModule = Form.useWatch('moduleCode', form);
  const options = trainees.map((tr) => {
    const has = chosenModule ? !tr.modulesMissing.includes(chosenModule) : false;
    return {
      value: tr.studentNo,
      label: `${t('common.nameNo', { name: tr.name, no: tr.studentNo })}${has ? ` · ${t('training.completion.already')}` : ''}`,
      search: `${tr.name} ${tr.studentNo}`.toLowerCase(),
    };
  });
  const without = chosenModule ? trainees.filter((tr) => tr.modulesMissing.includes(chosenModule)).map((tr) => tr.studentNo) : [];
  const moduleName = (code: string) => programme.modules.find((m) => m.code === code)?.name ?? code;

  return (
    <MutationModal<Values>
      title={t('training.completion.title')}
      testId="completion-modal"
      name="completion-form"
      okText={t('training.completion.ok')}
      form={form}
      initialValues={{ moduleCode: moduleCode ?? programme.modules[0]?.code, completedOn: today, studentNos: [...studentNos] }}
      onClose={onClose}
      width={600}
      onSubmit={async (values) => {
        const res = await record({ variables: { semester, moduleCode: values.moduleCode, studentNos: values.studentNos, completedOn: values.completedOn } });
        const change = res.data?.recordModuleCompletions;
        message.success(t('training.completion.done', { module: moduleName(values.moduleCode), created: change?.created ?? 0, unchanged: change?.unchanged ?? 0 }));
      }}
    >
      <Form.Item name="moduleCode" label={t('training.completion.module')} rules={[{ required: true, message: t('training.completion.moduleRequired') }]}>
        <Select data-testid="completion-module" options={programme.modules.map((m) => ({ value: m.code, label: `${m.name}（${m.code}）` }))} />
      </Form.Item>
      <Form.Item
        name="completedOn"
        label={t('training.completion.completedOn')}
        rules={[{ required: true, message: t('training.completion.dateRequired') }, notInFutureRule(t)]}
      >
        <DateInput max={today} data-testid="completion-date" allowClear={false} />
      </Form.Item>
      <Form.Item
        name="studentNos"
        label={t('training.completion.trainees')}
        extra={
          without.length > 0 ? (
            <Button type="link" size="small" className="inline-link" data-testid="completion-pick-missing" onClick={() => form.setFieldsValue({ studentNos: without })}>
              {t('training.completion.pickMissing', { n: without.length })}
            </Button>
          ) : undefined
        }
        rules={[
          { required: true, type: 'array', min: 1, message: t('training.attendance.none') },
          { type: 'array', max: MAX_STUDENTS_PER_CALL, message: t('training.attendance.tooMany', { max: MAX_STUDENTS_PER_CALL }) },
        ]}
      >
        <Select
          mode="multiple"
          allowClear
          data-testid="completion-trainees"
          options={options}
          optionFilterProp="search"
          maxTagCount="responsive"
          placeholder={t('training.attendance.pickPlaceholder')}
        />
      </Form.Item>
    </MutationModal>
  );
}
