import { KpiCard, type KpiCardProps } from '@/components/kpi-card';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { useI18n, type Language, type Translate } from '@/lib/i18n/i18n';
import type { CoverageRow } from './network-coverage.query';

/**
 * The six headline figures of the university total row. Every rate is the API's
 * (classCoverage, dormCoverage, workingGroupCompleteness, workstationPresence); none is recomputed
 * here. A figure is highlighted when its numerator is below its denominator.
 */
export function coverageKpiCards(total: CoverageRow, t: Translate, language: Language): KpiCardProps[] {
  const pct = (rate: number) => formatPercent(rate, language);
  const tone = (n: number, d: number) => (n < d ? 'warning' : 'normal');
  return [
    {
      testId: 'kpi-class-coverage',
      title: t('overview.kpi.classCoverage'),
      value: pct(total.classCoverage),
      detail: t('overview.kpi.covered', { n: total.classesCovered, d: total.classes }),
      tone: tone(total.classesCovered, total.classes),
    },
    {
      testId: 'kpi-dorm-coverage',
      title: t('overview.kpi.dormCoverage'),
      value: pct(total.dormCoverage),
      detail: t('overview.kpi.covered', { n: total.dormitoriesCovered, d: total.dormitories }),
      tone: tone(total.dormitoriesCovered, total.dormitories),
    },
    {
      testId: 'kpi-working-group',
      title: t('overview.kpi.workingGroup'),
      value: pct(total.workingGroupCompleteness),
      detail: t('overview.kpi.colleges', { n: total.collegesWithCompleteWorkingGroup, d: total.colleges }),
      tone: tone(total.collegesWithCompleteWorkingGroup, total.colleges),
    },
    {
      testId: 'kpi-workstation',
      title: t('overview.kpi.workstation'),
      value: pct(total.workstationPresence),
      detail: t('overview.kpi.colleges', { n: total.collegesWithWorkstation, d: total.colleges }),
      tone: tone(total.collegesWithWorkstation, total.colleges),
    },
    {
      testId: 'kpi-committee-members',
      title: t('overview.kpi.committeeMembers'),
      value: formatNumber(total.committeeMembers, language),
      detail: t('overview.kpi.people'),
    },
    {
      testId: 'kpi-dorm-officers',
      title: t('overview.kpi.dormOfficers'),
      value: formatNumber(total.dormOfficers, language),
      detail: t('overview.kpi.people'),
    },
  ];
}

export function CoverageKpis({ total, label }: { total: CoverageRow; label: string }) {
  const { t, language } = useI18n();
  return (
    <section className="kpi-grid" aria-label={label}>
      {coverageKpiCards(total, t, language).map((card) => (
        <KpiCard key={card.testId} {...card} />
      ))}
    </section>
  );
}
