import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { NewPasswordFields } from '@/components/new-password-fields';
import { describeError } from '@/lib/graphql-errors';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ACTIVATE_ACCOUNT } from './activate-account.mutation';

interface Values {
  username: string;
  code: string;
  newPassword: string;
  confirm: string;
}

function ActivateError({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  const d = describeError(error);
  const retryAt = typeof d.extensions.retryAt === 'string' ? d.extensions.retryAt : null;
  let title: string;
  if (retryAt) title = t('login.locked', { time: formatDateTime(retryAt, language) });
  else if (d.code === 'UNAUTHENTICATED') title = t('activate.failed');
  else title = t(d.titleKey);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="login-alert"
      data-testid="activate-error"
      data-code={d.code}
      title={title}
      description={d.messages.map((m) => (
        <div key={m}>{t('error.serverSays', { message: m })}</div>
      ))}
    />
  );
}

/**
 * /activate: the first sign-in of an account made with a one-time code (committee members and dorm
 * officers get theirs on a sheet): username, code and a new password; then the person is signed in.
 */
export function ActivatePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const [activate, { loading }] = useMutation(ACTIVATE_ACCOUNT);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('activate.title'));

  const submit = async (v: Values) => {
    setError(null);
    try {
      await activate({ variables: { username: v.username.trim(), code: v.code.trim(), newPassword: v.newPassword } });
      // Nothing of a previous user stays in the cache.
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="login-screen">
      <header className="login-header">
        <span className="app-brand">
          <span className="app-brand-mark" aria-hidden="true">
            ♥
          </span>
          {t('app.title')}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <Card className="login-card">
          <h1 className="page-title">{t('activate.title')}</h1>
          <p className="page-subtitle">{t('activate.subtitle')}</p>
          {error !== null && <ActivateError error={error} />}
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            initialValues={{ username: params.get('username') ?? '' }}
            onValuesChange={() => setError(null)}
            data-testid="activate-form"
          >
            <Form.Item name="username" label={t('login.username')} extra={t('activate.usernameHint')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input autoComplete="username" autoFocus data-testid="activate-username" />
            </Form.Item>
            <Form.Item name="code" label={t('activate.code')} extra={t('activate.codeHint')} rules={[{ required: true, whitespace: true, message: t('activate.codeRequired') }]}>
              <Input autoComplete="one-time-code" spellCheck={false} data-testid="activate-code" />
            </Form.Item>
            <NewPasswordFields testIds={{ password: 'activate-password', confirm: 'activate-confirm' }} />
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="activate-submit">
              {t('activate.submit')}
            </Button>
          </Form>
          <p className="hint login-help">
            <Link to="/login">{t('activate.backToLogin')}</Link>
          </p>
        </Card>
      </main>
    </div>
  );
}
