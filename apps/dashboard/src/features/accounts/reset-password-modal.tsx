import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import { NewPasswordFields } from '@/components/new-password-fields';
import type { AdminUser as User } from './users.query';
import { useT } from '@/lib/i18n/i18n';
import { RESET_USER_PASSWORD } from './reset-user-password.mutation';

interface Values {
  newPassword: string;
  confirm: string;
}

/** 重置密码: a new password for someone who lost theirs; the account's sessions end at once. */
export function ResetPasswordModal({ user, isSelf, onClose }: { user: User; isSelf: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [reset] = useMutation(RESET_USER_PASSWORD, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  return (
    <MutationModal<Values>
      title={t('users.resetPasswordTitle', { username: user.username })}
      testId="reset-password-modal"
      name="resetPassword"
      okText={t('users.resetPassword')}
      okDanger
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await reset({ variables: { userId: user.id, newPassword: v.newPassword } });
        message.success(t('users.passwordReset', { username: user.username }));
      }}
    >
      <p className="hint">{t(isSelf ? 'users.resetPasswordSelfHint' : 'users.resetPasswordHint', { username: user.username })}</p>
      <NewPasswordFields testIds={{ password: 'reset-new-password', confirm: 'reset-confirm-password' }} />
    </MutationModal>
  );
}
