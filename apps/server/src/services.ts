import type { IdentifierPatterns, RosterKind } from '@carenet/domain';
import { AuditService } from './modules/audit/audit.service.js';
import { setPasswordHashing } from './modules/auth/auth.common.js';
import { AccountService } from './modules/auth/accounts.service.js';
import { ActivationService } from './modules/auth/activation.service.js';
import { ApiTokenService } from './modules/auth/api-tokens.service.js';
import { SessionService } from './modules/auth/sessions.service.js';
import { ExportService } from './modules/exports/exports.service.js';
import { SemesterService } from './modules/calendar/semester.service.js';
import { CoverageService } from './modules/metrics/coverage.service.js';
import { TrainingReportService } from './modules/metrics/training-report.service.js';
import { ScreeningReportService } from './modules/metrics/screening-report.service.js';
import { ScreeningService } from './modules/screening/screening.service.js';
import { SubmissionService } from './modules/submissions/submissions.service.js';
import { TrainingImportService } from './modules/training/training-import.js';
import { TrainingService } from './modules/training/training.service.js';
import { BulkAppointService } from './modules/network/bulk-appoint.service.js';
import { NetworkService } from './modules/network/network.service.js';
import { RosterService } from './modules/network/roster.service.js';
import { OrgService } from './modules/org/org.service.js';
import { RosterImportService } from './modules/roster-import/roster-import.service.js';

/** The use-cases, built once per process; each call takes the request's entity manager and actor. */
export function createServices(opts: {
  timeZone: string;
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  /** Sign-in attempts per client address and minute (LOGINS_PER_ADDRESS_PER_MINUTE). */
  loginsPerAddress?: number;
  /** Stricter student/staff number patterns from configuration, on top of the default check */
  identifiers?: IdentifierPatterns;
  /** Days an activation code stays valid (ACTIVATION_CODE_DAYS, default 14) */
  activationCodeDays?: number;
  /** Below this many screened students a token's screening row is withheld (SCREENING_MIN_CELL, default 10) */
  screeningMinCell?: number;
  now?: () => Date;
  /** argon2id cost of new password hashes (PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_TIME_COST); the defaults without */
  passwordHashing?: { memoryKib: number; timeCost: number };
  /** Told of every committed roster import (the server's metrics) */
  onImported?: (kind: RosterKind, counts: { created: number; updated: number; unchanged: number }) => void;
}) {
  if (opts.passwordHashing) setPasswordHashing(opts.passwordHashing.memoryKib, opts.passwordHashing.timeCost);
  const audit = new AuditService();
  // Sessions resolve bearer API tokens too, so they share the one token service.
  const tokens = new ApiTokenService(audit, { now: opts.now });
  const semesters = new SemesterService(opts.timeZone, audit);
  const training = new TrainingService(opts.timeZone, audit, semesters, opts.identifiers);
  const sessions = new SessionService(audit, tokens, { idleMinutes: opts.sessionIdleMinutes ?? 30, maxHours: opts.sessionMaxHours ?? 12, loginsPerAddress: opts.loginsPerAddress, now: opts.now });
  // The bulk appointment reuses the one-by-one appointment and the roster's suggestions.
  const network = new NetworkService(opts.timeZone, audit, opts.identifiers);
  const roster = new RosterService();
  // Exports read through the same services (and scopes) as the lists they export.
  const org = new OrgService(audit);
  const submissions = new SubmissionService(opts.timeZone, audit, semesters, roster, training, opts.now);
  return {
    audit,
    sessions,
    activation: new ActivationService(audit, sessions, { codeDays: opts.activationCodeDays, timeZone: opts.timeZone, now: opts.now }),
    accounts: new AccountService(audit, { now: opts.now }),
    tokens,
    network,
    bulkAppoint: new BulkAppointService(audit, network, roster),
    org,
    roster,
    exports: new ExportService(audit, org, roster, submissions, opts.timeZone, opts.now),
    rosterImport: new RosterImportService(opts.timeZone, audit, opts.identifiers, opts.onImported),
    coverage: new CoverageService(opts.timeZone, semesters),
    semesters,
    training,
    trainingImport: new TrainingImportService(training, audit, opts.identifiers),
    trainingReport: new TrainingReportService(training),
    screening: new ScreeningService(opts.timeZone, audit, semesters, opts.identifiers, opts.now),
    screeningReport: new ScreeningReportService(semesters, opts.screeningMinCell, opts.now),
    submissions,
  };
}
export type Services = ReturnType<typeof createServices>;
