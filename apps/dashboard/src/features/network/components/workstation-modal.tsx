import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Checkbox, Form, Input } from 'antd';
import { FACILITIES } from '@/lib/enums';
import type { Facility } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';
import type { Workstation } from '../api/college-roster.query';
import { SET_WORKSTATION } from '../api/set-workstation.mutation';
import { MutationModal } from '@/components/mutation-modal';

interface Values {
  room: string;
  facilities: Facility[];
}

export function WorkstationModal({
  collegeCode,
  workstation,
  onClose,
}: {
  collegeCode: string;
  workstation: Workstation | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const client = useApolloClient();
  const [save] = useMutation(SET_WORKSTATION, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  return (
    <MutationModal<Values>
      title={t('ws.editTitle')}
      testId="workstation-modal"
      okText={t('common.save')}
      form={form}
      initialValues={{ room: workstation?.room ?? '', facilities: workstation?.facilities ?? [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        // The version we edited: the server refuses the save (CONFLICT) if someone saved since.
        try {
          await save({
            variables: { input: { collegeCode, room: v.room, facilities: v.facilities, expectedVersion: workstation?.version ?? null } },
          });
        } catch (e) {
          // Someone saved first: load their version so the page shows it and a second save is deliberate.
          if (describeError(e).code === 'CONFLICT') await client.refetchQueries({ include: ['CollegeRoster'] });
          throw e;
        }
        message.success(t('ws.title'));
      }}
    >
      <Form.Item name="room" label={t('ws.room')} rules={[{ required: true, whitespace: true, message: t('ws.roomRequired') }]}>
        <Input autoComplete="off" data-testid="ws-room" />
      </Form.Item>
      <Form.Item name="facilities" label={t('ws.facilities')}>
        <Checkbox.Group options={FACILITIES.map((f) => ({ value: f, label: t(`facility.${f}`) }))} />
      </Form.Item>
    </MutationModal>
  );
}
