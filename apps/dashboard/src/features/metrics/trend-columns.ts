import type { ValueColumn } from '@/components/value-table';
import { formatPercent } from '@/lib/i18n/format';
import type { Language, Translate } from '@/lib/i18n/i18n';
import type { CoverageHistoryPoint } from './coverage-history.query';

/**
 * The weeks to show: those that have begun by `today` (YYYY-MM-DD). The API measures a week on its
 * Sunday even when that is still ahead; appointments cannot start in the future, so that figure is
 * today's, and later weeks would only repeat it.
 */
export function weeksSoFar(points: readonly CoverageHistoryPoint[], today: string): CoverageHistoryPoint[] {
  return points.filter((p) => p.weekStart <= today);
}

/** Columns of the trend's table view and CSV export. */
export function trendColumns(t: Translate, language: Language): ValueColumn<CoverageHistoryPoint>[] {
  const pct = (r: number) => formatPercent(r, language);
  return [
    { key: 'weekStart', title: t('trend.col.weekStart'), value: (p) => p.weekStart },
    { key: 'measuredOn', title: t('trend.col.measuredOn'), value: (p) => p.measuredOn },
    { key: 'classes', title: t('overview.col.classes'), numeric: true, value: (p) => p.classes },
    { key: 'classesCovered', title: t('overview.col.classesCovered'), numeric: true, value: (p) => p.classesCovered },
    { key: 'classCoverage', title: t('overview.col.classCoverage'), numeric: true, value: (p) => pct(p.classCoverage) },
    { key: 'dormitories', title: t('overview.col.dorms'), numeric: true, value: (p) => p.dormitories },
    { key: 'dormitoriesCovered', title: t('overview.col.dormsCovered'), numeric: true, value: (p) => p.dormitoriesCovered },
    { key: 'dormCoverage', title: t('overview.col.dormCoverage'), numeric: true, value: (p) => pct(p.dormCoverage) },
  ];
}
