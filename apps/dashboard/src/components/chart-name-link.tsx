import { useNavigate } from 'react-router-dom';
import { CHART_COLORS } from './chart-legend';

export interface ChartNameLinkProps {
  /** The tick's anchor (the right end of the name), as recharts gives it. */
  x: number;
  y: number;
  href: string;
  testId: string;
  /** The full name, with what the bar says (read by screen readers). */
  label: string;
  /** The tooltip: the full name and code. */
  title: string;
  name: string;
  /** Longer names are cut to this many characters and an ellipsis. */
  max: number;
}

/**
 * The first `max - 1` characters of a long name, not ending inside a Latin word or number (a
 * speech user says whole words; "覆盖学院V" of "覆盖学院VA01" is no word of its name).
 */
export function cutName(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const midWord = /[A-Za-z0-9]$/.test(cut) && /^[A-Za-z0-9]/.test(name.slice(max - 1));
  const whole = midWord ? cut.replace(/[A-Za-z0-9]+$/, '').trimEnd() : cut.trimEnd();
  return whole || cut;
}

/** The width of "…" at the axis' 12 px. */
const ELLIPSIS_WIDTH = 12;

/**
 * A college's name on a bar chart's axis, as a link to its page (keyboard: Tab, Enter). A long name
 * is cut; the ellipsis is drawn beside the link, not in it, so what the link shows is part of its
 * accessible name (WCAG 2.5.3, label in name: a speech user says the words they see).
 */
export function ChartNameLink({ x, y, href, testId, label, title, name, max }: ChartNameLinkProps) {
  const navigate = useNavigate();
  const shown = cutName(name, max);
  const cut = shown !== name;
  const right = x - 6;
  return (
    <g>
      <a
        href={href}
        className="chart-link"
        data-testid={testId}
        aria-label={label}
        onClick={(e) => {
          e.preventDefault();
          navigate(href);
        }}
      >
        <title>{title}</title>
        <text x={cut ? right - ELLIPSIS_WIDTH : right} y={y} dy={4} textAnchor="end" fill={CHART_COLORS.axis} fontSize={12}>
          {shown}
        </text>
      </a>
      {cut && (
        <text x={right} y={y} dy={4} textAnchor="end" fill={CHART_COLORS.axis} fontSize={12} aria-hidden="true">
          …
        </text>
      )}
    </g>
  );
}
