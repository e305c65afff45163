import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { RateGrade } from '@/lib/rate-scale';
import { RateText } from './rate-grade';

export interface KpiCardProps {
  testId: string;
  title: string;
  value: string;
  detail?: ReactNode;
  /** Warn when the figure shows a gap (e.g. coverage below 100%). */
  tone?: 'normal' | 'warning';
  /**
   * The value is a rate: it takes its grade's icon and colour (lib/rate-scale.ts), and the card a
   * stripe of that colour. `null` is a rate with nothing to count (0/0, shown as "—").
   */
  grade?: RateGrade | null;
}

/** One headline figure: title, value and its numerator/denominator. */
export function KpiCard({ testId, title, value, detail, tone = 'normal', grade }: KpiCardProps) {
  const graded = grade !== undefined;
  const className = graded ? `kpi-card kpi-card-graded kpi-grade-${grade ?? 'none'}` : `kpi-card kpi-card-${tone}`;
  return (
    <Card size="small" data-testid={testId} className={className} data-grade={graded ? (grade ?? 'none') : undefined}>
      <p className="kpi-title">{title}</p>
      <p className="kpi-value" data-testid={`${testId}-value`}>
        {graded ? <RateText grade={grade} text={value} /> : value}
      </p>
      {detail !== undefined && <p className="kpi-detail">{detail}</p>}
    </Card>
  );
}
