import type { ReactNode } from 'react';

// Chart colours: each at least 3:1 against white (WCAG 1.4.11), and never the only difference
// between two series — the "uncovered" series is also hatched and outlined, the second line dashed
// with hollow square markers, and the legend names every series in words. Covered bars take the
// colour of their rate's grade (lib/rate-scale.ts); "uncovered" is a neutral grey so it never reads
// as one of the grades.
export const CHART_COLORS = {
  covered: '#0b5cad',
  uncoveredStroke: '#737373',
  uncoveredFill: '#f0f0f0',
  classLine: '#0b5cad',
  dormLine: '#a33b00',
  threshold: '#434343',
  axis: '#434343',
  grid: '#d9d9d9',
} as const;

/** Diagonal hatching for the "uncovered" series; put it in the chart's <defs>. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={CHART_COLORS.uncoveredFill} />
      <line x1="0" y1="0" x2="0" y2="8" stroke={CHART_COLORS.uncoveredStroke} strokeWidth="2" />
    </pattern>
  );
}

/** An id usable in url(#…): React's useId() may contain characters SVG references do not like. */
export const svgId = (reactId: string, suffix: string) => `${reactId.replace(/[^A-Za-z0-9_-]/g, '')}-${suffix}`;

export interface LegendItem {
  key: string;
  label: string;
  /** A small picture of the series, drawn in a 28×14 box. */
  swatch: ReactNode;
}

/** The legend as text with a sample of each series (part of the page, not of the SVG). */
export function ChartLegend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.key}>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            {i.swatch}
          </svg>
          <span>{i.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function CoveredSwatch() {
  return <rect x="1" y="1" width="26" height="12" fill={CHART_COLORS.covered} />;
}

export function UncoveredSwatch({ patternId }: { patternId: string }) {
  return (
    <>
      <defs>
        <HatchPattern id={patternId} />
      </defs>
      <rect x="1" y="1" width="26" height="12" fill={`url(#${patternId})`} stroke={CHART_COLORS.uncoveredStroke} strokeWidth="1" />
    </>
  );
}

/** A dashed vertical line: a grade threshold drawn across the bars. */
export function ThresholdSwatch() {
  return <line x1="14" y1="0" x2="14" y2="14" stroke={CHART_COLORS.threshold} strokeWidth="1.5" strokeDasharray="4 3" />;
}
