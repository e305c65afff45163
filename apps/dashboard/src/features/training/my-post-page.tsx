import { useQuery } from '@apollo/client/react';
import { Card, Empty } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { StatusTag } from '@/components/status-tag';
import { useAccess } from '@/lib/auth/access';
import { useI18n } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import { useCollegeOptions } from '@/lib/use-college-options';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MY_DORMS, MY_TRAINING } from './api/training.query';
import { DUTY_KEYS, myPosts, orderMySessions } from './my-post';
import { SemesterPicker } from './semester-picker';
import { sessionDate } from './session-form';
import { useSemester } from './use-semester';

/**
 * 我的岗位 (phone first): a committee member's or dorm officer's post (their class or dorm, by
 * name), its duties from the notice, and their own training this semester: modules done and
 * missing, the sessions of their college for their level, and those they attended.
 */
export function MyPostPage() {
  const { t } = useI18n();
  const access = useAccess();
  const choice = useSemester();
  const colleges = useCollegeOptions();
  const studentNo = access.user.studentNo ?? '';
  const { semester } = choice;
  const { data, error, loading, refetch } = useQuery(MY_TRAINING, {
    variables: { semester: semester ?? '', studentNo },
    skip: !semester || !studentNo,
    fetchPolicy: 'cache-and-network',
  });
  const me = data?.me.edges[0]?.node;
  const mine = data?.myTraining;
  const status = mine?.status ?? null;
  const isOfficer = !!status?.dormCode && status.posts.includes(status.dormCode);
  const dorms = useQuery(MY_DORMS, { variables: { collegeCode: me?.collegeCode ?? '', level: me?.level ?? 'UNDERGRADUATE' }, skip: !me || !isOfficer });
  const dorm = dorms.data?.dormitories.find((d) => d.code === status?.dormCode) ?? null;
  const posts = myPosts(status, { className: me?.className, dorm });
  useDocumentTitle(t('myPost.title'));

  const modules = mine?.programme.modules ?? [];
  const attended = new Set(mine?.attendedSessionCodes ?? []);
  const sessions = orderMySessions(mine?.sessions ?? []);
  const attendedSessions = (mine?.attendedSessionCodes ?? []).map((code) => mine?.sessions.find((s) => s.code === code) ?? { code, title: code, held: true, heldOn: null, plannedOn: null, place: null });
  const min = mine?.programme.minSelfDesignedAttendance ?? 1;

  return (
    <div className="my-post">
      <h1 className="page-title">{t('myPost.title')}</h1>
      {!studentNo && <Empty description={t('myPost.noStudent')} data-testid="my-post-no-student" />}
      {studentNo && (
        <>
          <div className="my-post-semester">
            <SemesterPicker choice={choice} testId="my-post-semester" />
          </div>
          {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!mine} />}
          {!mine && (loading || choice.loading) && <PageSpinner />}
          {mine && !status && (
            <Card className="section" data-testid="my-post-none">
              <Empty description={t('myPost.noPost')} />
            </Card>
          )}
          {mine && status && (
            <>
              <Card className="section" data-testid="my-post-card" title={<h2 className="card-heading">{t('myPost.post')}</h2>}>
                <ul className="my-post-posts">
                  {posts.map((p) => (
                    <li key={p.kind} data-testid={`my-post-${p.kind}`}>
                      <strong>{t(`myPost.kind.${p.kind}`)}</strong>
                      <span>{p.name}</span>
                    </li>
                  ))}
                </ul>
                {me && (
                  <>
                    <p className="muted">
                      {colleges.name(me.collegeCode)} · {t(`level.${me.level}`)}
                    </p>
                    <p>
                      <Link to={withLevel(`/colleges/${encodeURIComponent(me.collegeCode)}`, me.level)} data-testid="my-post-roster">
                        {t('myPost.toRoster')} →
                      </Link>
                    </p>
                  </>
                )}
              </Card>

              <Card className="section" data-testid="my-post-duties" title={<h2 className="card-heading">{t('myPost.duties')}</h2>}>
                {posts.map((p) => (
                  <section key={p.kind} aria-label={t(`myPost.kind.${p.kind}`)}>
                    {posts.length > 1 && <h3 className="training-subheading">{t(`myPost.kind.${p.kind}`)}</h3>}
                    <ol className="my-post-duties">
                      {DUTY_KEYS[p.kind].map((k) => (
                        <li key={k}>{t(k)}</li>
                      ))}
                    </ol>
                  </section>
                ))}
                <p className="hint">{t('myPost.dutiesSource')}</p>
              </Card>

              <Card
                className="section"
                data-testid="my-training"
                title={<h2 className="card-heading">{t('myPost.training')}</h2>}
                extra={
                  <StatusTag tone={status.completed ? 'success' : 'warning'} testId="my-training-status">
                    {status.completed ? t('training.trainees.complete') : t('training.trainees.notComplete')}
                  </StatusTag>
                }
              >
                <h3 className="training-subheading">{t('myPost.basic')}</h3>
                <ul className="my-modules">
                  {modules.map((m) => {
                    const done = status.modulesDone.includes(m.code);
                    return (
                      <li key={m.code} className={done ? 'my-module-done' : 'my-module-missing'} data-testid={`my-module-${m.code}`} data-done={done}>
                        <span aria-hidden="true" className="my-module-mark">
                          {done ? '✓' : '○'}
                        </span>
                        <span>{m.name}</span>
                        <span className="my-module-state">{done ? t('myPost.moduleDone') : t('myPost.moduleMissing')}</span>
                      </li>
                    );
                  })}
                </ul>
                <h3 className="training-subheading">{t('myPost.selfDesigned')}</h3>
                <p data-testid="my-sessions-count" className={status.attendedSelfDesigned ? undefined : 'training-warning'}>
                  {t('myPost.attendedCount', { n: status.sessionsAttended, min })}
                </p>
              </Card>

              <Card className="section" data-testid="my-sessions" title={<h2 className="card-heading">{t('myPost.sessions')}</h2>}>
                {sessions.length === 0 ? (
                  <p className="hint">{t('myPost.noSessions')}</p>
                ) : (
                  <ul className="my-session-list">
                    {sessions.map((s) => (
                      <li key={s.id} data-testid={`my-session-${s.code}`}>
                        <div className="my-session-head">
                          <span className="my-session-date">{sessionDate(s) ?? t('myPost.noDate')}</span>
                          <StatusTag tone={s.held ? 'success' : 'neutral'}>{t(`training.status.${s.status}`)}</StatusTag>
                          {attended.has(s.code) && <StatusTag tone="success">{t('myPost.attended')}</StatusTag>}
                        </div>
                        <p className="my-session-title">{s.title}</p>
                        <p className="muted">
                          {[s.place, s.speaker && t('myPost.speaker', { name: s.speaker }), t(`training.form.${s.form}`)].filter(Boolean).join(' · ')}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>

              <Card className="section" data-testid="my-attended" title={<h2 className="card-heading">{t('myPost.attendedTitle', { n: attendedSessions.length })}</h2>}>
                {attendedSessions.length === 0 ? (
                  <p className="hint">{t('myPost.noneAttended')}</p>
                ) : (
                  <ul className="my-session-list">
                    {attendedSessions.map((s) => (
                      <li key={s.code} data-testid={`my-attended-${s.code}`}>
                        <span className="my-session-date">{sessionDate(s) ?? ''}</span> <span className="my-session-title">{s.title}</span>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="hint">{t('myPost.countsHint', { min })}</p>
              </Card>
            </>
          )}
        </>
      )}
    </div>
  );
}
