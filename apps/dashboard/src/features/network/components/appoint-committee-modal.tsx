import { useMutation, useQuery } from '@apollo/client/react';
import { App, Checkbox, Form, Select } from 'antd';
import { notInFutureRule } from '@/lib/date-rules';
import { DateInput } from '@/components/date-input';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { APPOINT_COMMITTEE_MEMBER } from '../api/appoint-committee-member.mutation';
import { CANDIDATE_STUDENTS } from '../api/candidate-students.query';
import type { ClassRosterEntry } from '../api/college-roster.query';
import { MutationModal } from '@/components/mutation-modal';

interface Values {
  studentNo: string;
  attestsService: boolean;
  attestsWellbeing: boolean;
  appointedOn: string;
}

export function AppointCommitteeModal({ entry, onClose }: { entry: ClassRosterEntry; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const cls = entry.classGroup;
  const { data, loading } = useQuery(CANDIDATE_STUDENTS, { variables: { classCode: cls.code }, fetchPolicy: 'network-only' });
  const [appoint] = useMutation(APPOINT_COMMITTEE_MEMBER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const serving = new Set(entry.committeeMembers.map((m) => m.student.studentNo));
  const options = (data?.students.edges ?? [])
    .filter((e) => !serving.has(e.node.studentNo))
    .map((e) => ({ value: e.node.studentNo, label: t('common.nameNo', { name: e.node.name, no: e.node.studentNo }) }));
  const mustAttest = (_: unknown, v: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('appoint.attestRequired'))));

  return (
    <MutationModal<Values>
      title={t('appoint.committeeTitle', { name: cls.name })}
      testId="appoint-committee-modal"
      okText={t('appoint.submit')}
      form={form}
      initialValues={{ appointedOn: todayIso(), attestsService: false, attestsWellbeing: false }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await appoint({ variables: { input: { classCode: cls.code, ...v } } });
        message.success(t('appoint.success', { name: res.data?.appointCommitteeMember.student.name ?? v.studentNo }));
      }}
    >
      <Form.Item name="studentNo" label={t('appoint.student')} rules={[{ required: true, message: t('appoint.studentRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          options={options}
          placeholder={t('appoint.studentPlaceholder')}
          notFoundContent={loading ? undefined : t('appoint.noCandidates')}
          data-testid="appoint-student"
        />
      </Form.Item>
      <fieldset className="attest-fieldset">
        <legend>{t('appoint.attestations')}</legend>
        <Form.Item name="attestsService" valuePropName="checked" rules={[{ validator: mustAttest }]}>
          <Checkbox data-testid="attests-service">{t('appoint.attestsService')}</Checkbox>
        </Form.Item>
        <Form.Item name="attestsWellbeing" valuePropName="checked" rules={[{ validator: mustAttest }]}>
          <Checkbox data-testid="attests-wellbeing">{t('appoint.attestsWellbeing')}</Checkbox>
        </Form.Item>
      </fieldset>
      <Form.Item
        name="appointedOn"
        label={t('appoint.date')}
        rules={[{ required: true, message: t('appoint.dateRequired') }, notInFutureRule(t)]}
      >
        <DateInput max={todayIso()} allowClear={false} data-testid="appointed-on" />
      </Form.Item>
    </MutationModal>
  );
}
