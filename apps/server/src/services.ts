import type { IdentifierPatterns } from '@carenet/domain';
import { AuditService } from './modules/audit/audit.service.js';
import { AccountService } from './modules/auth/accounts.service.js';
import { ApiTokenService } from './modules/auth/api-tokens.service.js';
import { SessionService } from './modules/auth/sessions.service.js';
import { CoverageService } from './modules/metrics/coverage.service.js';
import { NetworkService } from './modules/network/network.service.js';
import { RosterService } from './modules/network/roster.service.js';
import { OrgService } from './modules/org/org.service.js';
import { RosterImportService } from './modules/roster-import/roster-import.service.js';

/** The use-cases, built once per process; each call takes the request's entity manager and actor. */
export function createServices(opts: {
  timeZone: string;
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  /** Stricter student/staff number patterns from configuration, on top of the default check */
  identifiers?: IdentifierPatterns;
  now?: () => Date;
}) {
  const audit = new AuditService();
  // Sessions resolve bearer API tokens too, so they share the one token service.
  const tokens = new ApiTokenService(audit, { now: opts.now });
  return {
    audit,
    sessions: new SessionService(audit, tokens, { idleMinutes: opts.sessionIdleMinutes ?? 30, maxHours: opts.sessionMaxHours ?? 12, now: opts.now }),
    accounts: new AccountService(audit, { now: opts.now }),
    tokens,
    network: new NetworkService(opts.timeZone, audit, opts.identifiers),
    org: new OrgService(audit),
    roster: new RosterService(),
    rosterImport: new RosterImportService(opts.timeZone, audit, opts.identifiers),
    coverage: new CoverageService(opts.timeZone),
  };
}
export type Services = ReturnType<typeof createServices>;
