import { useQuery } from '@apollo/client/react';
import { Space } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { KpiCard } from '@/components/kpi-card';
import { NoAccess } from '@/components/no-access';
import { PageSpinner } from '@/components/page-spinner';
import { RateLegend } from '@/components/rate-grade';
import { StatusTag } from '@/components/status-tag';
import { canSeeAggregates, useAccess } from '@/lib/auth/access';
import { describeError } from '@/lib/graphql-errors';
import { todayIso } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel, withLevel } from '@/lib/level';
import { formatRate, rateGrade } from '@/lib/rate-scale';
import { useDocumentTitle } from '@/lib/use-document-title';
import { canWriteTraining } from './access';
import { COLLEGE_TRAINING, type CollegeTraining, type TrainingSession } from './api/training.query';
import { AttendanceModal } from './attendance-modal';
import { AttendeesModal } from './attendees-modal';
import { targetState } from './completion';
import { TARGET_TONE } from './completion-columns';
import { CompletionModal } from './completion-modal';
import { HeldModal } from './held-modal';
import { MissingCard } from './missing-card';
import { whatIsMissing } from './missing';
import { PlanExportButton } from './plan-export-button';
import { ProgrammeSummary } from './programme-summary';
import { SemesterPicker } from './semester-picker';
import { SessionFormModal } from './session-form-modal';
import { type SessionAction, SessionsCard } from './sessions-card';
import { TraineesCard } from './trainees-card';
import { TrainingImportCard } from './training-import-card';
import { useSemester, withSemester } from './use-semester';

type Dialog =
  | { kind: 'session'; session: TrainingSession | null }
  | { kind: 'held'; session: TrainingSession }
  | { kind: 'attendance'; session: TrainingSession }
  | { kind: 'attendees'; session: TrainingSession }
  | { kind: 'completion'; studentNos: string[]; moduleCode?: string };

function Summary({ data }: { data: CollegeTraining }) {
  const { t, language } = useI18n();
  const { summary: s, programme: p } = data;
  const state = targetState(s.selfDesignedSessionsHeld, p.sessionTargetMin, p.sessionTargetMax);
  const rate = (r: number) => formatRate(r, s.trainees, language);
  const of = (n: number) => t('training.kpi.of', { n, d: s.trainees });
  return (
    <section className="kpi-grid" aria-label={t('training.summary')}>
      <KpiCard testId="college-kpi-trainees" title={t('training.col.trainees')} value={String(s.trainees)} />
      <KpiCard testId="college-kpi-completion" title={t('training.col.completion')} value={rate(s.completion)} grade={rateGrade(s.completion, s.trainees)} detail={of(s.completed)} />
      <KpiCard testId="college-kpi-basic" title={t('training.col.basicCompletion')} value={rate(s.basicCompletion)} grade={rateGrade(s.basicCompletion, s.trainees)} detail={of(s.basicCompleted)} />
      <KpiCard
        testId="college-kpi-attendance"
        title={t('training.col.selfDesignedAttendance')}
        value={rate(s.selfDesignedAttendance)}
        grade={rateGrade(s.selfDesignedAttendance, s.trainees)}
        detail={of(s.attendedSelfDesigned)}
      />
      <KpiCard
        testId="college-kpi-sessions"
        title={t('training.kpi.sessionsHeld')}
        value={t('training.kpi.sessionsValue', { held: s.selfDesignedSessionsHeld })}
        tone={state === 'below' ? 'warning' : 'normal'}
        detail={
          <>
            <StatusTag tone={TARGET_TONE[state]} testId="college-target">
              {t(`training.target.${state}`)}
            </StatusTag>
            {t('training.kpi.target', { min: p.sessionTargetMin, max: p.sessionTargetMax })}
          </>
        }
      />
    </section>
  );
}

/**
 * A college's training at a level in a semester (/colleges/:collegeCode/training): the summary
 * against the target, what is still missing, the plan's sessions, the trainees one by one and the
 * imports. Leaders of the college, the school administration and the Center write; counselors
 * read the trainees of their own classes.
 */
