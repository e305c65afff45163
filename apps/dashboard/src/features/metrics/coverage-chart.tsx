import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '@/lib/i18n/i18n';

export interface ClassCoveragePoint {
  collegeCode: string;
  collegeName: string;
  covered: number;
  uncovered: number;
}

/** Stacked bars of covered and uncovered active classes per college. */
export default function CoverageChart({ data }: { data: ClassCoveragePoint[] }) {
  const t = useT();
  return (
    <div className="chart-box">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} title={t('overview.chartTitle')} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="collegeCode" tick={{ fill: '#434343', fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: '#434343', fontSize: 12 }} />
          <Tooltip labelFormatter={(code) => data.find((d) => d.collegeCode === code)?.collegeName ?? String(code)} />
          <Legend />
          <Bar dataKey="covered" name={t('overview.chartCovered')} stackId="classes" fill="#237804" />
          <Bar dataKey="uncovered" name={t('overview.chartUncovered')} stackId="classes" fill="#d4380d" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
