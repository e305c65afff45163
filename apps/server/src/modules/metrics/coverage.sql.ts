import { type NetworkLevel, REQUIRED_POSITIONS, type Scope } from '@carenet/domain';
import { ALL, COVERAGE_UNITS, edgeSource, refreshEdges } from '../../db/migrations/coverage-edge-sql.js';

// The one home of the coverage rules (docs/metrics.md). Every figure about classes and dorms is
// derived from each unit's kept counts (enrolled students, active posts; kept by database
// triggers): networkCoverage groups them by college, the roster reads them per class / dorm and
// its summary is the same college grouping, coverageHistory counts today's active units and sums
// their kept coverage edges. Identical on SQLite and PostgreSQL.

/** Integer ids inlined into SQL (`null` for none, so `in (…)` matches nothing). */
export const ids = (xs: readonly number[]) => (xs.length ? xs.map((n) => Math.trunc(n)).join(', ') : 'null');

/** Extra conditions on the unit rows: `c` is the class_group row, `d` the dormitory row, `col` the college. */
export interface UnitFilter {
  classes: string;
  dorms: string;
  colleges: string;
  /**
   * Conditions on dorm officers as trainees (`d` their dorm, `s` the student); the dorm filter when
   * unset. A counselor's scope is classes: the officers who study in them are theirs to follow.
   */
  officers?: string;
  /** Conditions on the kept coverage edges (`e`), the same units as `classes` and `dorms`. */
  edges: string;
}

/**
 * Scope filters (docs/api.md): whole colleges for leaders, only their classes for counselors.
 * Ids are integers from the actor, never user text, so they are inlined.
 */
export function scopeFilter(scope: Scope): UnitFilter {
  if (scope.all) return { classes: '', dorms: '', colleges: '', edges: '' };
  const colleges = ids(scope.collegeIds);
  return {
    classes: ` and (c.college_id in (${colleges}) or c.id in (${ids(scope.classIds)}))`,
    dorms: ` and d.college_id in (${colleges})`,
    officers: ` and (d.college_id in (${colleges}) or s.class_group_id in (${ids(scope.classIds)}))`,
    colleges: ` and (col.id in (${colleges}) or col.id in (select college_id from class_group where id in (${ids(scope.classIds)})))`,
    edges: ` and (e.college_id in (${colleges}) or (e.kind = 'CLASS' and e.unit_id in (${ids(scope.classIds)})))`,
  };
}

/** One college, and within it only the given classes and dorms when `only` is set (partial roster access). */
export function collegeFilter(collegeId: number, only?: { classIds: readonly number[]; dormIds: readonly number[] }): UnitFilter {
  const id = Math.trunc(collegeId);
  return {
    classes: ` and c.college_id = ${id}${only ? ` and c.id in (${ids(only.classIds)})` : ''}`,
    dorms: ` and d.college_id = ${id}${only ? ` and d.id in (${ids(only.dormIds)})` : ''}`,
    officers: ` and d.college_id = ${id}${only ? ` and (d.id in (${ids(only.dormIds)}) or s.class_group_id in (${ids(only.classIds)}))` : ''}`,
    colleges: ` and col.id = ${id}`,
    edges: ` and e.college_id = ${id}${only ? ` and ((e.kind = 'CLASS' and e.unit_id in (${ids(only.classIds)})) or (e.kind = 'DORM' and e.unit_id in (${ids(only.dormIds)})))` : ''}`,
  };
}

/**
 * The classes of a level, each with its enrolled count and active posts as the unit rows keep them
 * (maintained by database triggers, so a report reads one row per unit and never the students behind
 * it), and what the roster shows of it and of its counselor. Columns: id, code, name, grade, level,
 * enrolled, posts, t_id, t_no, t_name, t_college (the counselor, null without one). Level is a
 * validated enum value.
 */
export function classUnitsSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select c.id, c.code, c.name, c.grade, c.level, c.enrolled_count as enrolled, c.active_posts as posts,
  t.id as t_id, t.staff_no as t_no, t.name as t_name, tc.code as t_college
from class_group c
left join staff t on t.id = c.counselor_id
left join college tc on tc.id = t.college_id
where c.level = '${level}'${f.classes}
order by c.code`;
}

/** The dorms of a level with their kept counts, as classUnitsSql. Columns: id, code, building, room, level, enrolled, posts. */
export function dormUnitsSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select d.id, d.code, d.building, d.room, d.level, d.enrolled_count as enrolled, d.active_posts as posts
from dormitory d
where d.level = '${level}'${f.dorms}
order by d.code`;
}

