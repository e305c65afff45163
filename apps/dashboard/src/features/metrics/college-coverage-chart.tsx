import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartNameLink } from '@/components/chart-name-link';
import { CHART_COLORS, ChartLegend, HatchPattern, svgId, ThresholdSwatch, UncoveredSwatch } from '@/components/chart-legend';
import { useNarrow } from '@/components/responsive-table';
import { GradeShape } from '@/components/rate-grade';
import type { NetworkLevel } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { formatRate, gradeColor, RATE_SCALE } from '@/lib/rate-scale';
import { type CollegePoint, collegePath, type CoverageKind } from './coverage-columns';

const BAR_ROW = 34;
// The grade thresholds between 0 and 100% (75%, 90%), drawn as dashed lines across the bars.
const THRESHOLDS = RATE_SCALE.map((s) => s.min)
  .filter((m) => m > 0 && m < 1)
  .sort((a, b) => a - b);


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
  payload?: CollegePoint;
}

export interface CollegeCoverageChartProps {
  points: CollegePoint[];
  kind: CoverageKind;
  level: NetworkLevel;
  title: string;
}

/**
 * One bar per college, worst first, drawn as its rate: the covered part (solid, in the colour of
 * its grade) and the uncovered rest (grey hatching) always add up to 100%, so the bar's length
 * shows how far a college falls short. Dashed lines mark the grade thresholds; the rate is written
 * at the end of each bar with its grade's icon; the tooltip gives the counts. A bar, or the
 * college's name beside it, opens the college's page; the names are links, so the chart is also
 * usable from the keyboard (Tab, Enter).
 */
export function CollegeCoverageChart({ points, kind, level, title }: CollegeCoverageChartProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  // Phones: shorter names and fewer ticks, so the bars keep most of the width.
  const narrow = useNarrow();
  const [labelWidth, maxLabel] = narrow ? [96, 7] : [150, 12];
  const hatch = svgId(useId(), 'hatch');
  const swatch = svgId(useId(), 'swatch');
  const k = kind === 'classes' ? 'class' : 'dorm';
  const byCode = new Map(points.map((p) => [p.collegeCode, p]));
  const open = (code: string | undefined) => code && navigate(collegePath(code, level));
  const height = Math.max(160, points.length * BAR_ROW + 56);
  const rate = (p: CollegePoint) => formatRate(p.rate, p.total, language);
  const axisPct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });

  const Tick = ({ x = 0, y = 0, payload }: TickProps) => {
    const p = byCode.get(String(payload?.value ?? ''));
    if (!p) return null;
    return (
      <ChartNameLink
        x={Number(x)}
        y={Number(y)}
        href={collegePath(p.collegeCode, level)}
        testId={`chart-link-${kind}-${p.collegeCode}`}
        label={t('overview.chartLinkLabel', { name: p.collegeName, code: p.collegeCode, rate: rate(p) })}
        title={t('common.nameNo', { name: p.collegeName, no: p.collegeCode })}
        name={p.collegeName}
        max={maxLabel}
      />
    );
  };

  // The covered part takes its grade's colour.
  const CoveredBar = ({ x = 0, y = 0, width = 0, height: h = 0, payload }: BarShapeProps) =>
    width <= 0 ? <g /> : <rect x={x} y={y} width={width} height={h} fill={payload ? gradeColor(payload.grade) : CHART_COLORS.covered} />;

  // The uncovered rest (hatched), then the rate after the bar's end (always at 100%): icon and
  // text in the grade's colour. A custom shape is drawn for every college, also a complete one
  // whose rest has no width.
  const UncoveredBar = ({ x = 0, y = 0, width = 0, height: h = 0, payload: p }: BarShapeProps) => {
    if (!p) return <g />;
    const left = x + width + 6;
    const middle = y + h / 2;
    const color = gradeColor(p.grade);
    return (
      <g>
        {width > 0 && <rect x={x} y={y} width={width} height={h} fill={`url(#${hatch})`} stroke={CHART_COLORS.uncoveredStroke} strokeWidth={1} />}
        <g className="bar-rate" data-testid={`bar-rate-${kind}-${p.collegeCode}`} data-grade={p.grade} color={color}>
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
            key: 'covered',
            label: t(`overview.${k}.coveredShare`),
            swatch: (
              <>
                {RATE_SCALE.map((s, i) => (
                  <rect key={s.grade} x={1 + i * 6.5} y="1" width="6.5" height="12" fill={s.color} />
                ))}
              </>
            ),
          },
          { key: 'uncovered', label: t(`overview.${k}.uncoveredShare`), swatch: <UncoveredSwatch patternId={swatch} /> },
          {
            key: 'thresholds',
            label: t('overview.chart.thresholds', { list: THRESHOLDS.map((m) => axisPct.format(m)).join(t('rates.listSeparator')) }),
            swatch: <ThresholdSwatch />,
          },
        ]}
      />
      <div className="chart-box" style={{ height }} data-testid={`bar-chart-${kind}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={points} title={title} margin={{ top: 4, right: 76, bottom: 4, left: 8 }} barCategoryGap={8} maxBarSize={26}>
            <defs>
              <HatchPattern id={hatch} />
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis
              type="number"
              domain={[0, 1]}
              ticks={narrow ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(v: number) => axisPct.format(v)}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
            />
            <YAxis type="category" dataKey="collegeCode" width={labelWidth} interval={0} tick={(props: TickProps) => <Tick {...props} />} />
            <Tooltip
              cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }}
              content={({ active, payload }) => {
                const p = active ? (payload?.[0]?.payload as CollegePoint | undefined) : undefined;
                if (!p) return null;
                return (
                  <div className="chart-tooltip" data-testid="bar-tooltip">
                    <p className="chart-tooltip-title">{t('common.nameNo', { name: p.collegeName, no: p.collegeCode })}</p>
                    <p style={{ color: gradeColor(p.grade) }}>
                      {t(`overview.${k}.rate`)} {rate(p)}
                    </p>
                    <p>{t('overview.kpi.covered', { n: p.covered, d: p.total })}</p>
                    <p>{t(`overview.${k}.uncoveredCount`, { n: p.uncovered })}</p>
                  </div>
                );
              }}
            />
            {THRESHOLDS.map((m) => (
              <ReferenceLine key={m} x={m} stroke={CHART_COLORS.threshold} strokeDasharray="4 3" strokeWidth={1.5} ifOverflow="visible" />
            ))}
            <Bar
              dataKey="coveredShare"
              name={t(`overview.${k}.covered`)}
              stackId="coverage"
              shape={(props: unknown) => <CoveredBar {...(props as BarShapeProps)} />}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(d) => open((d.payload as CollegePoint | undefined)?.collegeCode)}
            />
            <Bar
              dataKey="uncoveredShare"
              name={t(`overview.${k}.uncovered`)}
              stackId="coverage"
              fill={`url(#${hatch})`}
              shape={(props: unknown) => <UncoveredBar {...(props as BarShapeProps)} />}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(d) => open((d.payload as CollegePoint | undefined)?.collegeCode)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
