import type { EntityManager } from '@mikro-orm/knex';
import {
  aggregateScope,
  COVERAGE_COUNTS,
  type CoverageCounts,
  coverageRates,
  type DateRange,
  type NetworkLevel,
  type Scope,
  sumRows,
  weeksOf,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { coverageByCollegeSql, historySql, scopeFilter } from './coverage.sql.js';

export type SqlRow = Record<string, string | number | null>;

/** The counts of one row of coverageByCollegeSql (drivers return numbers or numeric strings). */
export function countsOf(r: SqlRow): CoverageCounts {
  return {
    classes: Number(r.classes ?? 0),
    classesCovered: Number(r.classes_covered ?? 0),
    dormitories: Number(r.dormitories ?? 0),
    dormitoriesCovered: Number(r.dormitories_covered ?? 0),
    committeeMembers: Number(r.committee_members ?? 0),
    dormOfficers: Number(r.dorm_officers ?? 0),
    colleges: 1,
    collegesWithCompleteWorkingGroup: Number(r.complete_wg ?? 0),
    collegesWithWorkstation: Number(r.workstation ?? 0),
  };
}

function toRow(code: string | null, name: string | null, c: CoverageCounts): S.CoverageRow {
  return {
    collegeCode: code,
    collegeName: name,
    ...c,
    ...coverageRates(c),
  };
}

export class CoverageService {
  /** The bare SQL aggregate, for benchmarks that compare it with the GraphQL operation. */
  async rawCoverage(em: EntityManager, level: NetworkLevel, scope: Scope = { all: true }): Promise<SqlRow[]> {
    return em.getConnection().execute<SqlRow[]>(coverageByCollegeSql(level, scopeFilter(scope)), [], 'all');
  }

  async coverageHistory(em: EntityManager, actor: Actor, level: NetworkLevel, range: DateRange): Promise<S.CoverageHistory> {
    const weeks = weeksOf(range);
    const rows =
      weeks.length === 0
        ? []
        : await em.getConnection().execute<SqlRow[]>(historySql(weeks.length, level, scopeFilter(aggregateScope(actor))), weeks.map((w) => w.measuredOn), 'all');
    const byDay = new Map(rows.map((r) => [String(r.measured_on), r]));
    return {
      level,
      from: range.from,
      to: range.to,
      points: weeks.map((w) => {
        const r = byDay.get(w.measuredOn) ?? {};
        const c = {
          classes: Number(r.classes ?? 0),
          classesCovered: Number(r.classes_covered ?? 0),
          dormitories: Number(r.dormitories ?? 0),
          dormitoriesCovered: Number(r.dormitories_covered ?? 0),
        };
        return { ...w, ...c, ...coverageRates(c) };
      }),
    };
  }

  async networkCoverage(em: EntityManager, actor: Actor, level: NetworkLevel): Promise<S.CoverageReport> {
    const rows = await this.rawCoverage(em, level, aggregateScope(actor));
    const colleges = rows.map((r) => toRow(String(r.college_code), String(r.college_name), countsOf(r)));
    const total = sumRows(COVERAGE_COUNTS, colleges);
    return { level, total: toRow(null, null, total), colleges };
  }
}
