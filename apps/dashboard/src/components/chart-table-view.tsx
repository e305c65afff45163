import { Card, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '@/lib/i18n/i18n';

export type ChartTableMode = 'chart' | 'table';

export interface ChartTableViewProps {
  title: string;
  testId: string;
  chart: ReactNode;
  /** The same numbers as the chart: its accessible alternative (SPEC.md §9). */
  table: ReactNode;
  extra?: ReactNode;
  /** Shown above both views (what is counted, in which order). */
  description?: ReactNode;
  className?: string;
  /** Heading level of the title (h2 on a page, h3 inside a section). */
  headingLevel?: 2 | 3;
}

/**
 * A chart card with a "图表 / 表格" switch (radio buttons: Tab to reach, arrow keys to change)
 * and a table view of the same numbers.
 */
export function ChartTableView({ title, testId, chart, table, extra, description, className = 'section', headingLevel = 2 }: ChartTableViewProps) {
  const t = useT();
  const [view, setView] = useState<ChartTableMode>('chart');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card
      className={`${className} wrap-head-card`}
      title={<Heading className="card-heading">{title}</Heading>}
      data-testid={testId}
      data-view={view}
      extra={
        <span className="card-extra">
          <Radio.Group
            aria-label={t('common.viewModeOf', { title })}
            data-testid={`${testId}-view`}
            optionType="button"
            size="small"
            value={view}
            onChange={(e) => setView(e.target.value as ChartTableMode)}
            options={[
              { value: 'chart', label: t('common.viewChart') },
              { value: 'table', label: t('common.viewTable') },
            ]}
          />
          {extra}
        </span>
      }
    >
      {description}
      {view === 'chart' ? chart : table}
    </Card>
  );
}
