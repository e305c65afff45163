import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Select } from 'antd';
import { notInFutureRule } from '@/lib/date-rules';
import { DateInput } from '@/components/date-input';
import { todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { APPOINT_DORM_OFFICER } from '../api/appoint-dorm-officer.mutation';
import { CANDIDATE_STUDENTS } from '../api/candidate-students.query';
import type { DormRosterEntry } from '../api/college-roster.query';
import { MutationModal } from '@/components/mutation-modal';

interface Values {
  studentNo: string;
  appointedOn: string;
}

export function AppointOfficerModal({ entry, onClose }: { entry: DormRosterEntry; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const dorm = entry.dormitory;
  const { data, loading } = useQuery(CANDIDATE_STUDENTS, { variables: { dormCode: dorm.code }, fetchPolicy: 'network-only' });
  const [appoint] = useMutation(APPOINT_DORM_OFFICER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const options = (data?.students.edges ?? []).map((e) => ({
    value: e.node.studentNo,
    label: `${t('common.nameNo', { name: e.node.name, no: e.node.studentNo })}${e.node.isDormHead ? ` · ${t('dorms.dormHead')}` : ''}`,
  }));

  return (
    <MutationModal<Values>
      title={t('appoint.officerTitle', { code: dorm.code })}
      testId="appoint-officer-modal"
      okText={t('appoint.submit')}
      form={form}
      initialValues={{ appointedOn: todayIso(), studentNo: entry.suggestedOfficer?.studentNo }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await appoint({ variables: { input: { dormCode: dorm.code, ...v } } });
        message.success(t('appoint.success', { name: res.data?.appointDormOfficer.student.name ?? v.studentNo }));
      }}
    >
      {entry.suggestedOfficer && <p className="hint">{t('appoint.suggested', { name: entry.suggestedOfficer.name })}</p>}
      <Form.Item name="studentNo" label={t('appoint.student')} rules={[{ required: true, message: t('appoint.studentRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          options={options}
          placeholder={t('appoint.residentPlaceholder')}
          notFoundContent={loading ? undefined : t('appoint.noCandidates')}
          data-testid="appoint-student"
        />
      </Form.Item>
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
