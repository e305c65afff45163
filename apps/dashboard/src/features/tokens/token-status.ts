import type { ApiToken } from './api-tokens.query';

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(t: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): TokenStatus {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && new Date(t.expiresAt) <= now) return 'expired';
  return 'active';
}
