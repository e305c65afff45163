import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  aggregateScope,
  inScope,
  isNone,
  type NetworkLevel,
  type Scope,
  sumRows,
  TRAINING_COUNTS,
  type TrainingCounts,
  trainingRates,
  trainingReadScope,
  tx,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import { notFound } from '../../common/errors.js';
import { readRows } from '../../db/reads.js';
import { ClassGroupEntity, CollegeEntity, StudentEntity } from '../org/org.entities.js';
import type { TrainingService } from '../training/training.service.js';
import { collegeFilter, scopeFilter, type UnitFilter } from './coverage.sql.js';
import type { SqlRow } from './coverage.service.js';
import { countingSessionsSql, keptTrainingCompletionSql, trainingCompletionSql, traineesSql } from './training.sql.js';

const countsOf = (r: SqlRow): TrainingCounts => ({
  trainees: Number(r.trainees ?? 0),
  basicCompleted: Number(r.basic_completed ?? 0),
  selfDesignedSessionsHeld: Number(r.sessions_held ?? 0),
  attendedSelfDesigned: Number(r.attended_self_designed ?? 0),
  completed: Number(r.completed ?? 0),
});

const toRow = (code: string | null, name: string | null, c: TrainingCounts): S.TrainingRow => ({ collegeCode: code, collegeName: name, ...c, ...trainingRates(c) });

/** Two filters that must both hold (a college and the caller's scope within it). */
const both = (a: UnitFilter, b: UnitFilter): UnitFilter => ({
  classes: a.classes + b.classes,
  dorms: a.dorms + b.dorms,
  colleges: a.colleges + b.colleges,
  edges: a.edges + b.edges,
  officers: (a.officers ?? a.dorms) + (b.officers ?? b.dorms),
});

/** The colleges a scope covers whole (null: every college), or undefined when it names single classes. */
const wholeColleges = (scope: Scope): readonly number[] | null | undefined => (scope.all ? null : scope.classIds.length ? undefined : scope.collegeIds);

/** Training completion (SPEC §4): the report, a college's trainees one by one, and a trainee's own status. */
export class TrainingReportService {
  constructor(private readonly training: TrainingService) {}

  /**
   * Completion rows. `colleges` says the filter is whole colleges (null: all of them), so the kept
   * trainee rows answer; without it (a scope of single classes) the source rows do.
   */
  private async rows(
    em: EntityManager,
    level: NetworkLevel,
    semester: string,
    f: UnitFilter,
    programme: S.TrainingProgramme,
    colleges?: readonly number[] | null,
  ): Promise<SqlRow[]> {
    const { moduleCodes, minSelfDesignedAttendance: min } = programme;
    if (colleges !== undefined) {
      return readRows<SqlRow>(em, keptTrainingCompletionSql(level, f, colleges, moduleCodes.length, min), [semester, semester]);
    }
    return readRows<SqlRow>(em, trainingCompletionSql(level, f, moduleCodes.length, min), [semester, semester, ...moduleCodes]);
  }

  /** The bare SQL, for benchmarks. */
  async raw(em: EntityManager, level: NetworkLevel, semester: string, scope: Scope = { all: true }): Promise<SqlRow[]> {
    return this.rows(em, level, semester, scopeFilter(scope), await this.training.programme(em, semester), wholeColleges(scope));
  }

  async completion(em: EntityManager, actor: Actor, level: NetworkLevel, semesterRaw: string): Promise<S.TrainingReport> {
    const programme = await this.training.programme(em, semesterRaw);
    const scope = aggregateScope(actor);
    const rows = await this.rows(em, level, programme.semester, scopeFilter(scope), programme, wholeColleges(scope));
    const colleges = rows.map((r) => toRow(String(r.college_code), String(r.college_name), countsOf(r)));
    return { level, semester: programme.semester, programme, total: toRow(null, null, sumRows(TRAINING_COUNTS, colleges)), colleges };
  }

  /** Trainee rows with names, posts and counted attendance; parameters: semester. */
  private traineeRows(em: EntityManager, level: NetworkLevel, semester: string, f: UnitFilter): Promise<SqlRow[]> {
    return em.getConnection().execute<SqlRow[]>(
      `with trainee as (${traineesSql(level, f)}),
held as (${countingSessionsSql(level)})
select t.college_id, s.id as student_id, s.student_no, s.name, cg.code as class_code, d.code as dorm_code,
  case when exists (select 1 from committee_appointment a where a.student_id = s.id and a.ended_on is null and a.class_group_id = s.class_group_id and cg.college_id = t.college_id and cg.level = '${level}') then 1 else 0 end as is_committee,
  case when exists (select 1 from dorm_officer_appointment o where o.student_id = s.id and o.ended_on is null and o.dormitory_id = s.dormitory_id and d.college_id = t.college_id and d.level = '${level}') then 1 else 0 end as is_officer,
  (select count(*) from session_attendance sa join held h on h.id = sa.session_id where sa.student_id = s.id and h.college_id = t.college_id) as attended
from trainee t
join student s on s.id = t.student_id
join class_group cg on cg.id = s.class_group_id
left join dormitory d on d.id = s.dormitory_id
order by cg.code, s.student_no`,
      [semester],
      'all',
    );
  }

