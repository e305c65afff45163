// Frozen SQL for the training-completion triggers of Migration20261202001500 (both engines). A change
// to the rule is a new migration with its own copy; the live rule for `cli verify` is in
// modules/metrics/training.sql.ts.

export type Dialect = 'sqlite' | 'postgresql';
/** A condition on a column: which students (or semesters) to recompute. */
export type Pred = (col: string) => string;
export const ALL: Pred = () => '1 = 1';

const contains = (d: Dialect, hay: string, needle: string) => (d === 'sqlite' ? `instr(${hay}, ${needle}) > 0` : `strpos(${hay}, ${needle}) > 0`);

/** Active posts held by students still ENROLLED in the post's unit: one row per (level, college, student). */
export function traineeSource(pred: Pred): string {
  return `select c.level, c.college_id, a.student_id from committee_appointment a
  join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.class_group_id = a.class_group_id
  join class_group c on c.id = a.class_group_id
  where a.ended_on is null and ${pred('a.student_id')}
union
select d.level, d.college_id, a.student_id from dorm_officer_appointment a
  join student s on s.id = a.student_id and s.status = 'ENROLLED' and s.dormitory_id = a.dormitory_id
  join dormitory d on d.id = a.dormitory_id
  where a.ended_on is null and ${pred('a.student_id')}`;
}

/**
 * Per (semester, trainee) from the kept trainee rows: the semester programme's modules done (the
 * defaults without a programme row) and HELD sessions for the trainee's level and posts, in the
 * trainee's own college, attended. Only rows with some progress.
 */
export function progressSource(d: Dialect, pred: Pred, semester: Pred = ALL, trainees = 'trainee'): string {
  return `select x.semester, t.level, t.college_id, t.student_id, sum(x.m) as modules_done, sum(x.a) as attended
from ${trainees} t join (
  select mc.student_id, mc.semester, null as college_id, null as for_ug, null as for_g, 1 as m, 0 as a
    from module_completion mc left join training_programme p on p.semester = mc.semester
    where ${contains(d, `',' || coalesce(p.module_codes, 'COURSEWARE,LECTURE,READER') || ','`, `',' || mc.module_code || ','`)}
      and ${pred('mc.student_id')} and ${semester('mc.semester')}
  union all
  select sa.student_id, h.semester, h.college_id, h.for_undergraduate, h.for_graduate, 0, 1
    from session_attendance sa join training_session h on h.id = sa.session_id
    where h.status = 'HELD' and (h.for_committee_members or h.for_dorm_officers) and ${pred('sa.student_id')} and ${semester('h.semester')}
) x on x.student_id = t.student_id
  and (x.college_id is null or (x.college_id = t.college_id and case when t.level = 'UNDERGRADUATE' then x.for_ug else x.for_g end))
where ${pred('t.student_id')}
group by x.semester, t.level, t.college_id, t.student_id`;
}

/** Recompute the trainee rows and their progress for the students `pred` picks. */
export function refreshStudents(d: Dialect, pred: Pred): string[] {
  return [
    `delete from trainee where ${pred('student_id')}`,
    `insert into trainee (level, college_id, student_id) ${traineeSource(pred)}`,
    `delete from trainee_progress where ${pred('student_id')}`,
    `insert into trainee_progress (semester, level, college_id, student_id, modules_done, attended) ${progressSource(d, pred)}`,
  ];
}

/** Recompute every trainee's progress in the semesters `semester` picks (a programme changed). */
export function refreshSemesters(d: Dialect, semester: Pred): string[] {
  return [
    `delete from trainee_progress where ${semester('semester')}`,
    `insert into trainee_progress (semester, level, college_id, student_id, modules_done, attended) ${progressSource(d, ALL, semester)}`,
  ];
}

/** Tables whose rows name a student, and the writes to them that can change a trainee's figures. */
export const STUDENT_TABLES = [
  { table: 'committee_appointment', col: 'student_id', columns: ['ended_on', 'class_group_id', 'student_id'] },
  { table: 'dorm_officer_appointment', col: 'student_id', columns: ['ended_on', 'dormitory_id', 'student_id'] },
  { table: 'module_completion', col: 'student_id', columns: ['semester', 'module_code', 'student_id'] },
  { table: 'session_attendance', col: 'student_id', columns: ['session_id', 'student_id'] },
] as const;
export const STUDENT_COLUMNS = ['status', 'class_group_id', 'dormitory_id'] as const;
export const SESSION_COLUMNS = ['semester', 'college_id', 'status', 'for_undergraduate', 'for_graduate', 'for_committee_members', 'for_dorm_officers'] as const;
