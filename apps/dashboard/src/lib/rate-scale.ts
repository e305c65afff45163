import { formatPercent } from './i18n/format';
import type { Language } from './i18n/i18n';

// The one colour scale for coverage rates (docs/metrics.md, "Rate grades"). Every rate the overview
// shows (KPI cards, tables, chart bars, tooltips, the legend) is graded here, so 97.8% and 78.1%
// never look alike and the legend always states the thresholds the cells use.

/** complete = 100%; high ≥ 90%; medium ≥ 75%; low < 75%. A 0/0 rate has no grade. */
export type RateGrade = 'complete' | 'high' | 'medium' | 'low';

export interface RateGradeStep {
  grade: RateGrade;
  /** The lowest rate (0..1) of the grade. */
  min: number;
  /**
   * Text and bar colour. Each has at least 4.5:1 contrast on white and on the light greys and
   * ambers the tables and cards use (rate-scale.test.ts checks it), so it also works as text.
   */
  color: string;
}

/** Best grade first; a rate belongs to the first step whose `min` it reaches. */
export const RATE_SCALE: readonly RateGradeStep[] = [
  { grade: 'complete', min: 1, color: '#237804' },
  { grade: 'high', min: 0.9, color: '#5b6b00' },
  { grade: 'medium', min: 0.75, color: '#ad4e00' },
  { grade: 'low', min: 0, color: '#cf1322' },
];

/** Colour of a rate with nothing to count (0/0), shown as "—". */
export const NO_RATE_COLOR = '#595959';

/** What a rate with nothing to count (0/0) shows, in cells, cards, tooltips and CSV alike. */
export const NO_RATE = '—';

// Rates are quotients of integers computed by the API; 27/30 may arrive as 0.8999999999999999.
const EPSILON = 1e-9;

/** The grade of a rate (0..1), or null when its denominator is 0 (nothing to count). */
export function rateGrade(rate: number, denominator: number): RateGrade | null {
  if (denominator === 0) return null;
  return gradeOf(rate);
}

function gradeOf(rate: number): RateGrade {
  return (RATE_SCALE.find((s) => rate >= s.min - EPSILON) ?? RATE_SCALE[RATE_SCALE.length - 1]!).grade;
}

export const gradeColor = (grade: RateGrade | null): string => (grade ? (RATE_SCALE.find((s) => s.grade === grade)?.color ?? NO_RATE_COLOR) : NO_RATE_COLOR);

/**
 * A rate as a one-decimal percentage, or "—" when its denominator is 0. Rounding never carries a
 * rate over a threshold: 0.9996 shows 99.9% (not 100.0%, which means complete) and 0.8997 shows
 * 89.9%, so the text always agrees with its grade.
 */
export function formatRate(rate: number, denominator: number, language: Language): string {
  if (denominator === 0) return NO_RATE;
  const rounded = Math.round(rate * 1000) / 1000;
  const shown = gradeOf(rounded) === gradeOf(rate) ? rate : Math.floor(rate * 1000) / 1000;
  return formatPercent(shown, language);
}
