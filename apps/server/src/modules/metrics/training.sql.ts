import type { NetworkLevel } from '@carenet/domain';
import { coverageByCollegeSql, type UnitFilter } from './coverage.sql.js';

// The one home of the training completion rule (docs/metrics.md, "Training completion"). Rows are the
// coverage report's rows (colleges with an active class or dorm at the level); trainees are the
// active posts of the unit rows' rule, so a lapsed post stops counting at once.

const levelColumn = (level: NetworkLevel) => (level === 'UNDERGRADUATE' ? 'for_undergraduate' : 'for_graduate');

/**
 * Active committee members and dorm officers of a level, one row per (college, student): a student
 * holding both posts in one college is one trainee. Columns: college_id, student_id.
 */
export function traineesSql(level: NetworkLevel, f: UnitFilter): string {
  return `
select c.college_id, s.id as student_id
from committee_appointment a
join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.class_group_id = a.class_group_id
join class_group c on c.id = a.class_group_id
where a.ended_on is null and c.level = '${level}'${f.classes}
union
select d.college_id, s.id as student_id
from dorm_officer_appointment a
join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.dormitory_id = a.dormitory_id
join dormitory d on d.id = a.dormitory_id
where a.ended_on is null and d.level = '${level}'${f.officers ?? f.dorms}`;
}

/**
 * Sessions that count for trainees of a level: a college's self-designed sessions of the semester,
 * HELD, for the level, with committee members or officers in the audience (working-group study does
 * not count for trainees). Parameter: semester. Columns: id, college_id.
 */
export function countingSessionsSql(level: NetworkLevel): string {
  return `select id, college_id from training_session
where semester = ? and status = 'HELD' and ${levelColumn(level)} and (for_committee_members or for_dorm_officers)`;
}

/**
 * Training completion per college (SPEC §4). Parameters, in order: semester (sessions), semester
 * (completions), then the programme's module codes. `moduleCount` is their number (≥ 1) and
 * `minAttendance` the programme's minSelfDesignedAttendance. Attendance counts only at a counting
 * session of the trainee's own college. Columns: college_id, college_code, college_name, trainees,
 * basic_completed, sessions_held, attended_self_designed, completed.
 */
export function trainingCompletionSql(level: NetworkLevel, f: UnitFilter, moduleCount: number, minAttendance: number): string {
  const modules = Array.from({ length: moduleCount }, () => '?').join(', ');
  const min = Math.max(0, Math.trunc(minAttendance));
  return `
with rowset as (${coverageByCollegeSql(level, f)}),
trainee as (${traineesSql(level, f)}),
held as (${countingSessionsSql(level)}),
attended as (
  select t.college_id, t.student_id, count(h.id) as n
  from trainee t
  left join session_attendance sa on sa.student_id = t.student_id
  left join held h on h.id = sa.session_id and h.college_id = t.college_id
  group by t.college_id, t.student_id
),
per_trainee as (
  select a.college_id, a.student_id,
    -- One index lookup per trainee (semester, student_id, module_code): a join with the completions
    -- grouped per student let PostgreSQL misjudge the trainees as a handful and loop over all of them.
    case when (
      select count(distinct mc.module_code) from module_completion mc
      where mc.semester = ? and mc.student_id = a.student_id and mc.module_code in (${modules})
    ) = ${Math.trunc(moduleCount)} then 1 else 0 end as basic_done,
    case when a.n >= ${min} then 1 else 0 end as attended_done
  from attended a
)
select r.college_id, r.college_code, r.college_name,
  coalesce(p.trainees, 0) as trainees, coalesce(p.basic_completed, 0) as basic_completed,
  coalesce(hs.n, 0) as sessions_held,
  coalesce(p.attended_self_designed, 0) as attended_self_designed, coalesce(p.completed, 0) as completed
from rowset r
left join (
  select college_id, count(*) as trainees, sum(basic_done) as basic_completed, sum(attended_done) as attended_self_designed,
    sum(basic_done * attended_done) as completed
  from per_trainee group by college_id
) p on p.college_id = r.college_id
left join (select college_id, count(*) as n from held group by college_id) hs on hs.college_id = r.college_id
order by r.college_code`;
}
