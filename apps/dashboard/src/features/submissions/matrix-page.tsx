import { useQuery } from '@apollo/client/react';
import { Button, Select, Space } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ServerExportButtons } from '@/components/server-export-buttons';
import { PageSpinner } from '@/components/page-spinner';
import { ResponsiveTable } from '@/components/responsive-table';
import type { NetworkLevel, SubmissionKind, SubmissionState } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { canSetDeadline, isCenter } from './access';
import { SUBMISSIONS } from './api';
import { CenterActionModal, DeadlineModal } from './center-modals';
import { HistoryDrawer } from './history-drawer';
import { requirementName, stateName, type Sub } from './names';
import { StateTag } from './state-tag';
import { useSubmissionSemester as useSubmissionSemesterChoice } from './use-semester';
import { type CenterAction, centerActions, dueText, isOwed, REQUIREMENTS, type Requirement, sameRequirement, STATE_ORDER, stateKey } from './status';

interface Row {
  collegeCode: string;
  collegeName: string;
  cells: (Sub | undefined)[];
}

const reqId = (r: Requirement) => (r.kind === 'TRAINING_PLAN' ? 'plan' : r.level!);
const ACTION_KEY = { paper: 'submissions.paper', accept: 'submissions.accept', return: 'submissions.return' } as const;

/** The rows of the matrix: one per college, one cell per requirement (undefined: not owed). */
export function matrixRows(subs: readonly Sub[], reqs: readonly Requirement[]): Row[] {
  const byCollege = new Map<string, Row>();
  for (const s of subs) {
    const row = byCollege.get(s.collegeCode) ?? { collegeCode: s.collegeCode, collegeName: s.collegeName, cells: reqs.map(() => undefined) };
    const i = reqs.findIndex((r) => sameRequirement(r, s));
    if (i >= 0) row.cells[i] = s;
    byCollege.set(s.collegeCode, row);
  }
  return [...byCollege.values()].sort((a, b) => a.collegeCode.localeCompare(b.collegeCode));
}

function Cell({ sub, center, onAction, onHistory }: { sub: Sub; center: boolean; onAction: (a: CenterAction) => void; onHistory: () => void }) {
  const t = useT();
  // Counted by the server in the university's time zone, as on the college's checklist.
  const days = sub.daysLeft ?? null;
  const due = dueText(days);
  const id = `cell-${sub.collegeCode}-${reqId(sub)}`;
  return (
    <div className="submission-cell" data-testid={id} data-state={sub.state}>
      <Space wrap size={[4, 4]}>
        <StateTag state={sub.state} daysLeft={days} testId={`${id}-state`} />
        {sub.version > 0 && <span className="hint">{t('submissions.version', { version: sub.version })}</span>}
        {due && <span className={days! < 0 ? 'submission-late' : 'hint'}>{t(due.key, { days: due.days })}</span>}
        {sub.late && <span className="submission-late">{t('submissions.late')}</span>}
      </Space>
      <Space wrap size={[4, 4]} className="submission-cell-actions">
        {center &&
          centerActions(sub.state).map((a) => (
            <Button key={a} size="small" danger={a === 'return'} onClick={() => onAction(a)} data-testid={`${id}-${a}`}>
              {t(ACTION_KEY[a])}
            </Button>
          ))}
        {sub.history.length > 0 && (
          <Button size="small" type="link" onClick={onHistory} data-testid={`${id}-history`}>
            {t('submissions.history')}
          </Button>
        )}
      </Space>
    </div>
  );
}

