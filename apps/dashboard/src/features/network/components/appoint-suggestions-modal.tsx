import { useMutation } from '@apollo/client/react';
import { Alert, Button, Modal, Result, Typography } from 'antd';
import { type HTMLAttributes, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import type { NetworkLevel } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { APPOINT_SUGGESTED_OFFICERS, type SuggestedOfficerRow } from '../api/appoint-suggested-officers.mutation';
import type { DormRosterEntry } from '../api/college-roster.query';

type Phase = { kind: 'preview' } | { kind: 'done'; appointed: number };

/**
 * 任命全部建议人选: the server's preview (a dry run of the very appointments), one confirmation that
 * sends the previewed rows back, and the result. Nothing is appointed unless every row can be.
 */
export function AppointSuggestionsModal({ collegeCode, level, onClose }: { collegeCode: string; level: NetworkLevel; onClose: () => void }) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'preview' });
  const [rows, setRows] = useState<SuggestedOfficerRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [run, { loading: previewing }] = useMutation(APPOINT_SUGGESTED_OFFICERS);
  const [commit, { loading: committing }] = useMutation(APPOINT_SUGGESTED_OFFICERS, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });

  const preview = useCallback(async () => {
    setError(null);
    setRows(null);
    try {
      const res = await run({ variables: { input: { collegeCode, level, dryRun: true } } });
      setRows(res.data?.appointSuggestedOfficers.rows ?? []);
    } catch (e) {
      setError(e);
    }
  }, [run, collegeCode, level]);

  useEffect(() => {
    void preview();
  }, [preview]);

  const problems = rows?.filter((r) => r.problem !== null).length ?? 0;
  const canCommit = !!rows && rows.length > 0 && problems === 0 && !previewing;

  const confirm = async () => {
    if (!rows) return;
    setError(null);
    try {
      const res = await commit({
        variables: { input: { collegeCode, level, dryRun: false, expected: rows.map((r) => ({ dormCode: r.dormCode, studentNo: r.studentNo })) } },
      });
      setPhase({ kind: 'done', appointed: res.data?.appointSuggestedOfficers.appointed ?? 0 });
    } catch (e) {
      setError(e);
    }
  };

  const footer =
    phase.kind === 'done'
      ? [
          <Button key="close" type="primary" onClick={onClose} data-testid="appoint-suggestions-close">
            {t('bulk.close')}
          </Button>,
        ]
      : [
          <Button key="cancel" onClick={onClose} disabled={committing}>
            {t('common.cancel')}
          </Button>,
          ...(error !== null
            ? [
                <Button key="again" onClick={() => void preview()} loading={previewing} data-testid="appoint-suggestions-again">
                  {t('bulk.previewAgain')}
                </Button>,
              ]
            : []),
          <Button key="ok" type="primary" disabled={!canCommit} loading={committing} onClick={() => void confirm()} data-testid="appoint-suggestions-ok">
            {t('bulk.confirmAppoint', { n: rows?.length ?? 0 })}
          </Button>,
        ];

  return (
    <Modal open title={t('bulk.appointTitle')} onCancel={onClose} maskClosable={!committing} footer={footer} width={760} data-testid="appoint-suggestions-modal">
      {phase.kind === 'done' ? (
        <div data-testid="appoint-suggestions-result">
          <Result status="success" title={t('bulk.appointed', { n: phase.appointed })} subTitle={t('bulk.appointedHint')} />
        </div>
      ) : (
        <>
          <p className="hint">{t('bulk.appointHint')}</p>
          {rows && rows.length === 0 && <Alert type="info" showIcon title={t('bulk.nothingToAppoint')} data-testid="appoint-suggestions-empty" />}
          {problems > 0 && <Alert type="warning" showIcon title={t('bulk.problems', { n: problems })} className="bulk-alert" data-testid="appoint-suggestions-problems" />}
          {(rows === null || rows.length > 0) && (
            <ResponsiveTable<SuggestedOfficerRow>
              size="small"
              rowKey="dormCode"
              loading={previewing && rows === null}
              dataSource={rows ?? []}
              pagination={(rows?.length ?? 0) > 10 ? { pageSize: 10 } : false}
              data-testid="appoint-suggestions-table"
              onRow={(r) => ({ 'data-testid': `suggestion-row-${r.dormCode}` }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('dorms.col.code'), key: 'dorm', render: (_: unknown, r) => r.dormCode },
                { title: t('dorms.col.place'), key: 'place', render: (_: unknown, r) => t('dorms.place', { building: r.building, room: r.room }) },
                { title: t('bulk.col.student'), key: 'student', render: (_: unknown, r) => t('common.nameNo', { name: r.studentName, no: r.studentNo }) },
                {
                  title: t('bulk.col.check'),
                  key: 'check',
                  render: (_: unknown, r) =>
                    r.problem === null ? t('bulk.rowOk') : <Typography.Text type="danger">{t('error.serverSays', { message: r.problem })}</Typography.Text>,
                },
              ]}
            />
          )}
          {error !== null && <ErrorAlert error={error} testId="appoint-suggestions-error" />}
        </>
      )}
    </Modal>
  );
}

/** The dorms card's button: shown to writers when some dorm without an officer has a suggested student. */
export function AppointSuggestionsButton({ dorms }: { dorms: DormRosterEntry[] }) {
  const t = useT();
  // The roster page's college (route colleges/:code) and level (?level=).
  const { code = '' } = useParams();
  const [level] = useLevel();
  const [open, setOpen] = useState(false);
  const count = dorms.filter((d) => !d.officer && d.suggestedOfficer).length;
  if (count === 0 && !open) return null;
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} aria-label={t('bulk.appointAllLabel', { n: count })} data-testid="appoint-suggestions">
        {t('bulk.appointAll')}
      </Button>
      {open && <AppointSuggestionsModal collegeCode={code} level={level} onClose={() => setOpen(false)} />}
    </>
  );
}
