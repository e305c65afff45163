import { describe, expect, it } from 'vitest';
import { startOfLocalDay, startOfNextLocalDay } from '@/lib/i18n/format';
import { toAuditFilter } from './audit-filter';

describe('toAuditFilter', () => {
  it('leaves empty fields out and trims the rest', () => {
    expect(toAuditFilter({ actor: '  admin ', studentNo: '', action: '   ' })).toEqual({ actor: 'admin' });
  });

  it('includes the whole last day of the range', () => {
    expect(toAuditFilter({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: startOfLocalDay('2026-11-01'),
      to: startOfNextLocalDay('2026-11-30'),
    });
  });

  it('filters a group by its prefix and one action exactly', () => {
    expect(toAuditFilter({ action: 'roster.' })).toEqual({ action: 'roster.' });
    expect(toAuditFilter({ action: 'auth.login' })).toEqual({ actions: ['auth.login'] });
  });
});
