import { useQuery } from '@apollo/client/react';
import { Button, Card, Select, Space, Tag } from 'antd';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import type { CollegeChecklistQuery } from '@/gql/graphql';
import { useAccess } from '@/lib/auth/access';
import { useT } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { canSubmit } from './access';
import { COLLEGE_CHECKLIST } from './api';
import { DocumentButton } from './document-button';
import { HistoryDrawer } from './history-drawer';
import { formatAt, requirementName, type Sub } from './names';
import { StateTag } from './state-tag';
import { canSubmitState, dueText, fixPath, type LineState, lineState, TONE_STYLE } from './status';
import { SubmitAction } from './submit-action';
import { useSubmissionSemester } from './use-semester';

type Item = CollegeChecklistQuery['collegeChecklist']['items'][number];

const LINE_TONE: Record<LineState, keyof typeof TONE_STYLE> = { done: 'done', blocking: 'attention', warning: 'idle' };
const LINE_STYLE: Record<LineState, { color: string; background: string; borderColor: string }> = {
  ...{ done: TONE_STYLE[LINE_TONE.done], blocking: TONE_STYLE[LINE_TONE.blocking] },
  warning: { color: '#7a2e00', background: '#fff1e0', borderColor: '#fa8c16' },
};

const lineId = (i: Pick<Item, 'key' | 'level'>) => `${i.key}-${i.level ?? 'all'}`;
const LINE_GROUPS = ['UNDERGRADUATE', 'GRADUATE', null] as const;
const subId = (s: Pick<Sub, 'kind' | 'level'>) => (s.kind === 'TRAINING_PLAN' ? 'plan' : (s.level ?? 'all'));

function LineRow({ item, collegeCode, semester }: { item: Item; collegeCode: string; semester: string }) {
  const t = useT();
  const state = lineState(item);
  const path = state === 'done' ? null : fixPath(item.key, collegeCode, item.level, semester);
  return (
    <li className={`checklist-line checklist-line-${state}`} data-testid={`checklist-line-${lineId(item)}`} data-state={state}>
      <Tag style={LINE_STYLE[state]}>{t(`submissions.line.${state}`)}</Tag>
      <span className="checklist-line-text">
        {item.text}
        {item.count != null && item.of != null && <span className="checklist-line-count"> ({t('submissions.count', { count: item.count, of: item.of })})</span>}
      </span>
      {path && (
        <Link to={path} className="checklist-line-fix" data-testid={`checklist-fix-${lineId(item)}`}>
          {t('submissions.fix')}
        </Link>
      )}
    </li>
  );
}

function SubmissionCard({ item, sub, mayFix, onChanged }: { item: Item; sub: Sub & { changedSinceSubmission: boolean }; mayFix: boolean; onChanged: () => void }) {
  const t = useT();
  const [history, setHistory] = useState(false);
  const id = subId(sub);
  const due = canSubmitState(sub.state) ? dueText(item.daysLeft) : null;
  return (
    <Card size="small" className="submission-card" data-testid={`submission-${id}`} title={requirementName(t, sub)}>
      <Space wrap size={[8, 8]}>
        <StateTag state={sub.state} daysLeft={item.daysLeft} testId={`submission-${id}-state`} />
        {sub.version > 0 && <span data-testid={`submission-${id}-version`}>{t('submissions.version', { version: sub.version })}</span>}
        <span className="hint">{t('submissions.dueOn', { date: sub.dueOn })}</span>
        {due && (
          <span className={due.key === 'submissions.daysLate' ? 'submission-late' : 'hint'} data-testid={`submission-${id}-due`}>
            {t(due.key, { days: due.days })}
          </span>
        )}
        {sub.late && <Tag style={TONE_STYLE.attention}>{t('submissions.late')}</Tag>}
        {sub.version > 0 && sub.changedSinceSubmission && (
          <Tag style={LINE_STYLE.warning} data-testid={`submission-${id}-changed`}>
            {t('submissions.changed')}
          </Tag>
        )}
      </Space>
      {sub.submittedAt && <p className="hint">{formatAt(sub.submittedAt)}</p>}
      {sub.state === 'RETURNED' && sub.returnReason && (
        <p className="submission-late" data-testid={`submission-${id}-reason`}>
          {t('submissions.returnReason', { reason: sub.returnReason })}
        </p>
      )}
      {sub.paperReceivedOn && <p className="hint">{t('submissions.paperOn', { date: sub.paperReceivedOn })}</p>}
      {mayFix && canSubmitState(sub.state) && <SubmitAction sub={sub} testId={`submit-${id}`} onDone={onChanged} />}
      <Space wrap style={{ marginTop: 8 }}>
        {sub.version > 0 && <DocumentButton id={sub.id} kind={sub.kind} testId={`download-${id}`} />}
        {sub.history.length > 0 && (
          <Button size="small" onClick={() => setHistory(true)} data-testid={`history-${id}`}>
            {t('submissions.history')}
          </Button>
        )}
      </Space>
      {history && <HistoryDrawer submission={sub} onClose={() => setHistory(false)} />}
    </Card>
  );
}

