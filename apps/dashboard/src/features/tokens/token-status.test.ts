import { describe, expect, it } from 'vitest';
import { tokenStatus } from './token-status';

describe('tokenStatus', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('revoked wins over expired', () => {
    expect(tokenStatus({ revokedAt: '2026-01-01T00:00:00Z', expiresAt: '2026-02-01T00:00:00Z' }, now)).toBe('revoked');
  });
  it('expired once the expiry has passed', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-05-31T23:59:59Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-06-02T00:00:00Z' }, now)).toBe('active');
  });
  it('active without an expiry', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
  });
});
