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
