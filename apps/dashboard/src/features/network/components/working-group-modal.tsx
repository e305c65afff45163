import { useMutation, useQuery } from '@apollo/client/react';
import { App, Checkbox, Form, Select } from 'antd';
import { NETWORK_LEVELS, POSITIONS } from '@/lib/enums';
import type { NetworkLevel, Position } from '@/gql/graphql';
import { ErrorAlert } from '@/components/error-alert';
import { useT } from '@/lib/i18n/i18n';
import type { WorkingGroupMember } from '../api/college-roster.query';
import { COLLEGE_STAFF } from '../api/college-staff.query';
import { UPSERT_WORKING_GROUP_MEMBER } from '../api/upsert-working-group-member.mutation';
import { MutationModal } from '@/components/mutation-modal';

interface Values {
  staffNo: string;
  position: Position;
  levels: NetworkLevel[];
}

/**
 * Adds a member, or (given one) changes the levels they serve: both are upsertWorkingGroupMember.
 * From the gap list: `position` presets the missing position of a new member; `serveLevel` adds
 * the page's level to an existing member's levels.
 */
export function WorkingGroupModal({
  collegeCode,
  level,
  member,
  position,
  serveLevel = false,
  onClose,
}: {
  collegeCode: string;
  level: NetworkLevel;
  member?: WorkingGroupMember;
  position?: Position;
  serveLevel?: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const staff = useQuery(COLLEGE_STAFF, { variables: { collegeCode }, skip: !!member });
  const staffOptions = member
    ? [{ value: member.staff.staffNo, label: t('common.nameNo', { name: member.staff.name, no: member.staff.staffNo }) }]
    : (staff.data?.staff ?? []).map((s) => ({ value: s.staffNo, label: t('common.nameNo', { name: s.name, no: s.staffNo }) }));
  const [upsert] = useMutation(UPSERT_WORKING_GROUP_MEMBER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const memberLevels = member && serveLevel && !member.levels.includes(level) ? [...member.levels, level] : member?.levels;
  const initialValues: Partial<Values> = member
    ? { staffNo: member.staff.staffNo, position: member.position, levels: memberLevels }
    : { levels: [level], position };

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
        label={t('wg.staff')}
        extra={member ? undefined : t('wg.staffHint')}
        rules={[{ required: true, message: t('wg.staffRequired') }]}
      >
        <Select
          disabled={!!member}
          showSearch={{ optionFilterProp: 'label' }}
          loading={staff.loading}
          options={staffOptions}
          placeholder={t('wg.staffPlaceholder')}
          notFoundContent={staff.loading ? undefined : t('wg.noStaff')}
          data-testid="wg-staff"
        />
      </Form.Item>
      {staff.error && <ErrorAlert error={staff.error} testId="wg-staff-error" />}
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
