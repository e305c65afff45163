import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNarrow } from '@/components/responsive-table';
import { useT } from '@/lib/i18n/i18n';
import type { ChartBar } from './follow-up-logic';

// Overdue (red) is split out of pending so it stands out; the rest go from waiting to done.
const SERIES = [
  { key: 'overdue', label: 'screening.overdue', color: '#cf1322' },
  { key: 'pendingOnTime', label: 'screening.pendingOnTime', color: '#faad14' },
  { key: 'inProgress', label: 'screening.inProgress', color: '#1677ff' },
  { key: 'referred', label: 'screening.referred', color: '#722ed1' },
  { key: 'closed', label: 'screening.closed', color: '#52c41a' },
] as const;

/** One horizontal stacked bar per college: follow-ups by status. */
export function FollowUpStatusChart({ bars, title, testId }: { bars: ChartBar[]; title: string; testId: string }) {
  const t = useT();
  const narrow = useNarrow();
  const height = Math.max(160, bars.length * 34 + 80);
  return (
    <figure className="screening-chart" data-testid={testId} aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={narrow ? 90 : 140} />
          <Tooltip />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={t(s.label)} stackId="s" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {/* The same numbers as text for screen readers and tests. */}
      <ul className="visually-hidden" data-testid={`${testId}-data`}>
        {bars.map((b) => (
          <li key={b.name}>
            {b.name}: {SERIES.map((s) => `${t(s.label)} ${b[s.key]}`).join(', ')}
          </li>
        ))}
      </ul>
    </figure>
  );
}
