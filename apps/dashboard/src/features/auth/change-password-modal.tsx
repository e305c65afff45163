import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import { NewPasswordFields } from '@/components/new-password-fields';
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
      <NewPasswordFields testIds={{ password: 'new-password', confirm: 'confirm-password' }} />
    </MutationModal>
  );
}
