import { useApolloClient } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { TRAINING_PLAN_DOCUMENT } from './api/training.query';
import { downloadDocument } from './document-file';
import { errorText } from './error-text';

/** 导出培训计划（附件3）: the college's plan as the server lays it out (XLSX, A4 landscape); every export is audited. */
export function PlanExportButton({ collegeCode, semester }: { collegeCode: string; semester: string }) {
  const t = useT();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      // Not cached: each download is a new export (and a new audit entry), with today's date on it.
      const { data } = await client.query({ query: TRAINING_PLAN_DOCUMENT, variables: { collegeCode, semester }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('empty response');
      downloadDocument(data.trainingPlanDocument);
      message.success(t('lists.exported', { filename: data.trainingPlanDocument.filename }));
    } catch (e) {
      message.error(t('training.plan.failed', { message: errorText(e, t) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={() => void run()} loading={busy} data-testid="plan-export">
      {t('training.plan.export')}
    </Button>
  );
}
