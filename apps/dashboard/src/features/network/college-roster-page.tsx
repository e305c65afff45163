import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Row } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { NoAccess } from '@/components/no-access';
import { KpiCard } from '@/components/kpi-card';
import { PageSpinner } from '@/components/page-spinner';
import { canSeeAggregates, canWriteCollege, hasWholeCollege, useAccess } from '@/lib/auth/access';
import { describeError } from '@/lib/graphql-errors';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel, withLevel } from '@/lib/level';
import { COLLEGE_ROSTER, type CollegeRoster } from './api/college-roster.query';
import { ClassesCard } from './components/classes-card';
import { DormsCard } from './components/dorms-card';
import { GapList } from './components/gap-list';
import { WorkingGroupCard } from './components/working-group-card';
import { WorkstationCard } from './components/workstation-card';
import { rosterGaps } from './gaps';
import { useDocumentTitle } from '@/lib/use-document-title';

/** With partial access (some classes or dorms only), figures about the other kind are left out. */
function RosterSummary({ roster, whole }: { roster: CollegeRoster; whole: boolean }) {
  const { t, language } = useI18n();
  const s = roster.summary;
  const rate = (n: number, d: number) => formatPercent(d === 0 ? 0 : n / d, language);
  const classes = whole || roster.classes.length > 0;
  const dorms = whole || roster.dormitories.length > 0;
  return (
    <section className="kpi-grid" aria-label={t('roster.title')}>
      {classes && (
        <KpiCard
          testId="roster-classes"
          title={t('roster.summary.classes')}
          value={rate(s.classesCovered, s.classes)}
          detail={t('overview.kpi.covered', { n: s.classesCovered, d: s.classes })}
          tone={s.classesCovered < s.classes ? 'warning' : 'normal'}
        />
      )}
      {dorms && (
        <KpiCard
          testId="roster-dorms"
          title={t('roster.summary.dorms')}
          value={rate(s.dormitoriesCovered, s.dormitories)}
          detail={t('overview.kpi.covered', { n: s.dormitoriesCovered, d: s.dormitories })}
          tone={s.dormitoriesCovered < s.dormitories ? 'warning' : 'normal'}
        />
      )}
      {classes && (
        <KpiCard
          testId="roster-committee-members"
          title={t('roster.summary.committeeMembers')}
          value={formatNumber(s.committeeMembers, language)}
        />
      )}
      {dorms && (
        <KpiCard testId="roster-dorm-officers" title={t('roster.summary.dormOfficers')} value={formatNumber(s.dormOfficers, language)} />
      )}
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
  const back = canSeeAggregates(access) ? (
    <p>
      <Link to={withLevel('/', level)}>← {t('roster.back')}</Link>
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
          {!whole && <Alert className="section" type="info" showIcon data-testid="roster-partial" title={t('roster.partial')} />}
          {!canWrite && whole && <p className="hint" data-testid="roster-read-only">{t('roster.readOnly')}</p>}
          {(whole || roster.classes.length > 0 || roster.dormitories.length > 0) && (
            <GapList roster={roster} level={level} gaps={rosterGaps(roster, level, whole)} whole={whole} canWrite={canWrite} />
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
          {(whole || roster.classes.length > 0) && <ClassesCard classes={roster.classes} canWrite={canWrite} />}
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
