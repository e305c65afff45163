import { useApolloClient } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { SubmissionKind } from '@/gql/graphql';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';
import { SUBMISSION_DOCUMENT } from './api';

function download(file: { base64: string; contentType: string; filename: string }) {
  const binary = atob(file.base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 下载附件1/附件3: the official XLSX of a submitted version, made again by the server (audited). */
export function DocumentButton({ id, kind, version, testId, size = 'small' }: { id: string; kind: SubmissionKind; version?: number; testId?: string; size?: 'small' | 'middle' }) {
  const t = useT();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      // Every download is a fresh, audited read: never from the cache.
      const { data } = await client.query({ query: SUBMISSION_DOCUMENT, variables: { id, version }, fetchPolicy: 'network-only' });
      if (data) download(data.submissionDocument);
    } catch (e) {
      void message.error(describeError(e).messages.join(' '));
    } finally {
      setBusy(false);
    }
  };
  const label = t(kind === 'NETWORK_ROSTER' ? 'submissions.download.NETWORK_ROSTER' : 'submissions.download.TRAINING_PLAN');
  return (
    <Button size={size} loading={busy} onClick={() => void run()} data-testid={testId}>
      {version !== undefined ? `${label} · ${t('submissions.version', { version })}` : label}
    </Button>
  );
}
