import type { IdentifierPatterns } from '@carenet/domain';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CoverageService } from './modules/metrics/coverage.service.js';
import { NetworkService } from './modules/network/network.service.js';
import { RosterService } from './modules/network/roster.service.js';
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
  return {
    audit,
    auth: new AuthService(audit, { idleMinutes: opts.sessionIdleMinutes ?? 30, maxHours: opts.sessionMaxHours ?? 12, now: opts.now }),
    network: new NetworkService(opts.timeZone, audit, opts.identifiers),
    roster: new RosterService(audit),
    rosterImport: new RosterImportService(opts.timeZone, audit, opts.identifiers),
    coverage: new CoverageService(),
  };
}
export type Services = ReturnType<typeof createServices>;
