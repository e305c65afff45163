import { Form, Input } from 'antd';
import { MIN_PASSWORD } from '@/lib/auth/password';
import { useT } from '@/lib/i18n/i18n';

/** New password and its confirmation, with the server's length rule; form fields `newPassword`, `confirm`. */
export function NewPasswordFields({ testIds }: { testIds: { password: string; confirm: string } }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule', { n: MIN_PASSWORD })}
        rules={[
          { required: true, message: t('password.required') },
          { min: MIN_PASSWORD, message: t('password.tooShort', { n: MIN_PASSWORD }) },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={testIds.password} />
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
        <Input.Password autoComplete="new-password" data-testid={testIds.confirm} />
      </Form.Item>
    </>
  );
}
