import { Alert, Button } from 'antd';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';

export interface ErrorAlertProps {
  error: unknown;
  testId?: string;
  /** Offered as a "retry" button when the failure may pass (network, server fault). */
  onRetry?: () => unknown;
  /** Data from before the failure is still on screen: say it may be out of date. */
  stale?: boolean;
}

/**
 * A server or network error in the reader's language: what happened (no server codes in the
 * title), the server's own words for a refused request, what to do for a failure that may pass.
 */
export function ErrorAlert({ error, testId = 'error-alert', onRetry, stale = false }: ErrorAlertProps) {
  const t = useT();
  const d = describeError(error);
  const lines = [...d.messages, ...(d.hintKey ? [t(d.hintKey)] : []), ...(stale ? [t('error.stale')] : [])];
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid={testId}
      data-code={d.code}
      data-stale={stale ? 'true' : undefined}
      title={t(d.titleKey)}
      description={
        lines.length > 0 ? (
          <>
            {lines.map((m) => (
              <div key={m} data-testid={m === t('error.stale') ? `${testId}-stale` : undefined}>
                {m}
              </div>
            ))}
          </>
        ) : undefined
      }
      action={
        onRetry && d.transient ? (
          <Button size="small" onClick={() => void onRetry()} data-testid={`${testId}-retry`}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