/**
 * The same unit rows computed from the source rows: a post counts only while it has not ended and
 * its student is still ENROLLED in that class / dorm (isActivePost in domain is the same rule for
 * JavaScript). `cli verify` compares these with the kept counts. Columns: kind, unit_id, enrolled, posts.
 */
/**
 * The rule of an active post (isActivePost) as a join: the post's holder (alias `s`) is ENROLLED in
 * that very class or dorm. Append `where a.ended_on is null`; the post's alias is `a`.
 */
export const activeHolderJoin = (unit: 'class_group_id' | 'dormitory_id') =>
  `join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.${unit} = a.${unit}`;

export function unitsFromSourceSql(): string {
  return `
select 'CLASS' as kind, c.id as unit_id, coalesce(e.n, 0) as enrolled, coalesce(m.n, 0) as posts
from class_group c
left join (select class_group_id, count(*) as n from student where status = 'ENROLLED' group by class_group_id) e on e.class_group_id = c.id
left join (
  select a.class_group_id, count(*) as n from committee_appointment a
  ${activeHolderJoin('class_group_id')}
  where a.ended_on is null group by a.class_group_id
) m on m.class_group_id = c.id
union all
select 'DORM' as kind, d.id as unit_id, coalesce(r.n, 0) as enrolled, coalesce(o.n, 0) as posts
from dormitory d
left join (select dormitory_id, count(*) as n from student where status = 'ENROLLED' and dormitory_id is not null group by dormitory_id) r on r.dormitory_id = d.id
left join (
  select a.dormitory_id, count(*) as n from dorm_officer_appointment a
  ${activeHolderJoin('dormitory_id')}
  where a.ended_on is null group by a.dormitory_id
) o on o.dormitory_id = d.id`;
}

/**
 * Units whose kept counts differ from the source rows: kind, unit_id, code, kept_enrolled,
 * enrolled, kept_posts, posts. Empty when nothing has drifted.
 */
export function unitDriftSql(): string {
  return `
select src.kind, src.unit_id, coalesce(c.code, d.code) as code,
  coalesce(c.enrolled_count, d.enrolled_count) as kept_enrolled, src.enrolled,
  coalesce(c.active_posts, d.active_posts) as kept_posts, src.posts
from (${unitsFromSourceSql()}) src
left join class_group c on src.kind = 'CLASS' and c.id = src.unit_id
left join dormitory d on src.kind = 'DORM' and d.id = src.unit_id
where src.enrolled <> coalesce(c.enrolled_count, d.enrolled_count) or src.posts <> coalesce(c.active_posts, d.active_posts)
order by src.kind, coalesce(c.code, d.code)`;
}

/** Sets every unit's kept counts from the source rows (`cli verify --repair`). */
export function recountUnitsSql(): string[] {
  return (['class_group', 'dormitory'] as const).map(
    (table) => `update ${table} set enrolled_count = src.enrolled, active_posts = src.posts
from (${unitsFromSourceSql()}) src where src.kind = '${table === 'class_group' ? 'CLASS' : 'DORM'}' and src.unit_id = ${table}.id`,
  );
}

const levelFlag = (level: NetworkLevel) => (level === 'UNDERGRADUATE' ? 'serves_undergraduate' : 'serves_graduate');

/** A class or dorm (alias `u`) is active while it has an ENROLLED student. */
const ACTIVE = (u: string) => `${u}.enrolled_count > 0`;

/**
 * One kind of unit of a level grouped by college: a unit is active with ≥1 enrolled student,
 * covered when it is active and holds ≥1 active post; posts are counted in active units only.
 * Reads the kept counts through the (level, college_id, enrolled_count, active_posts) index, so
 * SQLite and PostgreSQL aggregate in index order without touching the table.
 * Columns: college_id, units, covered, posts.
 */
function unitsByCollegeSql(kind: 'CLASS' | 'DORM', level: NetworkLevel, f: UnitFilter): string {
  const [table, u, filter] = kind === 'CLASS' ? ['class_group', 'c', f.classes] : ['dormitory', 'd', f.dorms];
  return `select ${u}.college_id,
    sum(case when ${ACTIVE(u)} then 1 else 0 end) as units,
    sum(case when ${ACTIVE(u)} and ${u}.active_posts > 0 then 1 else 0 end) as covered,
    sum(case when ${ACTIVE(u)} then ${u}.active_posts else 0 end) as posts
  from ${table} ${u} where ${u}.level = '${level}'${filter}
  group by ${u}.college_id`;
}

/**
 * The rows of the training and screening reports: colleges with an active class or dorm at the
 * level (the rows of coverageByCollegeSql), found by one index probe per college and kind instead
 * of aggregating every unit. Columns: college_id, college_code, college_name.
 */
