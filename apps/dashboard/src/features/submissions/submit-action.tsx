import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, type ButtonProps, Modal } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useT } from '@/lib/i18n/i18n';
import { SUBMISSION_CHECK, SUBMIT } from './api';
import type { Sub } from './names';

/**
 * 提交: first `submissionCheck` (blocking problems disable the button; warnings ask for a
 * confirmation), then `submit` with the revision read; the new version is announced.
 */
export function SubmitAction({ sub, testId, onDone }: { sub: Sub; testId: string; onDone: (version: number) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const input = { collegeCode: sub.collegeCode, semester: sub.semester, kind: sub.kind, level: sub.level, revision: sub.revision };
  const check = useQuery(SUBMISSION_CHECK, { variables: { input }, fetchPolicy: 'network-only' });
  const [submit, { loading }] = useMutation(SUBMIT);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const blocking = check.data?.submissionCheck.blocking ?? [];
  const warnings = check.data?.submissionCheck.warnings ?? [];

  const run = async () => {
    setError(null);
    try {
      const { data } = await submit({ variables: { input } });
      if (data) {
        void message.success(t('submissions.submittedVersion', { version: data.submit.version }));
        onDone(data.submit.version);
      }
    } catch (e) {
      setError(e);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="submission-submit">
      {blocking.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid={`${testId}-blocking`}
          title={t('submissions.blockingHeading')}
          description={
            <ul className="submission-problems">
              {blocking.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      )}
      {blocking.length === 0 && warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid={`${testId}-warnings`}
          title={t('submissions.warningsHeading')}
          description={
            <ul className="submission-problems">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      {check.error && <ErrorAlert error={check.error} />}
      {error !== null && <ErrorAlert error={error} />}
      <Button
        type="primary"
        data-testid={testId}
        disabled={!check.data || blocking.length > 0}
        loading={loading || (check.loading && !check.data)}
        onClick={() => (warnings.length > 0 ? setConfirming(true) : void run())}
      >
        {t('submissions.submit')}
      </Button>
      {confirming && (
        <Modal
          open
          title={t('submissions.confirmTitle')}
          okText={t('submissions.confirmOk')}
          cancelText={t('common.cancel')}
          confirmLoading={loading}
          onOk={() => void run()}
          onCancel={() => setConfirming(false)}
          okButtonProps={{ 'data-testid': `${testId}-confirm` } as ButtonProps}
        >
          <ul className="submission-problems" data-testid={`${testId}-confirm-warnings`}>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Modal>
      )}
    </div>
  );
}
