/** Today's calendar date (YYYY-MM-DD) in the university's time zone. */
export function today(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A time as a raw SQL parameter: SQLite keeps MikroORM's Date columns as milliseconds since the
 * epoch, PostgreSQL as timestamptz.
 */
export function sqlTime(em: { getPlatform(): object }, d: Date): Date | number {
  return /sqlite/i.test(em.getPlatform().constructor.name) ? d.getTime() : d;
}
