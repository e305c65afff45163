import { Col, Radio, Row, Switch } from 'antd';
import { useId } from 'react';
import { RateLegend } from '@/components/rate-grade';
import { NETWORK_LEVELS } from '@/lib/enums';
import { useAccess } from '@/lib/auth/access';
import { scopeText } from '@/lib/auth/scope-text';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { type OverviewMode, useGapsOnly, useOverviewMode } from '@/lib/overview-mode';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CoverageTrend } from './coverage-trend';
import { LevelOverview } from './level-overview';

/**
 * 网络概览: coverage of the chosen level (KPIs, college table, class and dorm charts, coverage over
 * time), or both levels side by side. Every figure comes from networkCoverage / coverageHistory,
 * which the API narrows to the user's aggregate scope.
 */
export function OverviewPage() {
  const { t } = useI18n();
  const [level, setLevel] = useLevel();
  const [mode, setMode] = useOverviewMode();
  const [gapsOnly, setGapsOnly] = useGapsOnly();
  const gapsId = useId();
  const { aggregateScope } = useAccess();
  const levelName = t(`level.${level}`);
  useDocumentTitle(mode === 'compare' ? `${t('overview.title')} · ${t('overview.mode.compare')}` : `${t('overview.title')} · ${levelName}`);

  return (
    <>
      <div className="page-heading-row">
        <div>
          <h1 className="page-title">{t('overview.title')}</h1>
          <p className="page-subtitle" data-testid="overview-subtitle">
            {mode === 'compare' ? t('overview.subtitleCompare') : t('overview.subtitle', { level: levelName })}
          </p>
        </div>
        <Radio.Group
          aria-label={t('overview.mode.label')}
          data-testid="overview-mode"
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
        <p className="hint" data-testid="overview-scope">
          {t('overview.scoped', { scope: scopeText(aggregateScope, t) })}
        </p>
      )}
      <div className="overview-toolbar">
        <RateLegend />
        <div className="gaps-filter">
          <span className="gaps-filter-control">
            <Switch id={gapsId} size="small" checked={gapsOnly} onChange={setGapsOnly} data-testid="gaps-only" aria-describedby={`${gapsId}-hint`} />
            <label htmlFor={gapsId}>{t('overview.gapsOnly')}</label>
          </span>
          <span className="hint gaps-filter-hint" id={`${gapsId}-hint`}>
            {t('overview.gapsOnlyHint')}
          </span>
        </div>
      </div>
      {mode === 'single' ? (
        <>
          <LevelOverview level={level} onShowLevel={setLevel} gapsOnly={gapsOnly} />
          <CoverageTrend level={level} />
        </>
      ) : (
        <Row gutter={[16, 0]} data-testid="overview-compare" className="overview-compare">
          {NETWORK_LEVELS.map((l) => (
            <Col key={l} xs={24} lg={12}>
              <section aria-labelledby={`compare-heading-${l}`}>
                <h2 className="level-heading" id={`compare-heading-${l}`}>
                  {t(`level.${l}`)}
                </h2>
                <LevelOverview level={l} nested gapsOnly={gapsOnly} />
              </section>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
