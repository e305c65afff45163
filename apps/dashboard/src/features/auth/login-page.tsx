import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { safeNext } from '@/lib/auth/session';
import { ME } from '@/lib/auth/me.query';
import { describeError } from '@/lib/graphql-errors';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { LoginMutationVariables as LoginVars } from '@/gql/graphql';
import { LOGIN } from './login.mutation';

/**
 * Refused before the login resolver ran: the request carried a cookie of a session that has
 * ended. The server cleared the cookie in the same answer, so the sign-in can simply be retried.
 */
function isStaleCookieRefusal(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.length > 0 &&
    error.errors.every((e) => e.extensions?.code === 'UNAUTHENTICATED' && !e.path)
  );
}

function LoginError({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  const d = describeError(error);
  const retryAt = typeof d.extensions.retryAt === 'string' ? d.extensions.retryAt : null;
  let title: string;
  if (retryAt) title = t('login.locked', { time: formatDateTime(retryAt, language) });
  else if (d.code === 'UNAUTHENTICATED') title = t('login.failed');
  else title = t(d.titleKey);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="login-alert"
      data-testid="login-error"
      data-code={d.code}
      title={title}
      description={d.messages.map((m) => (
        <div key={m}>{t('error.serverSays', { message: m })}</div>
      ))}
    />
  );
}

export function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm<LoginVars>();
  const [login, { loading }] = useMutation(LOGIN);
  const [error, setError] = useState<unknown>(null);
  // Already signed in (a bookmark of /login, say): go on to the target.
  const { data: meData } = useQuery(ME, { fetchPolicy: 'network-only' });
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const serverReason = (location.state as { message?: unknown } | null)?.message;
  useDocumentTitle(t('login.title'));

  if (meData?.me) return <Navigate to={next} replace />;

  const submit = async (values: LoginVars) => {
    setError(null);
    try {
      try {
        await login({ variables: values });
      } catch (e) {
        if (!isStaleCookieRefusal(e)) throw e;
        await login({ variables: values });
      }
      // Nothing of a previous user stays in the cache.
      await client.clearStore();
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
      form.setFieldValue('password', '');
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
          <h1 className="page-title">{t('login.title')}</h1>
          <p className="page-subtitle">{t('login.subtitle')}</p>
          {expired && !error && (
            <Alert
              type="warning"
              showIcon
              className="login-alert"
              data-testid="login-expired"
              title={t('login.expired')}
              description={typeof serverReason === 'string' ? t('error.serverSays', { message: serverReason }) : undefined}
            />
          )}
          {error !== null && <LoginError error={error} />}
          <Form<LoginVars> form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <p className="hint login-help">{t('login.help')}</p>
        </Card>
      </main>
    </div>
  );
}
