// Semesters and weeks. A semester code is `YYYY-YYYY-N` (2024-2025-1: autumn, 2024-2025-2: spring).
// Default bounds follow the usual Chinese academic calendar; the exact dates are a university setting.

export interface DateRange {
  from: string;
  to: string;
}

const SEMESTER = /^(\d{4})-(\d{4})-([12])$/;

export function parseSemester(code: string): DateRange | null {
  const m = SEMESTER.exec(code.trim());
  if (!m) return null;
  const [y1, y2, n] = [Number(m[1]), Number(m[2]), m[3]];
  if (y2 !== y1 + 1) return null;
  return n === '1' ? { from: `${y1}-09-01`, to: `${y2}-01-31` } : { from: `${y2}-02-15`, to: `${y2}-07-15` };
}

const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const fmt = (d: Date) => d.toISOString().slice(0, 10);

/** Mondays of the weeks that overlap [from, to], each with the day the week is measured on (its Sunday, or `to`). */
export function weeksOf(range: DateRange, maxWeeks = 60): { weekStart: string; measuredOn: string }[] {
  const start = toDate(range.from);
  const end = toDate(range.to);
  const monday = new Date(start);
  monday.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const out: { weekStart: string; measuredOn: string }[] = [];
  for (let d = monday; d <= end && out.length < maxWeeks; d = new Date(d.getTime() + 7 * 86400_000)) {
    const sunday = new Date(d.getTime() + 6 * 86400_000);
    out.push({ weekStart: fmt(d), measuredOn: fmt(sunday < end ? sunday : end) });
  }
  return out;
}

/** A change in the number of covered units, from `day` on: +1 where a unit's covered span begins, −1 where it stops. */
export interface CoverageEdge {
  day: string;
  n: number;
}

/**
 * For each day (ascending YYYY-MM-DD), the units covered on it: the sum of the edges on or before it.
 * The edges are each unit's covered spans (its posts merged), so a unit with several posts counts
 * once, and a post counts on day D when it started on or before D and had not ended by D.
 */
export function coveredOnDays(edges: readonly CoverageEdge[], days: readonly string[]): number[] {
  const sorted = [...edges].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  let i = 0;
  let covered = 0;
  return days.map((day) => {
    for (; i < sorted.length && (sorted[i] as CoverageEdge).day <= day; i++) covered += (sorted[i] as CoverageEdge).n;
    return covered;
  });
}
