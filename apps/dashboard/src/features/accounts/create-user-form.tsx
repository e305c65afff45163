import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { MIN_PASSWORD } from '@/lib/auth/password';
import { useT } from '@/lib/i18n/i18n';
import type { CreateUserInput } from '@/gql/graphql';
import { CREATE_USER } from './create-user.mutation';
import { GrantEditor } from './grant-editor';
import { type GrantValue, toGrantInputs } from './grants';

interface Values {
  username: string;
  password: string;
  staffNo?: string;
  studentNo?: string;
  grants?: GrantValue[];
}

/** The server's rule (auth.service USERNAME). */
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

export function toCreateUserInput(v: Values): CreateUserInput {
  const trim = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  return {
    username: v.username.trim(),
    password: v.password,
    staffNo: trim(v.staffNo),
    studentNo: trim(v.studentNo),
    grants: toGrantInputs(v.grants),
  };
}

export function CreateUserForm() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_USER, { refetchQueries: ['Users'], awaitRefetchQueries: true });

  const submit = async (v: Values) => {
    setError(null);
    try {
      const res = await create({ variables: { input: toCreateUserInput(v) } });
      message.success(t('users.created', { username: res.data?.createUser.username ?? v.username }));
      form.resetFields();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card className="section" title={<h2 className="card-heading">{t('users.createTitle')}</h2>}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setError(null)}
        initialValues={{ grants: [] }}
        data-testid="create-user-form"
        className="admin-form"
      >
        <Space wrap align="start" size="large">
          <Form.Item
            name="username"
            label={t('users.username')}
            rules={[
              { required: true, whitespace: true, message: t('users.usernameRequired') },
              { pattern: USERNAME, message: t('users.usernameRule') },
            ]}
          >
            <Input autoComplete="off" style={{ width: 220 }} data-testid="new-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('password.rule', { n: MIN_PASSWORD })}
            rules={[
              { required: true, message: t('password.required') },
              { min: MIN_PASSWORD, message: t('password.tooShort', { n: MIN_PASSWORD }) },
            ]}
          >
            <Input.Password autoComplete="new-password" style={{ width: 220 }} data-testid="new-user-password" />
          </Form.Item>
          <Form.Item name="staffNo" label={t('users.staffNo')}>
            <Input autoComplete="off" style={{ width: 160 }} data-testid="new-user-staff-no" />
          </Form.Item>
          <Form.Item name="studentNo" label={t('users.studentNo')}>
            <Input autoComplete="off" style={{ width: 160 }} data-testid="new-user-student-no" />
          </Form.Item>
        </Space>
        <p className="hint">{t('users.derivedRoles')}</p>
        <GrantEditor />
        <Button type="primary" htmlType="submit" loading={loading} data-testid="create-user-submit">
          {t('users.create')}
        </Button>
      </Form>
      {error !== null && (
        <div className="card-alert-bottom">
          <ErrorAlert error={error} testId="create-user-error" />
        </div>
      )}
    </Card>
  );
}