/** 完成情况: a college's checklist for a semester, where its leaders submit 附件1 and 附件3. */
export function ChecklistPage() {
  const t = useT();
  const access = useAccess();
  const selectId = useId();
  const { collegeCode = '' } = useParams<{ collegeCode: string }>();
  const choice = useSubmissionSemester();
  const { semester } = choice;
  const q = useQuery(COLLEGE_CHECKLIST, { variables: { collegeCode, semester: semester ?? '' }, skip: !semester, fetchPolicy: 'cache-and-network' });
  const list = q.data?.collegeChecklist;
  useDocumentTitle(list ? t('submissions.checklistTitle', { college: list.collegeName }) : t('nav.checklist'));
  const lines = list?.items.filter((i) => i.key !== 'SUBMISSION') ?? [];
  // Undergraduate, graduate, then the college's own, as the lines above.
  const levelRank = (i: Item) => LINE_GROUPS.indexOf(i.level ?? null);
  const subs = (list?.items.filter((i) => i.key === 'SUBMISSION' && i.submission) ?? []).sort((a, b) => levelRank(a) - levelRank(b));
  const mayFix = canSubmit(access, collegeCode);

  return (
    <>
      <div className="page-heading-row">
        <div>
          <h1 className="page-title">{list ? t('submissions.checklistTitle', { college: list.collegeName }) : t('nav.checklist')}</h1>
          <p className="page-subtitle">{t('submissions.checklistIntro')}</p>
        </div>
        <span className="semester-picker">
          <label htmlFor={selectId}>{t('submissions.semester')}</label>
          <Select<string>
            id={selectId}
            data-testid="semester-picker"
            value={semester ?? undefined}
            loading={choice.loading}
            onChange={choice.setSemester}
            options={choice.options}
            popupMatchSelectWidth={false}
            style={{ minWidth: 200 }}
          />
        </span>
      </div>
      {choice.error !== null && !semester && <ErrorAlert error={choice.error} />}
      {q.error && <ErrorAlert error={q.error} stale={!!q.data} />}
      {!list && (q.loading || choice.loading) && <PageSpinner />}
      {list && semester && (
        <div className="checklist-grid">
          <section aria-labelledby="checklist-lines" className="checklist-section">
            <h2 id="checklist-lines" className="level-heading">
              {t('submissions.linesHeading')}
            </h2>
            {/* The two networks are kept apart, as everywhere else: one group per level, then the college's own. */}
            {LINE_GROUPS.map((level) => {
              const group = lines.filter((i) => (i.level ?? null) === level);
              if (group.length === 0) return null;
              return (
                <div key={level ?? 'all'} className="checklist-group">
                  <h3 className="checklist-group-heading">{level ? t(`level.${level}`) : t('submissions.collegeWide')}</h3>
                  <ul className="checklist-lines" data-testid={`checklist-lines-${level ?? 'all'}`}>
                    {group.map((i) => (
                      <LineRow key={lineId(i)} item={i} collegeCode={collegeCode} semester={semester} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
          <section aria-labelledby="checklist-subs" className="checklist-section">
            <h2 id="checklist-subs" className="level-heading">
              {t('submissions.submissionsHeading')}
            </h2>
            {subs.length === 0 && <p className="hint">{t('submissions.empty')}</p>}
            <div className="submission-cards">
              {subs.map((i) => (
                <SubmissionCard key={i.submission!.id} item={i} sub={i.submission!} mayFix={mayFix} onChanged={() => void q.refetch()} />
              ))}
            </div>
          </section>
        </div>
      )}
    </>
  );
}
