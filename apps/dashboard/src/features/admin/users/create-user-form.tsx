import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { GRANTABLE_ROLES, type GrantableRole } from '@/lib/api-types';
import { MIN_PASSWORD } from '@/lib/auth/password';
import { useT } from '@/lib/i18n/i18n';
import { CREATE_USER, type CreateUserInput } from '../api/create-user.mutation';
import { useCollegeOptions } from '../use-college-options';

interface Values {
  username: string;
  password: string;
  staffNo?: string;
  studentNo?: string;
  grants?: { role?: GrantableRole; collegeCode?: string }[];
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
    grants: (v.grants ?? [])
      .filter((g): g is { role: GrantableRole; collegeCode?: string } => !!g.role)
      .map((g) => ({ role: g.role, collegeCode: g.role === 'COLLEGE_LEADER' ? (g.collegeCode ?? null) : null })),
  };
}

export function CreateUserForm() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const colleges = useCollegeOptions();
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
        <fieldset className="attest-fieldset">
          <legend>{t('users.grants')}</legend>
          <Form.List name="grants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} wrap align="start" data-testid={`grant-row-${i}`}>
                    <Form.Item
                      name={[field.name, 'role']}
                      label={t('users.grantRole', { n: i + 1 })}
                      rules={[{ required: true, message: t('users.roleRequired') }]}
                    >
                      <Select
                        style={{ width: 180 }}
                        options={GRANTABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                        data-testid={`grant-role-${i}`}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {({ getFieldValue }) =>
                        getFieldValue(['grants', field.name, 'role']) === 'COLLEGE_LEADER' ? (
                          <Form.Item
                            name={[field.name, 'collegeCode']}
                            label={t('users.grantCollege', { n: i + 1 })}
                            rules={[{ required: true, message: t('users.collegeRequired') }]}
                          >
                            <Select
                              style={{ width: 260 }}
                              showSearch={{ optionFilterProp: 'label' }}
                              loading={colleges.loading}
                              options={colleges.options}
                              data-testid={`grant-college-${i}`}
                            />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                    <Form.Item label={<span className="visually-hidden">{t('users.removeGrant', { n: i + 1 })}</span>}>
                      <Button onClick={() => remove(field.name)} aria-label={t('users.removeGrant', { n: i + 1 })}>
                        {t('common.remove')}
                      </Button>
                    </Form.Item>
                  </Space>
                ))}
                <Button onClick={() => add({})} data-testid="add-grant">
                  {t('users.addGrant')}
                </Button>
                <p className="hint grant-hint">{t('users.grantsHint')}</p>
              </>
            )}
          </Form.List>
        </fieldset>
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
