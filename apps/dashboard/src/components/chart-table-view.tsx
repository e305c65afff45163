import { Card, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '@/lib/i18n/i18n';

export interface ChartTableViewProps {
  title: string;
  testId: string;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
}

/** A chart card with a table view of the same numbers (SPEC.md §9: charts have a table view). */
export function ChartTableView({ title, testId, chart, table, extra }: ChartTableViewProps) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      title={<h2 className="card-heading">{title}</h2>}
      data-testid={testId}
      extra={
        <span className="card-extra">
          <Radio.Group
            aria-label={t('common.viewMode')}
            optionType="button"
            size="small"
            value={view}
            onChange={(e) => setView(e.target.value as 'chart' | 'table')}
            options={[
              { value: 'chart', label: t('common.viewChart') },
              { value: 'table', label: t('common.viewTable') },
            ]}
          />
          {extra}
        </span>
      }
    >
      {view === 'chart' ? chart : table}
    </Card>
  );
}
