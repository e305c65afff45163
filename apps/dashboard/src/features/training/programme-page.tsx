import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { StatusTag } from '@/components/status-tag';
import { describeError } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TRAINING_PROGRAMME } from './api/training.query';
import { SET_TRAINING_PROGRAMME } from './api/training.mutation';
import { DEFAULT_MODULE_CODES, moduleOptions, normalizeModuleCodes } from './programme';
import { SemesterPicker } from './semester-picker';
import { useSemester } from './use-semester';

interface Values {
  moduleCodes: string[];
  minSelfDesignedAttendance: number;
}

/**
 * 培训方案 (the Center, the school administration): a semester's required basic-skills modules
 * (by default 学生心理骨干培训, 大学生心理健康大讲堂, 素养读本) and how many self-designed sessions a
 * trainee must attend. Every college's completion is counted by it.
 */
export function ProgrammePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const choice = useSemester();
  const { semester } = choice;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const { data, loading, error: loadError } = useQuery(TRAINING_PROGRAMME, { variables: { semester: semester ?? '' }, skip: !semester, fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(SET_TRAINING_PROGRAMME, { refetchQueries: ['TrainingProgramme', 'TrainingCompletion', 'CollegeTraining'] });
  const programme = data?.trainingProgramme.semester === semester ? data.trainingProgramme : undefined;
  useDocumentTitle(t('programme.title'));

  useEffect(() => {
    if (programme) form.setFieldsValue({ moduleCodes: [...programme.moduleCodes], minSelfDesignedAttendance: programme.minSelfDesignedAttendance });
  }, [programme, form]);

  const submit = async (values: Values) => {
    if (!semester) return;
    setError(null);
    try {
      await save({ variables: { semester, moduleCodes: normalizeModuleCodes(values.moduleCodes), minSelfDesignedAttendance: values.minSelfDesignedAttendance } });
      message.success(t('programme.saved', { semester }));
    } catch (e) {
      const d = describeError(e);
      const field = d.extensions.field;
      if (field === 'moduleCodes' || field === 'minSelfDesignedAttendance') form.setFields([{ name: field, errors: d.messages }]);
      else setError(e);
    }
  };

  return (
    <>
      <h1 className="page-title">{t('programme.title')}</h1>
      <p className="page-subtitle">{t('programme.intro')}</p>
      <div className="overview-toolbar training-toolbar">
        <SemesterPicker choice={choice} />
      </div>
      {loadError && <ErrorAlert error={loadError} />}
      {!programme && (loading || choice.loading) && <PageSpinner />}
      {programme && (
        <Card
          className="section programme-card"
          data-testid="programme-card"
          title={<h2 className="card-heading">{t('programme.cardTitle', { semester: choice.semesters.find((s) => s.code === semester)?.name ?? semester ?? '' })}</h2>}
          extra={
            <StatusTag tone={programme.isDefault ? 'neutral' : 'success'} testId="programme-state">
              {programme.isDefault ? t('programme.isDefault') : t('programme.isSet')}
            </StatusTag>
          }
        >
          <Form<Values> form={form} layout="vertical" name="programme" onFinish={submit} onValuesChange={() => setError(null)} requiredMark>
            <Form.Item
              name="moduleCodes"
              label={t('programme.modules')}
              extra={t('programme.modulesHint')}
              rules={[
                { required: true, type: 'array', min: 1, message: t('programme.modulesRequired') },
                { type: 'array', max: 20, message: t('programme.modulesMax') },
                {
                  validator: (_, v: string[] | undefined) =>
                    (v ?? []).every((c) => /^[A-Za-z0-9_-]{1,40}$/.test(c.trim())) ? Promise.resolve() : Promise.reject(new Error(t('programme.modulesInvalid'))),
                },
              ]}
            >
              <Select mode="tags" data-testid="programme-modules" options={moduleOptions(programme.modules, t)} tokenSeparators={[',', '，', ' ']} />
            </Form.Item>
            <Form.Item
              name="minSelfDesignedAttendance"
              label={t('programme.minAttendance')}
              extra={t('programme.minAttendanceHint', { min: programme.sessionTargetMin, max: programme.sessionTargetMax })}
              rules={[{ required: true, type: 'integer', min: 0, max: 10, message: t('programme.minAttendanceRange') }]}
            >
              <InputNumber min={0} max={10} precision={0} data-testid="programme-min" />
            </Form.Item>
            {error !== null && <ErrorAlert error={error} testId="programme-error" />}
            <div className="form-actions">
              <Button type="primary" htmlType="submit" loading={saving} data-testid="programme-save">
                {t('common.save')}
              </Button>
              <Button
                onClick={() => form.setFieldsValue({ moduleCodes: [...DEFAULT_MODULE_CODES], minSelfDesignedAttendance: 1 })}
                data-testid="programme-defaults"
              >
                {t('programme.useDefaults')}
              </Button>
            </div>
          </Form>
        </Card>
      )}
    </>
  );
}
