// Semester codes `YYYY-YYYY-N` (2024-2025-1: autumn, 2024-2025-2: spring), as the API takes them.
// The dates behind a code are the server's (packages/domain periods.ts); here only the code.

const SEMESTER = /^(\d{4})-(\d{4})-([12])$/;

export function isSemester(code: string | null | undefined): code is string {
  const m = code ? SEMESTER.exec(code) : null;
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** The semester a day falls in: September–January is the autumn one, February–August the spring one. */
export function currentSemester(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month === 1) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

/** The semester before a given one: 2024-2025-2 → 2024-2025-1 → 2023-2024-2. */
export function previousSemester(code: string): string {
  const [y1, y2, n] = code.split('-').map(Number) as [number, number, number];
  return n === 2 ? `${y1}-${y2}-1` : `${y1 - 1}-${y1}-2`;
}

/** `count` semesters, newest first, starting with `from`. */
export function recentSemesters(from: string, count: number): string[] {
  const out = [from];
  while (out.length < count) out.push(previousSemester(out[out.length - 1] as string));
  return out;
}
