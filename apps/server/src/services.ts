import { CoverageService } from './modules/metrics/coverage.service.js';
import { NetworkService } from './modules/network/network.service.js';
import { RosterService } from './modules/network/roster.service.js';
import { RosterImportService } from './modules/roster-import/roster-import.service.js';

/** The use-cases, built once per process; each call takes the request's entity manager and actor. */
export function createServices(opts: { timeZone: string }) {
  return {
    network: new NetworkService(opts.timeZone),
    roster: new RosterService(),
    rosterImport: new RosterImportService(opts.timeZone),
    coverage: new CoverageService(),
  };
}
export type Services = ReturnType<typeof createServices>;
