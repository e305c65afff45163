import { Alert } from 'antd';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';

/** A server or network error: the translated meaning of its code, then the server's own words. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  const t = useT();
  const d = describeError(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-code={d.code}
      title={`${t(d.titleKey)}${d.code !== 'NETWORK' && d.code !== 'UNKNOWN' ? ` (${d.code})` : ''}`}
      description={d.messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    />
  );
}
