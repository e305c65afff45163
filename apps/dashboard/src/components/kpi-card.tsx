import { Card } from 'antd';
import type { ReactNode } from 'react';

export interface KpiCardProps {
  testId: string;
  title: string;
  value: string;
  detail?: ReactNode;
  /** Warn when the figure shows a gap (e.g. coverage below 100%). */
  tone?: 'normal' | 'warning';
}

/** One headline figure: title, value and its numerator/denominator. */
export function KpiCard({ testId, title, value, detail, tone = 'normal' }: KpiCardProps) {
  return (
    <Card size="small" data-testid={testId} className={`kpi-card kpi-card-${tone}`}>
      <p className="kpi-title">{title}</p>
      <p className="kpi-value" data-testid={`${testId}-value`}>
        {value}
      </p>
      {detail !== undefined && <p className="kpi-detail">{detail}</p>}
    </Card>
  );
}
