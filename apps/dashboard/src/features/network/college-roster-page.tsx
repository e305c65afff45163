import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Row } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { NoAccess } from '@/components/no-access';
import { KpiCard } from '@/components/kpi-card';
import { PageSpinner } from '@/components/page-spinner';
import { ServerExportButtons } from '@/components/server-export-buttons';
import { canSeeAggregates, canWriteCollege, canWriteCommittee, hasWholeCollege, useAccess } from '@/lib/auth/access';
import { describeError } from '@/lib/graphql-errors';
import { homeIsOverview } from '@/lib/home';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel, withLevel } from '@/lib/level';
import { COLLEGE_ROSTER, type CollegeRoster } from './api/college-roster.query';
import { ClassesCard } from './components/classes-card';
import { DormsCard } from './components/dorms-card';
import { GapList } from './components/gap-list';
import { WorkingGroupCard } from './components/working-group-card';
import { WorkstationCard } from './components/workstation-card';
import { rosterGaps } from './gaps';
import { rosterSummaryCards } from './roster-summary';
import { useDocumentTitle } from '@/lib/use-document-title';

/** With partial access (some classes or dorms only), figures about the other kind are left out. */
function RosterSummary({ roster, whole }: { roster: CollegeRoster; whole: boolean }) {
  const { t, language } = useI18n();
  return (
    <section className="kpi-grid" aria-label={t('roster.title')}>
      {rosterSummaryCards(roster, whole, t, language).map((card) => (
        <KpiCard key={card.testId} {...card} />
      ))}
    </section>
  );
}

export function CollegeRosterPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [level] = useLevel();
  const access = useAccess();
  const { data, error, loading } = useQuery(COLLEGE_ROSTER, {
    variables: { collegeCode: code, level },
    fetchPolicy: 'cache-and-network',
  });
  // Only show data for the level asked for (the previous level's data may linger while loading).
  const roster = data?.roster.level === level && data.roster.college.code === code ? data.roster : undefined;
  useDocumentTitle(roster ? `${roster.college.name} · ${t(`level.${level}`)}` : t('roster.title'));
  // Committee members, officers and counselors see only their own classes or dorms: no college-wide parts.
  const whole = hasWholeCollege(access, code);
  const canWrite = canWriteCollege(access, code);
  // Committee members of a class: also the counselor of that class (dorms stay with the college).
  const canWriteClass = (classCode: string) => canWriteCommittee(access, code, classCode);
  const back = canSeeAggregates(access) ? (
    <p>
      {/* For people whose home is this roster, "/" would lead straight back here: go to their overview. */}
      <Link to={withLevel(homeIsOverview(access) ? '/' : '/overview', level)}>← {t('roster.back')}</Link>
    </p>
  ) : null;

  if (error && !roster && describeError(error).code === 'FORBIDDEN') {
    return (
      <NoAccess
        title={t('roster.forbiddenTitle')}
        message={t('roster.forbidden', { code })}
        details={<p className="muted">{t('error.serverSays', { message: describeError(error).messages.join('; ') })}</p>}
      />
    );
  }

  return (
    <>
      {back}
      {roster ? (
        <>
          <h1 className="page-title" data-testid="roster-heading">
            {t('roster.heading', { name: roster.college.name, code: roster.college.code, level: t(`level.${level}`) })}
          </h1>
          <p className="page-subtitle">{t('roster.title')}</p>
          {/* Made by the server from the same roster, within the same scope, and audited. */}
          <div className="roster-exports" data-testid="roster-exports">
            <span className="roster-export">
              <span className="muted">{t('lists.exportRoster')}</span>
              <ServerExportButtons
                kind="roster"
                params={{ collegeCode: roster.college.code, level }}
                subject={t('lists.rosterSubject', { name: roster.college.name, level: t(`level.${level}`) })}
                testId="roster-export"
              />
            </span>
            <span className="roster-export">
              <span className="muted">{t('lists.exportGaps')}</span>
              <ServerExportButtons
                kind="roster-gaps"
                params={{ collegeCode: roster.college.code, level }}
                subject={t('lists.gapsSubject', { name: roster.college.name, level: t(`level.${level}`) })}
                testId="gaps-export"
              />
            </span>
          </div>
          {!whole && <Alert className="section" type="info" showIcon data-testid="roster-partial" title={t('roster.partial')} />}
          {!canWrite && whole && <p className="hint" data-testid="roster-read-only">{t('roster.readOnly')}</p>}
          {(whole || roster.classes.length > 0 || roster.dormitories.length > 0) && (
            <GapList roster={roster} level={level} gaps={rosterGaps(roster, level, whole)} whole={whole} canWrite={canWrite} canWriteClass={canWriteClass} />
          )}
          <RosterSummary roster={roster} whole={whole} />
          {whole && (
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <WorkingGroupCard
                  collegeCode={roster.college.code}
                  level={level}
                  members={roster.workingGroup}
                  missing={roster.missingPositions}
                  canWrite={canWrite}
                />
              </Col>
              <Col xs={24} xl={10}>
                <WorkstationCard collegeCode={roster.college.code} workstation={roster.workstation} canWrite={canWrite} />
              </Col>
            </Row>
          )}
          {!whole && roster.classes.length === 0 && roster.dormitories.length === 0 && (
            <Card>
              <Empty description={t('roster.partialEmpty', { level: t(`level.${level}`) })} />
            </Card>
          )}
          {(whole || roster.classes.length > 0) && <ClassesCard classes={roster.classes} canWrite={canWriteClass} />}
          {(whole || roster.dormitories.length > 0) && <DormsCard dorms={roster.dormitories} canWrite={canWrite} />}
        </>
      ) : (
        <>
          <h1 className="page-title">{t('roster.title')}</h1>
          {loading && <PageSpinner />}
        </>
      )}
      {error && <ErrorAlert error={error} />}
    </>
  );
}
