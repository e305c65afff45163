import { Alert, Button, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '@/lib/i18n/i18n';
import type { CreatedApiToken } from './create-api-token.mutation';

/** The new token, shown once: the server keeps only its hash. */
export function CreatedToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // Bring the box into view and focus, so a keyboard or screen-reader user meets it first.
  useEffect(() => {
    ref.current?.focus();
  }, [created.token]);
  return (
    <div ref={ref} tabIndex={-1} className="section created-token" data-testid="created-token" aria-labelledby="created-token-title">
      <Alert
        type="warning"
        showIcon
        title={
          <span id="created-token-title">
            {t('tokens.createdTitle', { name: created.apiToken.name })}
          </span>
        }
        description={
          <>
            <p>{t('tokens.createdWarning')}</p>
            <Typography.Paragraph
              copyable={{ text: created.token, tooltips: [t('tokens.copy'), t('tokens.copied')] }}
              className="token-value"
            >
              <code data-testid="created-token-value">{created.token}</code>
            </Typography.Paragraph>
            <Button onClick={onDone} data-testid="created-token-done">
              {t('tokens.savedDone')}
            </Button>
          </>
        }
      />
    </div>
  );
}
