import { KpiCard, type KpiCardProps } from '@/components/kpi-card';
import { formatNumber } from '@/lib/i18n/format';
import { useI18n, type Language, type Translate } from '@/lib/i18n/i18n';
import { formatRate, rateGrade } from '@/lib/rate-scale';
import type { CoverageRow } from './network-coverage.query';

/**
 * The six headline figures of the university total row. Every rate is the API's
 * (classCoverage, dormCoverage, workingGroupCompleteness, workstationPresence); none is recomputed
 * here. A rate is graded on the one scale (lib/rate-scale.ts); with nothing to count (0/0) it
 * shows "—", not 0.0%.
 */
export function coverageKpiCards(total: CoverageRow, t: Translate, language: Language): KpiCardProps[] {
  const rate = (r: number, d: number) => ({ value: formatRate(r, d, language), grade: rateGrade(r, d) });
  return [
    {
      testId: 'kpi-class-coverage',
      title: t('overview.kpi.classCoverage'),
      ...rate(total.classCoverage, total.classes),
      detail: t('overview.kpi.covered', { n: total.classesCovered, d: total.classes }),
    },
    {
      testId: 'kpi-dorm-coverage',
      title: t('overview.kpi.dormCoverage'),
      ...rate(total.dormCoverage, total.dormitories),
      detail: t('overview.kpi.covered', { n: total.dormitoriesCovered, d: total.dormitories }),
    },
    {
      testId: 'kpi-working-group',
      title: t('overview.kpi.workingGroup'),
      ...rate(total.workingGroupCompleteness, total.colleges),
      detail: t('overview.kpi.colleges', { n: total.collegesWithCompleteWorkingGroup, d: total.colleges }),
    },
    {
      testId: 'kpi-workstation',
      title: t('overview.kpi.workstation'),
      ...rate(total.workstationPresence, total.colleges),
      detail: t('overview.kpi.colleges', { n: total.collegesWithWorkstation, d: total.colleges }),
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
