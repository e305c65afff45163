import { RateText } from '@/components/rate-grade';
import type { ValueColumn } from '@/components/value-table';
import type { Language, Translate } from '@/lib/i18n/i18n';
import { formatRate, rateGrade } from '@/lib/rate-scale';
import type { CoverageHistoryPoint } from './coverage-history.query';

/**
 * The weeks to show: those that have begun by `today` (YYYY-MM-DD). The API measures a week on its
 * Sunday even when that is still ahead; appointments cannot start in the future, so that figure is
 * today's, and later weeks would only repeat it.
 */
export function weeksSoFar(points: readonly CoverageHistoryPoint[], today: string): CoverageHistoryPoint[] {
  return points.filter((p) => p.weekStart <= today);
}

/**
 * Why a trend has nothing to draw, or null when it has: the semester has not begun (no week), the
 * scope has no active class or dorm (every rate 0/0), or no committee member or officer was in post
 * in any week (the lines would lie flat at 0%, which says nothing a sentence cannot).
 */
export type TrendEmptyReason = 'notStarted' | 'noUnits' | 'noHistory';

export function trendEmptyReason(points: readonly CoverageHistoryPoint[]): TrendEmptyReason | null {
  if (points.length === 0) return 'notStarted';
  if (points.every((p) => p.classes === 0 && p.dormitories === 0)) return 'noUnits';
  if (points.every((p) => p.classesCovered === 0 && p.dormitoriesCovered === 0)) return 'noHistory';
  return null;
}

/** A week as the chart draws it: a rate with nothing to count (0/0) is a gap in its line, not 0%. */
export interface TrendChartPoint extends CoverageHistoryPoint {
  classRate: number | null;
  dormRate: number | null;
}

export const trendChartPoints = (points: readonly CoverageHistoryPoint[]): TrendChartPoint[] =>
  points.map((p) => ({ ...p, classRate: p.classes ? p.classCoverage : null, dormRate: p.dormitories ? p.dormCoverage : null }));

/** Columns of the trend's table view and CSV export. */
export function trendColumns(t: Translate, language: Language): ValueColumn<CoverageHistoryPoint>[] {
  return [
    { key: 'weekStart', title: t('trend.col.weekStart'), value: (p) => p.weekStart },
    { key: 'measuredOn', title: t('trend.col.measuredOn'), value: (p) => p.measuredOn },
    { key: 'classes', title: t('overview.col.classes'), numeric: true, value: (p) => p.classes },
    { key: 'classesCovered', title: t('overview.col.classesCovered'), numeric: true, value: (p) => p.classesCovered },
    {
      key: 'classCoverage',
      title: t('overview.col.classCoverage'),
      numeric: true,
      value: (p) => formatRate(p.classCoverage, p.classes, language),
      render: (text, p) => <RateText grade={rateGrade(p.classCoverage, p.classes)} text={text} />,
    },
    { key: 'dormitories', title: t('overview.col.dorms'), numeric: true, value: (p) => p.dormitories },
    { key: 'dormitoriesCovered', title: t('overview.col.dormsCovered'), numeric: true, value: (p) => p.dormitoriesCovered },
    {
      key: 'dormCoverage',
      title: t('overview.col.dormCoverage'),
      numeric: true,
      value: (p) => formatRate(p.dormCoverage, p.dormitories, language),
      render: (text, p) => <RateText grade={rateGrade(p.dormCoverage, p.dormitories)} text={text} />,
    },
  ];
}
