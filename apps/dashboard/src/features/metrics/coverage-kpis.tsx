import { KpiCard } from '@/components/kpi-card';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { CoverageRow } from './network-coverage.query';

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** The six headline figures of the university total row. */
export function CoverageKpis({ total, label }: { total: CoverageRow; label: string }) {
  const { t, language } = useI18n();
  const pct = (n: number, d: number) => formatPercent(rate(n, d), language);
  const tone = (n: number, d: number) => (n < d ? 'warning' : 'normal');
  return (
    <section className="kpi-grid" aria-label={label}>
      <KpiCard
        testId="kpi-class-coverage"
        title={t('overview.kpi.classCoverage')}
        value={formatPercent(total.classCoverage, language)}
        detail={t('overview.kpi.covered', { n: total.classesCovered, d: total.classes })}
        tone={tone(total.classesCovered, total.classes)}
      />
      <KpiCard
        testId="kpi-dorm-coverage"
        title={t('overview.kpi.dormCoverage')}
        value={formatPercent(total.dormCoverage, language)}
        detail={t('overview.kpi.covered', { n: total.dormitoriesCovered, d: total.dormitories })}
        tone={tone(total.dormitoriesCovered, total.dormitories)}
      />
      <KpiCard
        testId="kpi-working-group"
        title={t('overview.kpi.workingGroup')}
        value={pct(total.collegesWithCompleteWorkingGroup, total.colleges)}
        detail={t('overview.kpi.colleges', { n: total.collegesWithCompleteWorkingGroup, d: total.colleges })}
        tone={tone(total.collegesWithCompleteWorkingGroup, total.colleges)}
      />
      <KpiCard
        testId="kpi-workstation"
        title={t('overview.kpi.workstation')}
        value={pct(total.collegesWithWorkstation, total.colleges)}
        detail={t('overview.kpi.colleges', { n: total.collegesWithWorkstation, d: total.colleges })}
        tone={tone(total.collegesWithWorkstation, total.colleges)}
      />
      <KpiCard
        testId="kpi-committee-members"
        title={t('overview.kpi.committeeMembers')}
        value={formatNumber(total.committeeMembers, language)}
        detail={t('overview.kpi.people')}
      />
      <KpiCard
        testId="kpi-dorm-officers"
        title={t('overview.kpi.dormOfficers')}
        value={formatNumber(total.dormOfficers, language)}
        detail={t('overview.kpi.people')}
      />
    </section>
  );
}
