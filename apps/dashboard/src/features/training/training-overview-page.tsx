import { useQuery } from '@apollo/client/react';
import { Col, Radio, Row } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { RateLegend } from '@/components/rate-grade';
import { useAccess } from '@/lib/auth/access';
import { scopeText } from '@/lib/auth/scope-text';
import { NETWORK_LEVELS } from '@/lib/enums';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { type OverviewMode, useOverviewMode } from '@/lib/overview-mode';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TRAINING_PROGRAMME } from './api/training.query';
import { LevelTraining } from './level-training';
import { ProgrammeSummary } from './programme-summary';
import { SemesterPicker } from './semester-picker';
import { useSemester } from './use-semester';

/**
 * 培训完成情况: the "basic skills +" programme's completion per college for a semester, one level
 * or both side by side (as the network overview). The API narrows every figure to the user's
 * aggregate scope; each college links to its training page.
 */
export function TrainingOverviewPage() {
  const { t } = useI18n();
  const [level, setLevel] = useLevel();
  const [mode, setMode] = useOverviewMode();
  const choice = useSemester();
  const { aggregateScope } = useAccess();
  const { semester } = choice;
  const programme = useQuery(TRAINING_PROGRAMME, { variables: { semester: semester ?? '' }, skip: !semester });
  const semesterName = choice.semesters.find((s) => s.code === semester)?.name ?? semester ?? '';
  useDocumentTitle(mode === 'compare' ? `${t('training.title')} · ${t('overview.mode.compare')}` : `${t('training.title')} · ${t(`level.${level}`)}`);

  return (
    <>
      <div className="page-heading-row">
        <div>
          <h1 className="page-title">{t('training.title')}</h1>
          <p className="page-subtitle" data-testid="training-subtitle">
            {mode === 'compare'
              ? t('training.subtitleCompare', { semester: semesterName })
              : t('training.subtitle', { semester: semesterName, level: t(`level.${level}`) })}
          </p>
        </div>
        <Radio.Group
          aria-label={t('overview.mode.label')}
          data-testid="training-mode"
          optionType="button"
          value={mode}
          onChange={(e) => setMode(e.target.value as OverviewMode)}
          options={[
            { value: 'single', label: t('overview.mode.single') },
            { value: 'compare', label: t('overview.mode.compare') },
          ]}
        />
      </div>
      {!aggregateScope.all && (
        <p className="hint" data-testid="training-scope">
          {t('overview.scoped', { scope: scopeText(aggregateScope, t) })}
        </p>
      )}
      <div className="overview-toolbar training-toolbar">
        <SemesterPicker choice={choice} />
        <RateLegend />
      </div>
      {programme.data && <ProgrammeSummary programme={programme.data.trainingProgramme} />}
      {choice.error !== null && !semester && <ErrorAlert error={choice.error} />}
      {!semester && choice.loading && <PageSpinner />}
      {semester &&
        (mode === 'single' ? (
          <LevelTraining level={level} semester={semester} onShowLevel={setLevel} />
        ) : (
          <Row gutter={[16, 0]} data-testid="training-compare" className="overview-compare">
            {NETWORK_LEVELS.map((l) => (
              <Col key={l} xs={24} lg={12}>
                <section aria-labelledby={`training-heading-${l}`}>
                  <h2 className="level-heading" id={`training-heading-${l}`}>
                    {t(`level.${l}`)}
                  </h2>
                  <LevelTraining level={l} semester={semester} nested />
                </section>
              </Col>
            ))}
          </Row>
        ))}
    </>
  );
}
