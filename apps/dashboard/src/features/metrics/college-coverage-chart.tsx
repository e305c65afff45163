import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartLegend, CoveredSwatch, HatchPattern, svgId, UncoveredSwatch } from '@/components/chart-legend';
import type { NetworkLevel } from '@/gql/graphql';
import { formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { type CollegePoint, collegePath, type CoverageKind } from './coverage-columns';

const BAR_ROW = 34;
const MAX_LABEL = 12;

const shorten = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

export interface CollegeCoverageChartProps {
  points: CollegePoint[];
  kind: CoverageKind;
  level: NetworkLevel;
  title: string;
}

/**
 * Horizontal stacked bars, one per college, worst first: covered (solid) and uncovered (hatched)
 * active classes or dorms. A bar, or the college's name beside it, opens the college's page.
 * The names are links, so the chart is also usable from the keyboard (Tab, Enter).
 */
export function CollegeCoverageChart({ points, kind, level, title }: CollegeCoverageChartProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const hatch = svgId(useId(), 'hatch');
  const swatch = svgId(useId(), 'swatch');
  const k = kind === 'classes' ? 'class' : 'dorm';
  const byCode = new Map(points.map((p) => [p.collegeCode, p]));
  const open = (code: string | undefined) => code && navigate(collegePath(code, level));
  const height = Math.max(160, points.length * BAR_ROW + 48);

  const Tick = ({ x = 0, y = 0, payload }: TickProps) => {
    const p = byCode.get(String(payload?.value ?? ''));
    if (!p) return null;
    const href = collegePath(p.collegeCode, level);
    return (
      <a
        href={href}
        className="chart-link"
        data-testid={`chart-link-${kind}-${p.collegeCode}`}
        aria-label={t('overview.chartLinkLabel', { name: p.collegeName, code: p.collegeCode, rate: formatPercent(p.rate, language) })}
        onClick={(e) => {
          e.preventDefault();
          navigate(href);
        }}
      >
        <title>{t('common.nameNo', { name: p.collegeName, no: p.collegeCode })}</title>
        <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fill={CHART_COLORS.axis} fontSize={12}>
          {shorten(p.collegeName)}
        </text>
      </a>
    );
  };

  return (
    <>
      <ChartLegend
        label={t('common.legend')}
        items={[
          { key: 'covered', label: t(`overview.${k}.covered`), swatch: <CoveredSwatch /> },
          { key: 'uncovered', label: t(`overview.${k}.uncovered`), swatch: <UncoveredSwatch patternId={swatch} /> },
        ]}
      />
      <div className="chart-box" style={{ height }} data-testid={`bar-chart-${kind}`}>
        <ResponsiveContainer width="100%" height="100%">
        <BarChart
          layout="vertical"
          data={points}
          title={title}
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barCategoryGap={8}
        >
          <defs>
            <HatchPattern id={hatch} />
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
          <YAxis type="category" dataKey="collegeCode" width={150} interval={0} tick={(props: TickProps) => <Tick {...props} />} />
          <Tooltip
            cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }}
            labelFormatter={(code) => {
              const p = byCode.get(String(code));
              return p ? `${t('common.nameNo', { name: p.collegeName, no: p.collegeCode })} · ${formatPercent(p.rate, language)}` : String(code);
            }}
          />
          <Bar
            dataKey="covered"
            name={t(`overview.${k}.covered`)}
            stackId="coverage"
            fill={CHART_COLORS.covered}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d) => open((d.payload as CollegePoint | undefined)?.collegeCode)}
          />
          <Bar
            dataKey="uncovered"
            name={t(`overview.${k}.uncovered`)}
            stackId="coverage"
            fill={`url(#${hatch})`}
            stroke={CHART_COLORS.uncoveredStroke}
            strokeWidth={1.5}
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
