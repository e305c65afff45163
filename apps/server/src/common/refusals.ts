import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { ANONYMOUS, type Actor } from '@carenet/domain';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { Context } from './context.js';
import { currentClientAddress } from './locale.js';

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
// Fields that audit their own refusals (a failed sign-in is recorded by the login itself).
const SELF_AUDITED = new Set(['login']);

/**
 * Records refused requests (authentication failures, policy denials) in the audit log. Anonymous
 * refusals are capped per client address and minute, so a flood of them cannot grow the log
 * without bound; the cap is per server instance.
 */
export class RefusalLog {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditService,
    readonly anonymousPerMinute = 30,
  ) {}

  private allowed(actor: Actor): boolean {
    if (actor.kind !== 'anonymous') return true;
    const key = currentClientAddress() ?? '-';
    const now = Date.now();
    const w = this.windows.get(key);
    if (!w || now - w.start > 60_000) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.anonymousPerMinute;
  }

  async record(actor: Actor, code: string, detail: { field: string | null; reason: string; message?: string }): Promise<void> {
    if (!this.allowed(actor)) return;
    try {
      await this.audit.recordNow(this.orm.em.fork(), actor, {
        action: code === 'FORBIDDEN' ? 'access.denied' : 'auth.refused',
        recordType: 'request',
        recordId: detail.field,
        detail,
      });
    } catch (e) {
      // The request is refused either way; a failing audit store must not turn that into a 500.
      console.error('could not record a refused request:', e);
    }
  }

  /** Records each request that a resolver or the policy gate refused, once. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didEncounterErrors: async ({ errors, contextValue }) => {
          const refused = errors.find((e) => REFUSED.has(String(e.extensions?.code)) && !SELF_AUDITED.has(String(e.path?.[0])));
          if (!refused) return;
          await this.record(contextValue?.actor ?? ANONYMOUS, String(refused.extensions?.code), {
            field: refused.path ? String(refused.path[0]) : null,
            reason: 'policy',
            message: refused.message,
          });
        },
      }),
    };
  }
}
