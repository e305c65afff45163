import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, aggregateScope, DEFAULT_SUPPRESSION_MIN, FOLLOW_UP_COUNTS, type FollowUpCounts, followUpRates, type NetworkLevel, sumRows, tx } from '@carenet/domain';
import type * as S from '@carenet/schema';
import { sqlTime } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { readRows } from '../../db/reads.js';
import type { SemesterService } from '../calendar/semester.service.js';
import { ScreeningCampaignEntity } from '../screening/screening.entities.js';
import { scopeFilter } from './coverage.sql.js';
import type { SqlRow } from './coverage.service.js';
import { followUpByCollegeSql, keptFollowUpByCollegeSql, keptFollowUpParams } from './screening.sql.js';

const countsOf = (r: SqlRow): FollowUpCounts => ({
  screened: Number(r.screened ?? 0),
  flagged: Number(r.flagged ?? 0),
  pending: Number(r.pending ?? 0),
  inProgress: Number(r.in_progress ?? 0),
  referred: Number(r.referred ?? 0),
  closed: Number(r.closed ?? 0),
  overdue: Number(r.overdue ?? 0),
});

const toRow = (code: string | null, name: string | null, c: FollowUpCounts): S.FollowUpRow => ({ collegeCode: code, collegeName: name, suppressed: false, ...c, ...followUpRates(c) });

const withheld = (code: string, name: string): S.FollowUpRow => ({
  collegeCode: code,
  collegeName: name,
  suppressed: true,
  screened: null,
  flagged: null,
  pending: null,
  inProgress: null,
  referred: null,
  closed: null,
  overdue: null,
  flaggedRate: null,
  closedRate: null,
  overdueRate: null,
});

/** Screening follow-up per college (SPEC §4), small groups withheld from tools (SCREENING_MIN_CELL). */
export class ScreeningReportService {
  constructor(
    private readonly semesters: SemesterService,
    private readonly minCell: number = DEFAULT_SUPPRESSION_MIN,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async query(em: EntityManager, level: NetworkLevel, actor: Actor, campaignId?: string | null, semester?: string | null) {
    if (!campaignId && !semester) throw badInput(tx('give a campaignId or a semester', '请提供 campaignId 或学期'), { field: 'campaignId' });
    let key: number | string;
    if (campaignId) {
      const n = Number(campaignId);
      const c = Number.isInteger(n) ? await em.findOne(ScreeningCampaignEntity, { id: n }) : null;
      if (!c) throw notFound(tx(`no screening campaign ${campaignId}`, `未找到筛查活动 ${campaignId}`));
      key = c.id;
    } else key = this.semesters.code(semester!);
    const asOf = this.now();
    const by = campaignId ? 'campaign' : 'semester';
    const scope = aggregateScope(actor);
    const f = scopeFilter(scope);
    // Whole colleges read the kept tallies; a scope of single classes counts its results.
    const rows =
      scope.all || scope.classIds.length === 0
        ? await readRows<SqlRow>(em, keptFollowUpByCollegeSql(level, f, scope.all ? null : scope.collegeIds, by), keptFollowUpParams(by, key, sqlTime(em, asOf)))
        : await readRows<SqlRow>(em, followUpByCollegeSql(level, f, by), [key, key, sqlTime(em, asOf)]);
    return { rows, asOf, key };
  }

  /** The bare SQL, for benchmarks. */
  async raw(em: EntityManager, level: NetworkLevel, semester: string): Promise<SqlRow[]> {
    return (await this.query(em, level, { kind: 'system', name: 'bench' }, null, semester)).rows;
  }

  async report(em: EntityManager, actor: Actor, level: NetworkLevel, campaignId?: string | null, semester?: string | null): Promise<S.FollowUpReport> {
    const { rows, asOf } = await this.query(em, level, actor, campaignId, semester);
    // Tools get no figures of small groups; people in scope see every number.
    const suppress = actor.kind === 'token';
    const colleges: S.FollowUpRow[] = [];
    const counted: FollowUpCounts[] = [];
    for (const r of rows) {
      const c = countsOf(r);
      if (suppress && c.screened < this.minCell) colleges.push(withheld(String(r.college_code), String(r.college_name)));
      else {
        colleges.push(toRow(String(r.college_code), String(r.college_name), c));
        counted.push(c);
      }
    }
    return {
      level,
      campaignId: campaignId ?? null,
      semester: campaignId ? null : (semester ?? null),
      asOf,
      suppressedRows: colleges.filter((c) => c.suppressed).length,
      total: toRow(null, null, sumRows(FOLLOW_UP_COUNTS, counted)),
      colleges,
    };
  }
}
