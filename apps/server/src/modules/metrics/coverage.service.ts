import type { EntityManager } from '@mikro-orm/knex';
import {
  parseDate,
  parseSemester,
  render,
  tx,
  aggregateScope,
  COVERAGE_COUNTS,
  type CoverageCounts,
  coverageRates,
  coveredOnDays,
  type DateRange,
  type NetworkLevel,
  type Scope,
  sumRows,
  weeksOf,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { readRows } from '../../db/reads.js';
import type { SemesterService } from '../calendar/semester.service.js';
import { activeUnitsSql, coverageByCollegeSql, coverageEdgesSql, scopeFilter } from './coverage.sql.js';

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

/** What a caller asks coverageHistory for: a semester code, or a from/to range (to defaults to today). */
export interface HistoryRequest {
  semester?: string | null;
  from?: string | null;
  to?: string | null;
}

export class CoverageService {
  constructor(
    private readonly timeZone: string = 'Asia/Shanghai',
    /** The semester calendar; without it (benchmarks) the default dates apply. */
    private readonly semesters?: SemesterService,
  ) {}

  /** Resolves a semester or from/to range, stops it at today (no figures for days to come), and charts it. */
  async history(em: EntityManager, actor: Actor, level: NetworkLevel, q: HistoryRequest): Promise<S.CoverageHistory> {
    let range = q.semester ? parseSemester(q.semester) : null;
    if (q.semester && !range) {
      throw badInput(tx(`"${q.semester}" is not a semester code like 2024-2025-1`, `"${q.semester}" 不是有效的学期代码（例如 2024-2025-1）`), { field: 'semester' });
    }
    // The dates the school administration set for the semester, where it did.
    if (q.semester && this.semesters) range = await this.semesters.range(em, q.semester);
    const now = today(this.timeZone);
    if (!range) {
      if (!q.from) throw badInput(tx('give a semester, or a from date', '请提供学期，或起始日期'), { field: 'from' });
      const f = parseDate(q.from);
      const t = q.to ? parseDate(q.to) : null;
      if (!f.ok) throw badInput(tx(`from: ${render(f.error, 'en')}`, `起始日期：${render(f.error, 'zh')}`), { field: 'from' });
      if (t && !t.ok) throw badInput(tx(`to: ${render(t.error, 'en')}`, `截止日期：${render(t.error, 'zh')}`), { field: 'to' });
      range = { from: f.value, to: t?.ok ? t.value : now };
    }
    if (range.from > range.to) throw badInput(tx('from is after to', '起始日期晚于截止日期'), { field: 'from' });
    if (range.to > now) range = { ...range, to: now < range.from ? range.from : now };
    if (range.from > now) return { level, from: range.from, to: range.to, points: [] };
    return this.coverageHistory(em, actor, level, range);
  }

  /** The bare SQL aggregate, for benchmarks that compare it with the GraphQL operation. */
  async rawCoverage(em: EntityManager, level: NetworkLevel, scope: Scope = { all: true }): Promise<SqlRow[]> {
    return readRows<SqlRow>(em, coverageByCollegeSql(level, scopeFilter(scope)));
  }

  async coverageHistory(em: EntityManager, actor: Actor, level: NetworkLevel, range: DateRange): Promise<S.CoverageHistory> {
    const weeks = weeksOf(range);
    if (weeks.length === 0) return { level, from: range.from, to: range.to, points: [] };
    const f = scopeFilter(aggregateScope(actor));
    const days = weeks.map((w) => w.measuredOn);
    const [units, edges] = await Promise.all([
      readRows<SqlRow>(em, activeUnitsSql(level, f)),
      readRows<SqlRow>(em, coverageEdgesSql(level, f), [days[days.length - 1] as string]),
    ]);
    const count = (kind: string) => Number(units.find((u) => u.kind === kind)?.n ?? 0);
    const [classes, dormitories] = [count('CLASS'), count('DORM')];
    const coveredOf = (kind: string) =>
      coveredOnDays(
        edges.filter((e) => e.kind === kind).map((e) => ({ day: String(e.day), n: Number(e.n) })),
        days,
      );
    const classesCovered = coveredOf('CLASS');
    const dormitoriesCovered = coveredOf('DORM');
    return {
      level,
      from: range.from,
      to: range.to,
      points: weeks.map((w, k) => {
        const c = {
          classes,
          classesCovered: classesCovered[k] ?? 0,
          dormitories,
          dormitoriesCovered: dormitoriesCovered[k] ?? 0,
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
