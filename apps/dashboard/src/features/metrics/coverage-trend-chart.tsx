import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartLegend } from '@/components/chart-legend';
import { useI18n } from '@/lib/i18n/i18n';
import { formatRate } from '@/lib/rate-scale';
import type { TrendChartPoint } from './trend-columns';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

// The two lines must stay apart also where they coincide (both at 100% for weeks, say):
// class coverage is a solid line with small filled dots, dorm coverage a dashed line drawn on top
// with hollow squares large enough to frame a class dot, so two equal weeks show a dot in a square
// and the solid line shows through the dashes.
const ClassDot = ({ cx, cy, index, value }: DotProps) =>
  cx === undefined || cy === undefined || value == null ? null : <circle key={`c-${index}`} cx={cx} cy={cy} r={3.5} fill={CHART_COLORS.classLine} />;
const DormDot = ({ cx, cy, index, value }: DotProps) =>
  cx === undefined || cy === undefined || value == null ? null : (
    <rect key={`d-${index}`} x={cx - 5.5} y={cy - 5.5} width={11} height={11} fill="none" stroke={CHART_COLORS.dormLine} strokeWidth={2} />
  );

/**
 * Class and dorm coverage week by week (the API's rates, shown with one decimal). A line whose
 * rate is 0/0 in every week (no active dorm, say) is left out and a sentence says so.
 */
export function CoverageTrendChart({ points, title }: { points: TrendChartPoint[]; title: string }) {
  const { t, language } = useI18n();
  const axisPct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const byWeek = new Map(points.map((p) => [p.weekStart, p]));
  const hasClasses = points.some((p) => p.classRate !== null);
  const hasDorms = points.some((p) => p.dormRate !== null);
  return (
    <>
      <ChartLegend
        label={t('common.legend')}
        items={[
          ...(hasClasses
            ? [
                {
                  key: 'class',
                  label: t('trend.classCoverage'),
                  swatch: (
                    <>
                      <line x1="1" y1="7" x2="27" y2="7" stroke={CHART_COLORS.classLine} strokeWidth="2" />
                      <circle cx="14" cy="7" r="3.5" fill={CHART_COLORS.classLine} />
                    </>
                  ),
                },
              ]
            : []),
          ...(hasDorms
            ? [
                {
                  key: 'dorm',
                  label: t('trend.dormCoverage'),
                  swatch: (
                    <>
                      <line x1="1" y1="7" x2="27" y2="7" stroke={CHART_COLORS.dormLine} strokeWidth="2" strokeDasharray="5 3" />
                      <rect x="8.5" y="1.5" width="11" height="11" fill="#fff" stroke={CHART_COLORS.dormLine} strokeWidth="2" />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!hasClasses && (
        <p className="hint" data-testid="trend-no-classes">
          {t('trend.noClasses')}
        </p>
      )}
      {!hasDorms && (
        <p className="hint" data-testid="trend-no-dorms">
          {t('trend.noDorms')}
        </p>
      )}
      {hasClasses && hasDorms && <p className="hint">{t('trend.overlapHint')}</p>}
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
              formatter={(_value, _name, item) => {
                const p = item.payload as TrendChartPoint;
                const [rate, n, d] =
                  item.dataKey === 'classRate' ? [p.classCoverage, p.classesCovered, p.classes] : [p.dormCoverage, p.dormitoriesCovered, p.dormitories];
                return t('trend.tooltipValue', { rate: formatRate(rate, d, language), n, d });
              }}
            />
            {hasClasses && (
              <Line
                type="linear"
                dataKey="classRate"
                name={t('trend.classCoverage')}
                stroke={CHART_COLORS.classLine}
                strokeWidth={2}
                dot={ClassDot}
                activeDot={{ r: 5 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            )}
            {hasDorms && (
              <Line
                type="linear"
                dataKey="dormRate"
                name={t('trend.dormCoverage')}
                stroke={CHART_COLORS.dormLine}
                strokeWidth={2}
                strokeDasharray="6 4"
                dot={DormDot}
                activeDot={{ r: 6, fill: '#fff', stroke: CHART_COLORS.dormLine, strokeWidth: 2 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
