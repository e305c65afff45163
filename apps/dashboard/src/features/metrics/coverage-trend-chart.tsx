import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartLegend } from '@/components/chart-legend';
import { formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { CoverageHistoryPoint } from './coverage-history.query';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

// Class coverage: solid line, round markers; dorm coverage: dashed line, square markers.
const RoundDot = ({ cx, cy, index }: DotProps) =>
  cx === undefined || cy === undefined ? null : <circle key={`c-${index}`} cx={cx} cy={cy} r={4} fill="#fff" stroke={CHART_COLORS.classLine} strokeWidth={2} />;
const SquareDot = ({ cx, cy, index }: DotProps) =>
  cx === undefined || cy === undefined ? null : (
    <rect key={`d-${index}`} x={cx - 4} y={cy - 4} width={8} height={8} fill={CHART_COLORS.dormLine} stroke={CHART_COLORS.dormLine} />
  );

/** Class and dorm coverage week by week (the API's rates, shown with one decimal). */
export function CoverageTrendChart({ points, title }: { points: CoverageHistoryPoint[]; title: string }) {
  const { t, language } = useI18n();
  const axisPct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const byWeek = new Map(points.map((p) => [p.weekStart, p]));
  return (
    <>
      <ChartLegend
        label={t('common.legend')}
        items={[
          {
            key: 'class',
            label: t('trend.classCoverage'),
            swatch: (
              <>
                <line x1="1" y1="7" x2="27" y2="7" stroke={CHART_COLORS.classLine} strokeWidth="2" />
                <circle cx="14" cy="7" r="4" fill="#fff" stroke={CHART_COLORS.classLine} strokeWidth="2" />
              </>
            ),
          },
          {
            key: 'dorm',
            label: t('trend.dormCoverage'),
            swatch: (
              <>
                <line x1="1" y1="7" x2="27" y2="7" stroke={CHART_COLORS.dormLine} strokeWidth="2" strokeDasharray="5 3" />
                <rect x="10" y="3" width="8" height="8" fill={CHART_COLORS.dormLine} />
              </>
            ),
          },
        ]}
      />
      <div className="chart-box" data-testid="trend-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} title={title} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={CHART_COLORS.grid} />
            <XAxis dataKey="weekStart" tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} tickFormatter={(d: string) => d.slice(5)} />
            <YAxis
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(v: number) => axisPct.format(v)}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              width={48}
            />
            <Tooltip
              labelFormatter={(week) => {
                const p = byWeek.get(String(week));
                return p ? t('trend.tooltipWeek', { week: p.weekStart, day: p.measuredOn }) : String(week);
              }}
              formatter={(value, _name, item) => {
                const p = item.payload as CoverageHistoryPoint;
                const [n, d] = item.dataKey === 'classCoverage' ? [p.classesCovered, p.classes] : [p.dormitoriesCovered, p.dormitories];
                return t('trend.tooltipValue', { rate: formatPercent(Number(value), language), n, d });
              }}
            />
            <Line
              type="linear"
              dataKey="classCoverage"
              name={t('trend.classCoverage')}
              stroke={CHART_COLORS.classLine}
              strokeWidth={2}
              dot={RoundDot}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="dormCoverage"
              name={t('trend.dormCoverage')}
              stroke={CHART_COLORS.dormLine}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={SquareDot}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
