import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import { MIN_PASSWORD } from '@/lib/auth/password';
import { useT } from '@/lib/i18n/i18n';
import { CHANGE_PASSWORD } from './change-password.mutation';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [change] = useMutation(CHANGE_PASSWORD);
  return (
    <MutationModal<Values>
      title={t('user.changePassword')}
      testId="change-password-modal"
      okText={t('common.save')}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await change({ variables: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
        message.success(t('password.changed'));
      }}
    >
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.required') }]}>
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule', { n: MIN_PASSWORD })}
        rules={[
          { required: true, message: t('password.required') },
          { min: MIN_PASSWORD, message: t('password.tooShort', { n: MIN_PASSWORD }) },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
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
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
    </MutationModal>
  );
}