/** 材料报送: every college × (附件1 本科生, 附件1 研究生, 附件3), for the school administration and the Center. */
export function MatrixPage() {
  const t = useT();
  const access = useAccess();
  const center = isCenter(access);
  const admin = canSetDeadline(access);
  const ids = { semester: useId(), level: useId(), state: useId() };
  const choice = useSubmissionSemesterChoice();
  const { semester } = choice;
  const [level, setLevel] = useState<NetworkLevel | 'ALL'>('ALL');
  const [state, setState] = useState<SubmissionState | 'ALL'>('ALL');
  const [acting, setActing] = useState<{ sub: Sub; action: CenterAction } | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [deadline, setDeadline] = useState<SubmissionKind | null>(null);
  const q = useQuery(SUBMISSIONS, { variables: { semester: semester ?? '' }, skip: !semester, fetchPolicy: 'network-only' });
  useDocumentTitle(t('submissions.matrixTitle'));
  const subs = useMemo(() => q.data?.submissions ?? [], [q.data]);
  // The level filter narrows the roster columns; the plan has no level and always shows.
  const reqs = REQUIREMENTS.filter((r) => level === 'ALL' || r.level === null || r.level === level);
  const rows = matrixRows(subs, reqs).filter((r) => state === 'ALL' || r.cells.some((c) => c?.state === state));
  const chase = subs
    .filter((s) => isOwed(s.state) && reqs.some((r) => sameRequirement(r, s)))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.collegeCode.localeCompare(b.collegeCode));
  const historySub = subs.find((s) => s.id === historyOf);
  const dueOf = (kind: SubmissionKind) => subs.find((s) => s.kind === kind)?.dueOn;

  return (
    <>
      <div className="page-heading-row">
        <div>
          <h1 className="page-title">{t('submissions.matrixTitle')}</h1>
          <p className="page-subtitle">{t('submissions.legend')}</p>
        </div>
      </div>
      <div className="overview-toolbar submissions-toolbar">
        <span className="semester-picker">
          <label htmlFor={ids.semester}>{t('submissions.semester')}</label>
          <Select<string> id={ids.semester} data-testid="semester-picker" value={semester ?? undefined} onChange={choice.setSemester} options={choice.options} popupMatchSelectWidth={false} style={{ minWidth: 200 }} />
        </span>
        <span className="semester-picker">
          <label htmlFor={ids.level}>{t('submissions.filterLevel')}</label>
          <Select<NetworkLevel | 'ALL'>
            id={ids.level}
            data-testid="filter-level"
            value={level}
            onChange={setLevel}
            style={{ minWidth: 120 }}
            options={[
              { value: 'ALL', label: t('submissions.all') },
              { value: 'UNDERGRADUATE', label: t('level.UNDERGRADUATE') },
              { value: 'GRADUATE', label: t('level.GRADUATE') },
            ]}
          />
        </span>
        <span className="semester-picker">
          <label htmlFor={ids.state}>{t('submissions.filterState')}</label>
          <Select<SubmissionState | 'ALL'>
            id={ids.state}
            data-testid="filter-state"
            value={state}
            onChange={setState}
            style={{ minWidth: 140 }}
            options={[{ value: 'ALL' as const, label: t('submissions.all') }, ...STATE_ORDER.map((s) => ({ value: s, label: t(stateKey(s)) }))]}
          />
        </span>
        <ServerExportButtons
          kind="submissions"
          testId="submissions-export"
          subject={t('submissions.exportName')}
          disabled={!semester || subs.length === 0}
          params={{ semester, level: level === 'ALL' ? null : level, state: state === 'ALL' ? null : state }}
        />
        {admin &&
          semester &&
          (['NETWORK_ROSTER', 'TRAINING_PLAN'] as const).map((k) => (
            <Button key={k} size="small" onClick={() => setDeadline(k)} data-testid={`deadline-${k}`}>
              {t('submissions.setDeadline')} · {t(k === 'NETWORK_ROSTER' ? 'submissions.kind.NETWORK_ROSTER' : 'submissions.kind.TRAINING_PLAN')}
              {dueOf(k) ? ` (${dueOf(k)})` : ''}
            </Button>
          ))}
      </div>
      {choice.error !== null && !semester && <ErrorAlert error={choice.error} />}
      {q.error && <ErrorAlert error={q.error} stale={!!q.data} />}
      {!q.data && (q.loading || choice.loading) && <PageSpinner />}
      {q.data && (
        <>
          <ResponsiveTable<Row>
            data-testid="submissions-matrix"
            rowKey="collegeCode"
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('submissions.empty') }}
            onRow={(r) => ({ 'data-testid': `matrix-row-${r.collegeCode}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('submissions.col.college'),
                key: 'college',
                render: (_, r) => <Link to={`/colleges/${encodeURIComponent(r.collegeCode)}/checklist${semester ? `?semester=${semester}` : ''}`}>{r.collegeName}</Link>,
              },
              ...reqs.map((req, i) => ({
                title: requirementName(t, req),
                key: reqId(req),
                render: (_: unknown, r: Row) => {
                  const c = r.cells[i];
                  if (!c) return <span className="hint">{t('submissions.notRequired')}</span>;
                  return <Cell sub={c} center={center} onAction={(action) => setActing({ sub: c, action })} onHistory={() => setHistoryOf(c.id)} />;
                },
              })),
            ]}
          />
          <section aria-labelledby="chase-heading" className="submissions-chase" data-testid="chase-list">
            <h2 id="chase-heading" className="level-heading">
              {t('submissions.chaseHeading', { count: chase.length })}
            </h2>
            {chase.length === 0 ? (
              <p className="hint">{t('submissions.chaseNone')}</p>
            ) : (
              <ul>
                {chase.map((s) => {
                  const due = dueText(s.daysLeft);
                  return (
                    <li key={s.id} data-testid={`chase-${s.collegeCode}-${reqId(s)}`}>
                      <Link to={`/colleges/${encodeURIComponent(s.collegeCode)}/checklist?semester=${s.semester}`}>{s.collegeName}</Link> · {requirementName(t, s)} · {stateName(t, s.state)}
                      {due && ` · ${t(due.key, { days: due.days })}`}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
      {acting && <CenterActionModal action={acting.action} sub={acting.sub} onClose={() => setActing(null)} />}
      {historySub && <HistoryDrawer submission={historySub} onClose={() => setHistoryOf(null)} />}
      {deadline && semester && <DeadlineModal kind={deadline} semester={semester} current={dueOf(deadline)} onClose={() => setDeadline(null)} />}
    </>
  );
}
