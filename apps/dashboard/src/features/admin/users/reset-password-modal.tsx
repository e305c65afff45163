import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import type { User } from '@/lib/api-types';
import { MIN_PASSWORD } from '@/lib/auth/password';
import { useT } from '@/lib/i18n/i18n';
import { RESET_USER_PASSWORD } from '../api/reset-user-password.mutation';

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
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule', { n: MIN_PASSWORD })}
        rules={[
          { required: true, message: t('password.required') },
          { min: MIN_PASSWORD, message: t('password.tooShort', { n: MIN_PASSWORD }) },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="reset-new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.required') },
          ({ getFieldValue }) => ({
            validator: (_: unknown, v: string | undefined) =>
              !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="reset-confirm-password" />
      </Form.Item>
    </MutationModal>
  );
}
