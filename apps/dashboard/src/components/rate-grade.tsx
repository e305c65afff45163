import type { ReactNode } from 'react';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { gradeColor, NO_RATE, RATE_SCALE, type RateGrade } from '@/lib/rate-scale';

// The grade of a rate is never shown by colour alone: every graded figure carries an icon whose
// shape tells the grade (a check, a three-quarter pie, a half pie, a warning triangle), and the
// legend names the thresholds in words.

/** The icon of a grade, drawn in the current text colour in a 12×12 box. */
export function GradeShape({ grade }: { grade: RateGrade }) {
  switch (grade) {
    case 'complete':
      return (
        <>
          <circle cx="6" cy="6" r="5.5" fill="currentColor" />
          <path d="M3.3 6.2 5.2 8 8.8 4.2" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      );
    case 'high':
      return (
        <>
          <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.2" />
          <path d="M6 6V1a5 5 0 1 1-5 5Z" fill="currentColor" />
        </>
      );
    case 'medium':
      return (
        <>
          <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.2" />
          <path d="M6 6V1a5 5 0 0 1 0 10Z" fill="currentColor" />
        </>
      );
    case 'low':
      return (
        <>
          <path d="M6 0.8 11.4 10.8H0.6Z" fill="currentColor" />
          <path d="M6 4.2V7.4" stroke="#fff" strokeWidth="1.5" strokeLinecap="round" />
          <circle cx="6" cy="9.1" r="0.85" fill="#fff" />
        </>
      );
  }
}

export function GradeIcon({ grade }: { grade: RateGrade }) {
  return (
    <svg className="rate-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <GradeShape grade={grade} />
    </svg>
  );
}

/** A graded rate: icon and text in the grade's colour; "—" (0/0) plain grey. The text is exactly `text`. */
export function RateText({ grade, text, testId }: { grade: RateGrade | null; text: ReactNode; testId?: string }) {
  const { t, language } = useI18n();
  if (!grade)
    return (
      <span className="rate rate-none" data-grade="none" data-testid={testId} title={t('rates.none', { dash: NO_RATE })}>
        {text}
      </span>
    );
  return (
    <span className={`rate rate-${grade}`} data-grade={grade} data-testid={testId} title={gradeLabel(grade, t, language)}>
      <GradeIcon grade={grade} />
      {text}
    </span>
  );
}

const thresholdPct = (rate: number, language: string) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);

/** "90%–99.9% 接近全覆盖": the range of a grade from RATE_SCALE, so the legend cannot drift from the scale. */
export function gradeLabel(grade: RateGrade, t: Translate, language = 'zh-CN'): string {
  const i = RATE_SCALE.findIndex((s) => s.grade === grade);
  const step = RATE_SCALE[i]!;
  const above = RATE_SCALE[i - 1];
  const min = thresholdPct(step.min, language);
  // The grade ends one displayed step (0.1%) below the next threshold.
  const max = above ? thresholdPct(above.min - 0.001, language) : min;
  if (!above) return t(`rates.grade.${grade}`, { min });
  if (step.min === 0) return t(`rates.grade.${grade}`, { below: thresholdPct(above.min, language) });
  return t(`rates.grade.${grade}`, { min, max });
}

/** The scale's legend: every grade with its thresholds, and what "—" means. */
export function RateLegend({ testId = 'rate-legend' }: { testId?: string }) {
  const { t, language } = useI18n();
  return (
    <div className="rate-legend" data-testid={testId}>
      <span className="rate-legend-title" id={`${testId}-title`}>
        {t('rates.legend')}
      </span>
      <ul aria-labelledby={`${testId}-title`}>
        {RATE_SCALE.map((s) => (
          <li key={s.grade} className={`rate rate-${s.grade}`} data-grade={s.grade} style={{ color: gradeColor(s.grade) }}>
            <GradeIcon grade={s.grade} />
            {gradeLabel(s.grade, t, language)}
          </li>
        ))}
        <li className="rate rate-none" data-grade="none">
          {t('rates.none', { dash: NO_RATE })}
        </li>
      </ul>
    </div>
  );
}
