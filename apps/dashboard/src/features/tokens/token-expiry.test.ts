import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '@/lib/i18n/format';
import { lastExpiryDate, TOKEN_MAX_DAYS } from './token-expiry';

describe('lastExpiryDate', () => {
  it('is a year from today, less a day', () => {
    expect(lastExpiryDate(new Date(2026, 5, 1, 9, 30))).toBe('2027-05-31');
  });
  it('keeps the end of that day within the server limit across a 29 February', () => {
    const now = new Date(2027, 2, 1, 0, 0, 1);
    const last = lastExpiryDate(now);
    expect(last).toBe('2028-02-28');
    expect(Date.parse(endOfLocalDay(last)) - now.getTime()).toBeLessThanOrEqual(TOKEN_MAX_DAYS * 86_400_000);
  });
});
