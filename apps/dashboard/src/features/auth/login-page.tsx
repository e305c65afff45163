import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { PublicHeader } from '@/components/public-header';
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

/**
 * Why the sign-in failed, in the reader's language: the server's own words for a refused sign-in;
 * for a network failure or a server fault, what to do and a retry button (no codes anywhere).
 */
function LoginError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t, language } = useI18n();
  const d = describeError(error);
  const retryAt = typeof d.extensions.retryAt === 'string' ? d.extensions.retryAt : null;
  let title: string;
  if (retryAt) title = t('login.locked', { time: formatDateTime(retryAt, language) });
  else if (d.code === 'UNAUTHENTICATED') title = t('login.failed');
  else title = t(d.titleKey);
  const lines = [...d.messages.map((m) => t('error.serverSays', { message: m })), ...(d.hintKey ? [t(d.hintKey)] : [])];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="login-alert"
      data-testid="login-error"
      data-code={d.code}
      title={title}
      description={lines.length > 0 ? lines.map((m) => <div key={m}>{m}</div>) : undefined}
      action={
        d.transient ? (
          <Button size="small" onClick={onRetry} loading={retrying} data-testid="login-retry">
            {t('error.retry')}
          </Button>
        ) : undefined
      }
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

  // A retry keeps the failure on screen (and the focus on its button) until the new answer comes.
  const retrying = useRef(false);
  const submit = async (values: LoginVars) => {
    if (!retrying.current) setError(null);
    retrying.current = false;
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
      // A refused password is typed again; after a failure that may pass, "retry" sends the same form.
      if (!describeError(e).transient) form.setFieldValue('password', '');
    }
  };

  return (
    <div className="login-screen">
      <PublicHeader />
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
          {error !== null && (
            <LoginError
              error={error}
              retrying={loading}
              onRetry={() => {
                retrying.current = true;
                form.submit();
              }}
            />
          )}
          <Form<LoginVars>
            form={form}
            layout="vertical"
            onFinish={submit}
            onFinishFailed={() => {
              retrying.current = false;
            }}
            requiredMark={false}
            data-testid="login-form"
          >
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
          <p className="hint login-help">
            <Link to="/activate" data-testid="login-activate">{t('login.useActivationCode')}</Link>
          </p>
        </Card>
      </main>
    </div>
  );
}
