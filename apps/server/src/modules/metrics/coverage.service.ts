import type { EntityManager } from '@mikro-orm/knex';
import {
  aggregateScope,
  COVERAGE_COUNTS,
  type CoverageCounts,
  type DateRange,
  type NetworkLevel,
  rate,
  REQUIRED_POSITIONS,
  type Scope,
  sumRows,
  weeksOf,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';

// One aggregate statement for the whole report, identical on SQLite and PostgreSQL: the
// number of statements does not grow with the number of colleges, and no row is counted in JS.
const levelFlag = (level: NetworkLevel) => (level === 'UNDERGRADUATE' ? 'serves_undergraduate' : 'serves_graduate');

const ids = (xs: number[]) => (xs.length ? xs.map((n) => Math.trunc(n)).join(', ') : 'null');

/**
 * Scope filters (SPEC.md §6): whole colleges for leaders, only their classes for counselors.
 * Ids are integers from the actor, never user text, so they are inlined.
 */
function scopeSql(scope: Scope) {
  if (scope.all) return { classes: '', dorms: '', colleges: '' };
  const colleges = ids(scope.collegeIds);
  return {
    classes: ` and (c.college_id in (${colleges}) or c.id in (${ids(scope.classIds)}))`,
    dorms: ` and d.college_id in (${colleges})`,
    colleges: ` and (col.id in (${colleges}) or col.id in (select college_id from class_group where id in (${ids(scope.classIds)})))`,
  };
}

export function coverageSql(level: NetworkLevel, scope: Scope): string {
  const f = scopeSql(scope);
  const positions = REQUIRED_POSITIONS.map((p) => `'${p}'`).join(', ');
  return `
select col.code as college_code, col.name as college_name,
  coalesce(cl.classes, 0) as classes, coalesce(cl.covered, 0) as classes_covered, coalesce(cl.members, 0) as committee_members,
  coalesce(dm.dorms, 0) as dormitories, coalesce(dm.covered, 0) as dormitories_covered, coalesce(dm.officers, 0) as dorm_officers,
  coalesce(wg.complete, 0) as complete_wg, coalesce(ws.has_room, 0) as workstation
from college col
left join (
  select c.college_id, count(*) as classes,
    sum(case when m.n is null then 0 else 1 end) as covered, sum(coalesce(m.n, 0)) as members
  from class_group c
  join (select class_group_id from student where status = 'ENROLLED' group by class_group_id) e on e.class_group_id = c.id
  left join (
    select a.class_group_id, count(*) as n from committee_appointment a
    join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.class_group_id = a.class_group_id
    where a.ended_on is null group by a.class_group_id
  ) m on m.class_group_id = c.id
  where c.level = ?${f.classes}
  group by c.college_id
) cl on cl.college_id = col.id
left join (
  select d.college_id, count(*) as dorms,
    sum(case when o.n is null then 0 else 1 end) as covered, sum(coalesce(o.n, 0)) as officers
  from dormitory d
  join (select dormitory_id from student where status = 'ENROLLED' and dormitory_id is not null group by dormitory_id) r on r.dormitory_id = d.id
  left join (
    select a.dormitory_id, count(*) as n from dorm_officer_appointment a
    join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.dormitory_id = a.dormitory_id
    where a.ended_on is null group by a.dormitory_id
  ) o on o.dormitory_id = d.id
  where d.level = ?${f.dorms}
  group by d.college_id
) dm on dm.college_id = col.id
left join (
  select college_id, case when count(distinct position) = ${REQUIRED_POSITIONS.length} then 1 else 0 end as complete
  from working_group_member where ${levelFlag(level)} and position in (${positions})
  group by college_id
) wg on wg.college_id = col.id
left join (
  select college_id, 1 as has_room from workstation where room is not null and room <> ''
) ws on ws.college_id = col.id
where (coalesce(cl.classes, 0) > 0 or coalesce(dm.dorms, 0) > 0)${f.colleges}
order by col.code`;
}

type SqlRow = Record<string, string | number | null>;

/**
 * Week-by-week coverage from appointment history: a post counts on day D when it started on or
 * before D and had not ended by D. The denominators are today's active classes and dorms (the
 * system keeps no history of enrolment), so the line shows how the network filled up.
 */
function historySql(weeks: number, level: NetworkLevel, scope: Scope): string {
  const f = scopeSql(scope);
  const values = Array.from({ length: weeks }, () => '(?)').join(', ');
  return `
with days(d) as (values ${values}),
ac as (
  select c.id from class_group c
  where c.level = '${level}' and exists (select 1 from student s where s.class_group_id = c.id and s.status = 'ENROLLED')${f.classes}
),
ad as (
  select d.id from dormitory d
  where d.level = '${level}' and exists (select 1 from student s where s.dormitory_id = d.id and s.status = 'ENROLLED')${f.dorms}
)
select days.d as measured_on,
  (select count(*) from ac) as classes,
  (select count(*) from ac where exists (
    select 1 from committee_appointment a where a.class_group_id = ac.id and a.started_on <= days.d and (a.ended_on is null or a.ended_on > days.d)
  )) as classes_covered,
  (select count(*) from ad) as dormitories,
  (select count(*) from ad where exists (
    select 1 from dorm_officer_appointment a where a.dormitory_id = ad.id and a.started_on <= days.d and (a.ended_on is null or a.ended_on > days.d)
  )) as dormitories_covered
from days order by days.d`;
}

function toRow(code: string | null, name: string | null, c: CoverageCounts): S.CoverageRow {
  return {
    collegeCode: code,
    collegeName: name,
    ...c,
    classCoverage: rate(c.classesCovered, c.classes),
    dormCoverage: rate(c.dormitoriesCovered, c.dormitories),
  };
}

export class CoverageService {
  /** The bare SQL aggregate, for benchmarks that compare it with the GraphQL operation. */
  async rawCoverage(em: EntityManager, level: NetworkLevel, scope: Scope = { all: true }): Promise<SqlRow[]> {
    return em.getConnection().execute<SqlRow[]>(coverageSql(level, scope), [level, level], 'all');
  }

  async coverageHistory(em: EntityManager, actor: Actor, level: NetworkLevel, range: DateRange): Promise<S.CoverageHistory> {
    const weeks = weeksOf(range);
    const rows =
      weeks.length === 0
        ? []
        : await em.getConnection().execute<SqlRow[]>(historySql(weeks.length, level, aggregateScope(actor)), weeks.map((w) => w.measuredOn), 'all');
    const byDay = new Map(rows.map((r) => [String(r.measured_on), r]));
    return {
      level: level as S.NetworkLevel,
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
        return { ...w, ...c, classCoverage: rate(c.classesCovered, c.classes), dormCoverage: rate(c.dormitoriesCovered, c.dormitories) };
      }),
    };
  }

  async networkCoverage(em: EntityManager, actor: Actor, level: NetworkLevel): Promise<S.CoverageReport> {
    const rows = await this.rawCoverage(em, level, aggregateScope(actor));
    const colleges = rows.map((r) =>
      toRow(String(r.college_code), String(r.college_name), {
        classes: Number(r.classes),
        classesCovered: Number(r.classes_covered),
        dormitories: Number(r.dormitories),
        dormitoriesCovered: Number(r.dormitories_covered),
        committeeMembers: Number(r.committee_members),
        dormOfficers: Number(r.dorm_officers),
        colleges: 1,
        collegesWithCompleteWorkingGroup: Number(r.complete_wg),
        collegesWithWorkstation: Number(r.workstation),
      }),
    );
    const total = sumRows(COVERAGE_COUNTS, colleges);
    return { level: level as S.NetworkLevel, total: toRow(null, null, total), colleges };
  }
}
