import { useMutation } from '@apollo/client/react';
import { App, Checkbox, Form, Input, Select } from 'antd';
import { NETWORK_LEVELS, type NetworkLevel, POSITIONS, type Position } from '@/lib/api-types';
import { useT } from '@/lib/i18n/i18n';
import type { WorkingGroupMember } from '../api/college-roster.query';
import { UPSERT_WORKING_GROUP_MEMBER } from '../api/upsert-working-group-member.mutation';
import { MutationModal } from './mutation-modal';

interface Values {
  staffNo: string;
  position: Position;
  levels: NetworkLevel[];
}

/** Adds a member, or (given one) changes the levels they serve: both are upsertWorkingGroupMember. */
export function WorkingGroupModal({
  collegeCode,
  level,
  member,
  onClose,
}: {
  collegeCode: string;
  level: NetworkLevel;
  member?: WorkingGroupMember;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [upsert] = useMutation(UPSERT_WORKING_GROUP_MEMBER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const initialValues: Partial<Values> = member
    ? { staffNo: member.staff.staffNo, position: member.position, levels: member.levels }
    : { levels: [level] };

  return (
    <MutationModal<Values>
      title={member ? t('wg.editTitle') : t('wg.addTitle')}
      testId="working-group-modal"
      okText={t('common.save')}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await upsert({ variables: { input: { collegeCode, ...v } } });
        message.success(t('appoint.success', { name: res.data?.upsertWorkingGroupMember.staff.name ?? v.staffNo }));
      }}
    >
      <Form.Item
        name="staffNo"
        label={t('wg.staffNo')}
        extra={member ? undefined : t('wg.staffNoHint')}
        rules={[{ required: true, whitespace: true, message: t('wg.staffRequired') }]}
        normalize={(v: string) => v.trim()}
      >
        <Input disabled={!!member} autoComplete="off" data-testid="wg-staff-no" />
      </Form.Item>
      <Form.Item name="position" label={t('wg.position')} rules={[{ required: true, message: t('wg.positionRequired') }]}>
        <Select
          disabled={!!member}
          options={POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) }))}
          data-testid="wg-position"
        />
      </Form.Item>
      <Form.Item
        name="levels"
        label={t('wg.levels')}
        // A validator rather than `required`: antd would put aria-required on the group, which ARIA forbids there.
        rules={[
          {
            validator: (_: unknown, v: NetworkLevel[] | undefined) =>
              v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('wg.levelsRequired'))),
          },
        ]}
      >
        <Checkbox.Group options={NETWORK_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
      </Form.Item>
    </MutationModal>
  );
}
