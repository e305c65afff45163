import { useQuery } from '@apollo/client/react';
import { Col, Row } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { KpiCard } from '@/components/kpi-card';
import { PageSpinner } from '@/components/page-spinner';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel, withLevel } from '@/lib/level';
import { COLLEGE_ROSTER, type CollegeRoster } from './api/college-roster.query';
import { ClassesCard } from './components/classes-card';
import { DormsCard } from './components/dorms-card';
import { WorkingGroupCard } from './components/working-group-card';
import { WorkstationCard } from './components/workstation-card';
import { useDocumentTitle } from '@/lib/use-document-title';

function RosterSummary({ roster }: { roster: CollegeRoster }) {
  const { t, language } = useI18n();
  const s = roster.summary;
  const rate = (n: number, d: number) => formatPercent(d === 0 ? 0 : n / d, language);
  return (
    <section className="kpi-grid" aria-label={t('roster.title')}>
      <KpiCard
        testId="roster-classes"
        title={t('roster.summary.classes')}
        value={rate(s.classesCovered, s.classes)}
        detail={t('overview.kpi.covered', { n: s.classesCovered, d: s.classes })}
        tone={s.classesCovered < s.classes ? 'warning' : 'normal'}
      />
      <KpiCard
        testId="roster-dorms"
        title={t('roster.summary.dorms')}
        value={rate(s.dormitoriesCovered, s.dormitories)}
        detail={t('overview.kpi.covered', { n: s.dormitoriesCovered, d: s.dormitories })}
        tone={s.dormitoriesCovered < s.dormitories ? 'warning' : 'normal'}
      />
      <KpiCard
        testId="roster-committee-members"
        title={t('roster.summary.committeeMembers')}
        value={formatNumber(s.committeeMembers, language)}
      />
      <KpiCard testId="roster-dorm-officers" title={t('roster.summary.dormOfficers')} value={formatNumber(s.dormOfficers, language)} />
    </section>
  );
}

export function CollegeRosterPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [level] = useLevel();
  const { data, error, loading } = useQuery(COLLEGE_ROSTER, {
    variables: { collegeCode: code, level },
    fetchPolicy: 'cache-and-network',
  });
  // Only show data for the level asked for (the previous level's data may linger while loading).
  const roster = data?.roster.level === level && data.roster.college.code === code ? data.roster : undefined;
  useDocumentTitle(roster ? `${roster.college.name} · ${t(`level.${level}`)}` : t('roster.title'));

  return (
    <>
      <p>
        <Link to={withLevel('/', level)}>← {t('roster.back')}</Link>
      </p>
      {roster ? (
        <>
          <h1 className="page-title" data-testid="roster-heading">
            {t('roster.heading', { name: roster.college.name, code: roster.college.code, level: t(`level.${level}`) })}
          </h1>
          <p className="page-subtitle">{t('roster.title')}</p>
          <RosterSummary roster={roster} />
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <WorkingGroupCard
                collegeCode={roster.college.code}
                level={level}
                members={roster.workingGroup}
                missing={roster.missingPositions}
              />
            </Col>
            <Col xs={24} xl={10}>
              <WorkstationCard collegeCode={roster.college.code} workstation={roster.workstation} />
            </Col>
          </Row>
          <ClassesCard classes={roster.classes} />
          <DormsCard dorms={roster.dormitories} />
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
