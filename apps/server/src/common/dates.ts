// Building a DateTimeFormat costs about a millisecond of CPU; one per time zone is kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (YYYY-MM-DD) in the university's time zone. */
export function today(timeZone: string, now: Date = new Date()): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(now);
}

/** A moment as the university's wall-clock time, "YYYY-MM-DD HH:mm" (for files people read). */
export function localDateTime(timeZone: string, d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * A time as a raw SQL parameter: SQLite keeps MikroORM's Date columns as milliseconds since the
 * epoch, PostgreSQL as timestamptz.
 */
export function sqlTime(em: { getPlatform(): object }, d: Date): Date | number {
  return isSqlite(em) ? d.getTime() : d;
}

/**
 * A time column of a raw row as a Date (null stays null): milliseconds from SQLite (a number, or
 * a numeric string), a Date or a timestamp string from PostgreSQL.
 */
export function instantOf(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'number' || typeof v === 'bigint') return new Date(Number(v));
  const s = String(v);
  return new Date(/^-?\d+$/.test(s) ? Number(s) : s);
}

/** Whether the entity manager talks to SQLite (for the few statements the engines spell differently). */
export const isSqlite = (em: { getPlatform(): object }): boolean => /sqlite|libsql/i.test(em.getPlatform().constructor.name);