  private async statuses(em: EntityManager, level: NetworkLevel, programme: S.TrainingProgramme, f: UnitFilter): Promise<S.TraineeStatus[]> {
    const rows = await this.traineeRows(em, level, programme.semester, f);
    const done = new Map<number, Set<string>>();
    if (rows.length > 0) {
      const completions = await em.getConnection().execute<SqlRow[]>(
        `with trainee as (${traineesSql(level, f)})
select mc.student_id, mc.module_code from module_completion mc where mc.semester = ? and mc.student_id in (select student_id from trainee)`,
        [programme.semester],
        'all',
      );
      for (const c of completions) {
        const id = Number(c.student_id);
        if (!done.has(id)) done.set(id, new Set());
        done.get(id)!.add(String(c.module_code));
      }
    }
    return rows.map((r) => {
      const mine = done.get(Number(r.student_id)) ?? new Set<string>();
      const modulesDone = programme.moduleCodes.filter((m) => mine.has(m));
      const modulesMissing = programme.moduleCodes.filter((m) => !mine.has(m));
      const attended = Number(r.attended ?? 0);
      const basicCompleted = modulesMissing.length === 0;
      const attendedSelfDesigned = attended >= programme.minSelfDesignedAttendance;
      const posts = [Number(r.is_committee) ? String(r.class_code) : null, Number(r.is_officer) ? String(r.dorm_code) : null].filter((x): x is string => x !== null);
      return {
        studentNo: String(r.student_no),
        name: String(r.name),
        posts,
        classCode: r.class_code === null ? null : String(r.class_code),
        dormCode: r.dorm_code === null ? null : String(r.dorm_code),
        modulesDone,
        modulesMissing,
        sessionsAttended: attended,
        basicCompleted,
        attendedSelfDesigned,
        completed: basicCompleted && attendedSelfDesigned,
      };
    });
  }

  /** A college's trainees (within the caller's training read scope) and its sessions. */
  async college(em: EntityManager, actor: Actor, collegeCode: string, level: NetworkLevel, semesterRaw: string): Promise<S.CollegeTraining> {
    const programme = await this.training.programme(em, semesterRaw);
    const college = await em.findOne(CollegeEntity, { code: collegeCode.trim() });
    const scope = trainingReadScope(actor);
    let visible = !!college && inScope(scope, { collegeId: college.id });
    if (college && !visible && !scope.all && scope.classIds.length > 0) {
      visible = (await em.count(ClassGroupEntity, { id: { $in: scope.classIds }, college: college.id })) > 0;
    }
    if (!college || !visible) throw notFound(tx(`no college with code "${collegeCode}" in your scope`, `您的权限范围内没有学院代码为“${collegeCode}”的学院`));
    const f = both(collegeFilter(college.id), scopeFilter(scope));
    const whole = scope.all || scope.collegeIds.includes(college.id);
    const [row] = await this.rows(em, level, programme.semester, f, programme, whole ? [college.id] : undefined);
    const summary = toRow(college.code, college.name, row ? countsOf(row) : { trainees: 0, basicCompleted: 0, selfDesignedSessionsHeld: 0, attendedSelfDesigned: 0, completed: 0 });
    if (!row) {
      // No active class or dorm at this level: still show the sessions held for it.
      const held = await em.getConnection().execute<SqlRow[]>(`select count(*) as n from (${countingSessionsSql(level)}) h where h.college_id = ?`, [programme.semester, college.id], 'all');
      summary.selfDesignedSessionsHeld = Number(held[0]?.n ?? 0);
    }
    return {
      collegeCode: college.code,
      collegeName: college.name,
      level,
      semester: programme.semester,
      programme,
      summary,
      trainees: await this.statuses(em, level, programme, f),
      sessions: await this.training.sessionsOf(em, { semester: programme.semester, college: college.id }),
    };
  }

  /** A committee member's or officer's own post and training (names of their own only). */
  async mine(em: EntityManager, actor: Actor, semesterRaw: string): Promise<S.MyTraining> {
    const programme = await this.training.programme(em, semesterRaw);
    const empty: S.MyTraining = { semester: programme.semester, programme, status: null, sessions: [], attendedSessionCodes: [] };
    if (actor.kind !== 'user') return empty;
    const user = await em.getConnection().execute<SqlRow[]>('select student_id from app_user where id = ?', [actor.userId], 'all');
    const studentId = user[0]?.student_id == null ? null : Number(user[0].student_id);
    if (studentId === null) return empty;
    const student = await em.findOne(StudentEntity, { id: studentId }, { populate: ['classGroup', 'dormitory'] });
    if (!student) return empty;
    const level = student.classGroup.level;
    const own: UnitFilter = { classes: ` and a.student_id = ${studentId}`, dorms: ` and a.student_id = ${studentId}`, colleges: '', edges: ' and 1 = 0' };
    const [status] = await this.statuses(em, level, programme, own);
    const colleges = new Set<number>([student.classGroup.college.id, ...(student.dormitory ? [student.dormitory.college.id] : [])]);
    const all = await this.training.sessionsOf(em, { semester: programme.semester, college: { $in: [...colleges] } });
    const sessions = all.filter((s) => s.levels.includes(level) && s.audiences.some((a) => a !== 'WORKING_GROUP'));
    const attended = await em.getConnection().execute<SqlRow[]>(
      'select ts.code from session_attendance sa join training_session ts on ts.id = sa.session_id where sa.student_id = ? and ts.semester = ? order by ts.code',
      [studentId, programme.semester],
      'all',
    );
    return { semester: programme.semester, programme, status: status ?? null, sessions, attendedSessionCodes: attended.map((r) => String(r.code)) };
  }

  /** Whether the actor may read a college's training at all (for export routes). */
  static mayRead(actor: Actor): boolean {
    return !isNone(trainingReadScope(actor));
  }
}