export function activeCollegesSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select col.id as college_id, col.code as college_code, col.name as college_name
from college col
where (exists (select 1 from class_group c where c.college_id = col.id and c.level = '${level}' and ${ACTIVE('c')}${f.classes})
  or exists (select 1 from dormitory d where d.college_id = col.id and d.level = '${level}' and ${ACTIVE('d')}${f.dorms}))${f.colleges}
order by col.code`;
}

/**
 * The units grouped by college, one row per college with an active class or dorm (or every
 * college the filter names when `allColleges`).
 * Columns: college_id, college_code, college_name, classes, classes_covered, committee_members,
 * dormitories, dormitories_covered, dorm_officers, complete_wg, workstation.
 */
export function coverageByCollegeSql(level: NetworkLevel, f: UnitFilter, allColleges = false): string {
  const positions = REQUIRED_POSITIONS.map((p) => `'${p}'`).join(', ');
  return `
select col.id as college_id, col.code as college_code, col.name as college_name,
  coalesce(gc.units, 0) as classes, coalesce(gc.covered, 0) as classes_covered, coalesce(gc.posts, 0) as committee_members,
  coalesce(gd.units, 0) as dormitories, coalesce(gd.covered, 0) as dormitories_covered, coalesce(gd.posts, 0) as dorm_officers,
  coalesce(wg.complete, 0) as complete_wg, coalesce(ws.has_room, 0) as workstation
from college col
left join (${unitsByCollegeSql('CLASS', level, f)}) gc on gc.college_id = col.id
left join (${unitsByCollegeSql('DORM', level, f)}) gd on gd.college_id = col.id
left join (
  select college_id, case when count(distinct position) = ${REQUIRED_POSITIONS.length} then 1 else 0 end as complete
  from working_group_member where ${levelFlag(level)} and position in (${positions})
  group by college_id
) wg on wg.college_id = col.id
left join (
  -- A workstation is set up when it has a room; a blank room does not count.
  select college_id, 1 as has_room from workstation where room is not null and trim(room) <> ''
) ws on ws.college_id = col.id
where ${allColleges ? '1 = 1' : '(coalesce(gc.units, 0) > 0 or coalesce(gd.units, 0) > 0)'}${f.colleges}
order by col.code`;
}

/**
 * Coverage over time reads today's active classes and dorms (the denominators; the system keeps no
 * history of enrolment) and, for the numerators, the kept coverage edges of those units (db/migrations/
 * coverage-edge-sql.ts: +1 on the first day of a covered span, −1 on the day it stops), summed per day
 * by `coveredOnDays` in domain.
 */
export function activeUnitsSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select 'CLASS' as kind, count(*) as n from class_group c where c.level = '${level}' and ${ACTIVE('c')}${f.classes}
union all
select 'DORM' as kind, count(*) as n from dormitory d where d.level = '${level}' and ${ACTIVE('d')}${f.dorms}`;
}

/**
 * The edges up to a day (parameter: the last day measured), summed per kind and day through the
 * (level, kind, day, college_id, delta) index: one or two rows per active unit, never its students or
 * its posts. Columns: kind, day, n.
 */
export function coverageEdgesSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select e.kind, e.day, sum(e.delta) as n from coverage_edge e
where e.level = '${level}' and e.day <= ?${f.edges}
group by e.kind, e.day
order by e.day`;
}

const EDGE_COLUMNS = 'level, kind, college_id, unit_id, day, delta';

/**
 * Kept coverage edges that the posts do not give (KEPT), or that they give and are not kept (SOURCE):
 * side, kind, unit_id, code, day, delta. At most 100; empty when nothing has drifted.
 */
export function edgeDriftSql(): string {
  const source = COVERAGE_UNITS.map((k) => edgeSource(k, ALL)).join('\nunion all\n');
  const kept = `select ${EDGE_COLUMNS} from coverage_edge`;
  const src = `select ${EDGE_COLUMNS} from (${source}) s`;
  return `select d.side, d.kind, d.unit_id, coalesce(c.code, o.code) as code, d.day, d.delta from (
  select 'KEPT' as side, q.* from (${kept} except ${src}) q
  union all
  select 'SOURCE', q.* from (${src} except ${kept}) q
) d
left join class_group c on d.kind = 'CLASS' and c.id = d.unit_id
left join dormitory o on d.kind = 'DORM' and o.id = d.unit_id
order by d.kind, d.unit_id, d.day
limit 100`;
}

/** Sets every kept coverage edge from the posts (`cli verify --repair`). */
export function recountEdgesSql(): string[] {
  return COVERAGE_UNITS.flatMap((k) => refreshEdges(k, ALL));
}