export function CollegeTrainingPage() {
  const { t } = useI18n();
  const { collegeCode = '' } = useParams();
  const [level] = useLevel();
  const access = useAccess();
  const choice = useSemester();
  const { semester } = choice;
  const canWrite = canWriteTraining(access, collegeCode);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { data, error, loading, refetch } = useQuery(COLLEGE_TRAINING, {
    variables: { collegeCode, level, semester: semester ?? '' },
    skip: !semester,
    fetchPolicy: 'cache-and-network',
  });
  const training = data?.collegeTraining.level === level && data.collegeTraining.semester === semester && data.collegeTraining.collegeCode === collegeCode ? data.collegeTraining : undefined;
  const semesterName = choice.semesters.find((s) => s.code === semester)?.name ?? semester ?? '';
  const levelName = t(`level.${level}`);
  useDocumentTitle(training ? `${training.collegeName} · ${t('training.collegeTitle')} · ${levelName}` : t('training.collegeTitle'));
  const items = useMemo(
    () =>
      training
        ? whatIsMissing({ level, today: todayIso(), summary: training.summary, programme: training.programme, sessions: training.sessions, trainees: training.trainees })
        : [],
    [training, level],
  );

  if (error && !training && ['NOT_FOUND', 'FORBIDDEN'].includes(describeError(error).code)) {
    return <NoAccess message={t('training.noAccess', { code: collegeCode })} />;
  }
  const byId = (id: string) => training?.sessions.find((s) => s.id === id);
  const onAction = (action: SessionAction, session: TrainingSession) =>
    setDialog(action === 'edit' ? { kind: 'session', session } : { kind: action, session });

  return (
    <>
      <nav className="back-links" aria-label={t('training.backLinks')}>
        {canSeeAggregates(access) && (
          <Link to={withSemester(withLevel('/training', level), semester)} data-testid="back-to-training">
            ← {t('training.backToOverview')}
          </Link>
        )}
        <Link to={withLevel(`/colleges/${encodeURIComponent(collegeCode)}`, level)} data-testid="to-roster">
          {t('training.toRoster')}
        </Link>
      </nav>
      <div className="page-heading-row">
        <div>
          <h1 className="page-title" data-testid="college-training-heading">
            {t('training.collegeHeading', { college: training?.collegeName ?? collegeCode })}
          </h1>
          <p className="page-subtitle">{t('training.collegeSubtitle', { semester: semesterName, level: levelName })}</p>
        </div>
        {semester && (
          <Space wrap>
            <PlanExportButton collegeCode={collegeCode} semester={semester} />
          </Space>
        )}
      </div>
      <div className="overview-toolbar training-toolbar">
        <SemesterPicker choice={choice} />
        <RateLegend />
      </div>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!training} />}
      {!training && (loading || choice.loading) && <PageSpinner />}
      {training && (
        <>
          <ProgrammeSummary programme={training.programme} />
          {!canWrite && <p className="hint" data-testid="training-read-only">{t('training.readOnly')}</p>}
          <Summary data={training} />
          <MissingCard
            items={items}
            levelName={levelName}
            traineeCount={training.trainees.length}
            canWrite={canWrite}
            onAddSession={() => setDialog({ kind: 'session', session: null })}
            onMarkHeld={(id) => {
              const s = byId(id);
              if (s) setDialog({ kind: 'held', session: s });
            }}
            onRecordAttendance={(id) => {
              const s = byId(id);
              if (s) setDialog({ kind: 'attendance', session: s });
            }}
            onRecordModule={(moduleCode, studentNos) => setDialog({ kind: 'completion', moduleCode, studentNos })}
          />
          <SessionsCard sessions={training.sessions} level={level} canWrite={canWrite} onAdd={() => setDialog({ kind: 'session', session: null })} onAction={onAction} />
          <TraineesCard
            trainees={training.trainees}
            programme={training.programme}
            semester={training.semester}
            level={level}
            collegeCode={collegeCode}
            canWrite={canWrite}
            onRecordCompletion={(studentNos) => setDialog({ kind: 'completion', studentNos })}
          />
          {canWrite && (
            <TrainingImportCard
              semester={training.semester}
              onImported={() => void refetch()}
              example={{
                studentNo: training.trainees[0]?.studentNo ?? '2024000001',
                moduleCode: training.programme.moduleCodes[0] ?? 'COURSEWARE',
                sessionCode: training.sessions[0]?.code ?? `${collegeCode}-01`,
                date: todayIso(),
              }}
            />
          )}
        </>
      )}
      {training && dialog?.kind === 'session' && (
        <SessionFormModal collegeCode={collegeCode} semester={training.semester} level={level} session={dialog.session} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'held' && <HeldModal session={dialog.session} onClose={() => setDialog(null)} />}
      {training && dialog?.kind === 'attendance' && <AttendanceModal session={dialog.session} trainees={training.trainees} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'attendees' && <AttendeesModal session={dialog.session} canWrite={canWrite} onClose={() => setDialog(null)} />}
      {training && dialog?.kind === 'completion' && (
        <CompletionModal
          semester={training.semester}
          programme={training.programme}
          trainees={training.trainees}
          studentNos={dialog.studentNos}
          moduleCode={dialog.moduleCode}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
