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

/** A post's run: from `startedOn` up to, not including, `endedOn` (null: still running). */
export interface PostRun {
  unitId: number;
  startedOn: string;
  endedOn: string | null;
}

/**
 * For each day (ascending YYYY-MM-DD), how many units have at least one post running on it: a post
 * runs on day D when it started on or before D and had not ended by D. A unit with several posts
 * (two committee members, a successor) counts once. Each unit's posts are merged as ranges of day
 * indexes, so the cost grows with the posts, not with posts × days.
 */
export function unitsCoveredOn(runs: readonly PostRun[], days: readonly string[]): number[] {
  const n = days.length;
  // The first day index whose date is on or after `date` (n when none).
  const firstFrom = (date: string) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] as string) < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranges = runs
    .map((r) => ({ unit: r.unitId, lo: firstFrom(r.startedOn), hi: r.endedOn === null ? n : firstFrom(r.endedOn) }))
    .filter((r) => r.lo < r.hi)
    .sort((a, b) => a.unit - b.unit || a.lo - b.lo);
  const diff = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < ranges.length; ) {
    const first = ranges[i++]!;
    let { lo, hi } = first;
    for (; i < ranges.length && ranges[i]!.unit === first.unit; i++) {
      const r = ranges[i]!;
      if (r.lo <= hi) hi = Math.max(hi, r.hi);
      else {
        diff[lo]! += 1;
        diff[hi]! -= 1;
        ({ lo, hi } = r);
      }
    }
    diff[lo]! += 1;
    diff[hi]! -= 1;
  }
  const out: number[] = [];
  for (let k = 0, running = 0; k < n; k++) out.push((running += diff[k]!));
  return out;
}
