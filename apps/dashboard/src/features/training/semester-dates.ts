// The dates a semester may take: within its academic year (2026-2027-x: 2026-01-01 to 2027-12-31
// as the server checks the years), so the date pickers do not offer the impossible.

export function academicYearBounds(code: string): { min: string; max: string } {
  const year = Number(code.slice(0, 4));
  return { min: `${year}-01-01`, max: `${year + 1}-12-31` };
}
