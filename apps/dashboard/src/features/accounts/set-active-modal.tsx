import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import type { AdminUser as User } from './users.query';
import { useT } from '@/lib/i18n/i18n';
import { SET_USER_ACTIVE } from './set-user-active.mutation';

/** 停用 / 启用: a confirmation; deactivation ends the account's sessions at once. */
export function SetActiveModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, never>>();
  const [setActive] = useMutation(SET_USER_ACTIVE, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  const deactivate = user.active;
  const vars = { username: user.username };
  return (
    <MutationModal<Record<string, never>>
      title={t(deactivate ? 'users.deactivateTitle' : 'users.activateTitle', vars)}
      testId="set-active-modal"
      name="setActive"
      okText={t(deactivate ? 'users.deactivate' : 'users.activate')}
      okDanger={deactivate}
      form={form}
      onClose={onClose}
      onSubmit={async () => {
        await setActive({ variables: { userId: user.id, active: !deactivate } });
        message.success(t(deactivate ? 'users.deactivated' : 'users.activated', vars));
      }}
    >
      <p data-testid="set-active-text">{t(deactivate ? 'users.deactivateConfirm' : 'users.activateConfirm', vars)}</p>
    </MutationModal>
  );
}
