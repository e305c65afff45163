import { todayIso } from '@/lib/i18n/format';

/** The server refuses tokens that expire more than 366 days ahead (a year, leap years included). */
export const TOKEN_MAX_DAYS = 366;

/**
 * The last date a new token may be valid through (YYYY-MM-DD, browser time zone), also the form's default.
 * 364 days after today: the token works through the end of that day, which stays within the server's
 * limit even when the year ahead has a 29 February (365 days plus the rest of that day would not).
 */
export function lastExpiryDate(now: Date = new Date()): string {
  return todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 364));
}
