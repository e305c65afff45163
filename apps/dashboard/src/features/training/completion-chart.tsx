import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartNameLink } from '@/components/chart-name-link';
import { CHART_COLORS, ChartLegend, HatchPattern, svgId, ThresholdSwatch, UncoveredSwatch } from '@/components/chart-legend';
import { GradeShape } from '@/components/rate-grade';
import type { NetworkLevel } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { formatRate, gradeColor, RATE_SCALE } from '@/lib/rate-scale';
import type { CompletionPoint } from './completion';
import { trainingPath } from './completion-columns';

const BAR_ROW = 34;
const MAX_LABEL = 12;
const THRESHOLDS = RATE_SCALE.map((s) => s.min).filter((m) => m > 0 && m < 1);


interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: CompletionPoint;
}

export interface CompletionChartProps {
  points: CompletionPoint[];
  level: NetworkLevel;
  semester: string;
  title: string;
}

/**
 * Training completion per college as one bar each, worst first: completed trainees (solid, in
 * their grade's colour) and the rest (grey hatching) make 100%. Dashed lines mark the grade
 * thresholds; the rate with its grade's icon follows each bar; the tooltip gives the counts. A bar
 * or a college's name (a link, reachable with Tab) opens the college's training page.
 */
export function CompletionChart({ points, level, semester, title }: CompletionChartProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const hatch = svgId(useId(), 'hatch');
  const swatch = svgId(useId(), 'swatch');
  const byCode = new Map(points.map((p) => [p.collegeCode, p]));
  const open = (code: string | undefined) => code && navigate(trainingPath(code, level, semester));
  const height = Math.max(160, points.length * BAR_ROW + 56);
  const rate = (p: CompletionPoint) => formatRate(p.rate, p.trainees, language);
  const axisPct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });

  const Tick = ({ x = 0, y = 0, payload }: TickProps) => {
    const p = byCode.get(String(payload?.value ?? ''));
    if (!p) return null;
    return (
      <ChartNameLink
        x={Number(x)}
        y={Number(y)}
        href={trainingPath(p.collegeCode, level, semester)}
        testId={`training-chart-link-${p.collegeCode}`}
        label={t('training.chartLinkLabel', { name: p.collegeName, code: p.collegeCode, rate: rate(p) })}
        title={t('common.nameNo', { name: p.collegeName, no: p.collegeCode })}
        name={p.collegeName}
        max={MAX_LABEL}
      />
    );
  };

  const CompletedBar = ({ x = 0, y = 0, width = 0, height: h = 0, payload }: BarShapeProps) =>
    width <= 0 ? <g /> : <rect x={x} y={y} width={width} height={h} fill={payload ? gradeColor(payload.grade) : CHART_COLORS.covered} />;

  const RestBar = ({ x = 0, y = 0, width = 0, height: h = 0, payload: p }: BarShapeProps) => {
    if (!p) return <g />;
    const left = x + width + 6;
    const middle = y + h / 2;
    const color = gradeColor(p.grade);
    return (
      <g>
        {width > 0 && <rect x={x} y={y} width={width} height={h} fill={`url(#${hatch})`} stroke={CHART_COLORS.uncoveredStroke} strokeWidth={1} />}
        <g className="bar-rate" data-testid={`training-bar-rate-${p.collegeCode}`} data-grade={p.grade} color={color}>
          <svg x={left} y={middle - 6} width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
            <GradeShape grade={p.grade} />
          </svg>
          <text x={left + 16} y={middle} dy={4} fill={color} fontSize={12} fontWeight={p.grade === 'low' ? 600 : 400}>
            {rate(p)}
          </text>
        </g>
      </g>
    );
  };

  return (
    <>
      <ChartLegend
        label={t('common.legend')}
        items={[
          {
            key: 'completed',
            label: t('training.chart.completed'),
            swatch: (
              <>
                {RATE_SCALE.map((s, i) => (
                  <rect key={s.grade} x={1 + i * 6.5} y="1" width="6.5" height="12" fill={s.color} />
                ))}
              </>
            ),
          },
          { key: 'rest', label: t('training.chart.rest'), swatch: <UncoveredSwatch patternId={swatch} /> },
          {
            key: 'thresholds',
            label: t('overview.chart.thresholds', { list: THRESHOLDS.map((m) => axisPct.format(m)).join(t('rates.listSeparator')) }),
            swatch: <ThresholdSwatch />,
          },
        ]}
      />
      <div className="chart-box" style={{ height }} data-testid="training-bar-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={points} title={title} margin={{ top: 4, right: 76, bottom: 4, left: 8 }} barCategoryGap={8}>
            <defs>
              <HatchPattern id={hatch} />
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis
              type="number"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(v: number) => axisPct.format(v)}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
            />
            <YAxis type="category" dataKey="collegeCode" width={150} interval={0} tick={(props: TickProps) => <Tick {...props} />} />
            <Tooltip
              cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }}
              content={({ active, payload }) => {
                const p = active ? (payload?.[0]?.payload as CompletionPoint | undefined) : undefined;
                if (!p) return null;
                return (
                  <div className="chart-tooltip" data-testid="training-bar-tooltip">
                    <p className="chart-tooltip-title">{t('common.nameNo', { name: p.collegeName, no: p.collegeCode })}</p>
                    <p style={{ color: gradeColor(p.grade) }}>
                      {t('training.col.completion')} {rate(p)}
                    </p>
                    <p>{t('training.chart.tooltipCompleted', { n: p.completed, d: p.trainees })}</p>
                    <p>{t('training.chart.tooltipBasic', { n: p.basicCompleted })}</p>
                    <p>{t('training.chart.tooltipAttended', { n: p.attendedSelfDesigned })}</p>
                    <p>{t('training.chart.tooltipSessions', { n: p.sessionsHeld })}</p>
                  </div>
                );
              }}
            />
            {THRESHOLDS.map((m) => (
              <ReferenceLine key={m} x={m} stroke={CHART_COLORS.threshold} strokeDasharray="4 3" strokeWidth={1.5} ifOverflow="visible" />
            ))}
            <Bar
              dataKey="completedShare"
              name={t('training.chart.completed')}
              stackId="completion"
              maxBarSize={28}
              shape={(props: unknown) => <CompletedBar {...(props as BarShapeProps)} />}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(d) => open((d.payload as CompletionPoint | undefined)?.collegeCode)}
            />
            <Bar
              dataKey="restShare"
              name={t('training.chart.rest')}
              stackId="completion"
              maxBarSize={28}
              fill={`url(#${hatch})`}
              shape={(props: unknown) => <RestBar {...(props as BarShapeProps)} />}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(d) => open((d.payload as CompletionPoint | undefined)?.collegeCode)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
