import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  canSetProgramme,
  DEFAULT_MIN_SELF_DESIGNED_ATTENDANCE,
  DEFAULT_MODULE_CODES,
  DEFAULT_TRAINING_MODULES,
  type IdentifierPatterns,
  inScope,
  isNone,
  type NetworkLevel,
  normalizeModuleCode,
  parseDate,
  parseStudentNo,
  programmeProblems,
  SELF_DESIGNED_TARGET,
  sessionProblems,
  type TrainingAudience,
  trainingReadScope,
  trainingWriteScope,
  tx,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import { today } from '../../common/dates.js';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import { loadByKeys } from '../../common/lookup.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SemesterService } from '../calendar/semester.service.js';
import { CollegeEntity, StudentEntity } from '../org/org.entities.js';
import { planData, planFilename, planXlsx } from './training-plan.js';
import { ModuleCompletionEntity, SessionAttendanceEntity, TrainingProgrammeEntity, TrainingSessionEntity } from './training.entities.js';

/** At most this many students in one attendance or completion call (a sign-in sheet is an import). */
export const MAX_STUDENTS_PER_CALL = 2000;

const AUDIENCE_FLAGS: Record<TrainingAudience, 'forCommitteeMembers' | 'forDormOfficers' | 'forWorkingGroup'> = {
  COMMITTEE_MEMBERS: 'forCommitteeMembers',
  DORM_OFFICERS: 'forDormOfficers',
  WORKING_GROUP: 'forWorkingGroup',
};

export function toSession(e: TrainingSessionEntity, attendanceCount: number): S.TrainingSession {
  const levels: NetworkLevel[] = [];
  if (e.forUndergraduate) levels.push('UNDERGRADUATE');
  if (e.forGraduate) levels.push('GRADUATE');
  const audiences = (Object.keys(AUDIENCE_FLAGS) as TrainingAudience[]).filter((a) => e[AUDIENCE_FLAGS[a]]);
  return {
    id: String(e.id),
    code: e.code,
    semester: e.semester,
    collegeCode: e.college.code,
    collegeName: e.college.name,
    title: e.title,
    levels,
    audiences,
    form: e.form,
    speaker: e.speaker,
    place: e.place,
    plannedOn: e.plannedOn,
    status: e.status,
    held: e.status === 'HELD',
    heldOn: e.heldOn,
    attendanceCount,
    version: e.version,
  };
}

const clean = (v: string | null | undefined, max: number, field: string): string | null => {
  const t = v?.trim() ?? '';
  if (t.length > max) throw badInput(tx(`${field} is longer than ${max} characters`, `${field} 超过 ${max} 字`), { field });
  return t === '' ? null : t;
};

const forbidden = () =>
  new AppError('FORBIDDEN', tx('you may change only the training records of your own college', '您只能修改本学院的培训记录'));

/** The "basic skills +" programme, the colleges' sessions, attendance and module completions. */
export class TrainingService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    private readonly semesters: SemesterService,
    private readonly identifiers: IdentifierPatterns = {},
  ) {}

  today(): string {
    return today(this.timeZone);
  }

  // ---- programme -------------------------------------------------------------------------------

  async programme(em: EntityManager, semesterRaw: string): Promise<S.TrainingProgramme> {
    const semester = this.semesters.code(semesterRaw);
    const stored = await em.findOne(TrainingProgrammeEntity, { semester });
    const codes = stored ? stored.moduleCodes.split(',') : [...DEFAULT_MODULE_CODES];
    const locale = currentLocale();
    return {
      semester,
      moduleCodes: codes,
      modules: codes.map((code) => ({ code, name: DEFAULT_TRAINING_MODULES.find((m) => m.code === code)?.name.in(locale) ?? code })),
      minSelfDesignedAttendance: stored?.minSelfDesignedAttendance ?? DEFAULT_MIN_SELF_DESIGNED_ATTENDANCE,
      isDefault: !stored,
      sessionTargetMin: SELF_DESIGNED_TARGET.min,
      sessionTargetMax: SELF_DESIGNED_TARGET.max,
    };
  }

  async setProgramme(em: EntityManager, actor: Actor, semesterRaw: string, moduleCodes: string[], min: number): Promise<S.TrainingProgramme> {
    if (!canSetProgramme(actor)) {
      throw new AppError('FORBIDDEN', tx('only the Center and the school administration set the programme', '只有学生心理发展指导中心和学生工作处可以设置培训方案'));
    }
    const semester = this.semesters.code(semesterRaw);
    const problems = programmeProblems({ moduleCodes, minSelfDesignedAttendance: min });
    if (problems.length > 0) {
      const field = problems.some((p) => p.en.startsWith('minSelfDesigned')) && problems.length === 1 ? 'minSelfDesignedAttendance' : 'moduleCodes';
      throw badInput(tx(problems.map((p) => p.en).join('; '), problems.map((p) => p.zh).join('；')), { field });
    }
    const codes = moduleCodes.map(normalizeModuleCode);
    await em.transactional(async (t) => {
      const e = (await t.findOne(TrainingProgrammeEntity, { semester })) ?? t.create(TrainingProgrammeEntity, { semester, moduleCodes: '', minSelfDesignedAttendance: 0 });
      const before = e.moduleCodes ? { moduleCodes: e.moduleCodes.split(','), minSelfDesignedAttendance: e.minSelfDesignedAttendance } : null;
      e.moduleCodes = codes.join(',');
      e.minSelfDesignedAttendance = min;
      this.audit.record(t, actor, {
        action: 'training.programme.set',
        recordType: 'semester',
        recordId: semester,
        detail: { before, after: { moduleCodes: codes, minSelfDesignedAttendance: min } },
      });
      await t.flush();
    });
    return this.programme(em, semester);
  }

  // ---- sessions --------------------------------------------------------------------------------

  /** Colleges whose sessions an actor may read: the training read scope's colleges and those of its classes. */
  private async readableColleges(em: EntityManager, actor: Actor): Promise<number[] | 'all'> {
    const scope = trainingReadScope(actor);
    if (scope.all) return 'all';
    const ids = new Set(scope.collegeIds);
    if (scope.classIds.length > 0) {
      const rows = await em.getConnection().execute<{ college_id: number }[]>(
        `select distinct college_id from class_group where id in (${scope.classIds.map((n) => Math.trunc(n)).join(', ')})`,
        [],
        'all',
      );
      for (const r of rows) ids.add(Number(r.college_id));
    }
    return [...ids];
  }

  private async attendanceCounts(em: EntityManager, ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await em
      .getConnection()
      .execute<{ session_id: number; n: number }[]>(
        `select session_id, count(*) as n from session_attendance where session_id in (${ids.map((n) => Math.trunc(n)).join(', ')}) group by session_id`,
        [],
        'all',
      );
    return new Map(rows.map((r) => [Number(r.session_id), Number(r.n)]));
  }

  async sessionsOf(em: EntityManager, where: { semester: string; college?: number | { $in: number[] } }): Promise<S.TrainingSession[]> {
    const list = await em.find(TrainingSessionEntity, where, { populate: ['college'], orderBy: { college: { code: 'asc' }, plannedOn: 'asc nulls last', code: 'asc' } });
    const counts = await this.attendanceCounts(em, list.map((s) => s.id));
    return list.map((s) => toSession(s, counts.get(s.id) ?? 0));
  }

  async sessions(em: EntityManager, actor: Actor, semesterRaw: string, collegeCode?: string | null): Promise<S.TrainingSession[]> {
    const semester = this.semesters.code(semesterRaw);
    const readable = await this.readableColleges(em, actor);
    let college: number | { $in: number[] } | undefined = readable === 'all' ? undefined : { $in: readable };
    if (collegeCode) {
      const c = await em.findOne(CollegeEntity, { code: collegeCode.trim() });
      // A college outside the scope gives an empty list, as the other lists do.
      if (!c || (readable !== 'all' && !readable.includes(c.id))) return [];
      college = c.id;
    }
    if (readable !== 'all' && readable.length === 0) return [];
    return this.sessionsOf(em, { semester, ...(college === undefined ? {} : { college }) });
  }

  private async writableSession(t: EntityManager, actor: Actor, id: string | number): Promise<TrainingSessionEntity> {
    const n = Number(id);
    const s = Number.isInteger(n) ? await t.findOne(TrainingSessionEntity, { id: n }, { populate: ['college'] }) : null;
    if (!s || !inScope(trainingReadScope(actor), { collegeId: s.college.id })) throw notFound(tx(`no training session ${id}`, `未找到培训 ${id}`));
    if (!inScope(trainingWriteScope(actor), { collegeId: s.college.id })) throw forbidden();
    return s;
  }

  private checkSession(input: Parameters<typeof sessionProblems>[0]): void {
    const problems = sessionProblems(input, this.today());
    if (problems.length > 0) {
      const p = problems[0]!;
      const field = /held/.test(p.en) ? 'heldOn' : /code/.test(p.en) ? 'code' : /title/.test(p.en) ? 'title' : /level/.test(p.en) ? 'levels' : 'audiences';
      throw badInput(tx(problems.map((x) => x.en).join('; '), problems.map((x) => x.zh).join('；')), { field });
    }
  }

  private date(raw: string | null | undefined, field: string): string | null {
    if (raw === undefined || raw === null || raw.trim() === '') return null;
    const r = parseDate(raw);
    if (!r.ok) throw badInput(r.error, { field });
    return r.value;
  }

  async createSession(em: EntityManager, actor: Actor, input: S.CreateTrainingSessionInput): Promise<S.TrainingSession> {
    const semester = this.semesters.code(input.semester);
    const audiences = input.audiences ?? ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'];
    const heldOn = this.date(input.heldOn, 'heldOn');
    const plannedOn = this.date(input.plannedOn, 'plannedOn') ?? heldOn;
    const code = input.code.trim();
    this.checkSession({ code, title: input.title, levels: input.levels, audiences, status: input.held ? 'HELD' : 'PLANNED', plannedOn, heldOn });
    const id = await em.transactional(async (t) => {
      const college = await t.findOne(CollegeEntity, { code: input.collegeCode.trim() });
      // Colleges are no secret (every signed-in person lists them): another college is FORBIDDEN.
      if (!college) {
        throw notFound(tx(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
      }
      if (!inScope(trainingWriteScope(actor), { collegeId: college.id })) throw forbidden();
      const taken = await t.findOne(TrainingSessionEntity, { semester, code });
      if (taken) {
        throw badInput(tx(`session code ${code} is already used in ${semester}`, `培训代码 ${code} 在 ${semester} 学期已被使用`), { field: 'code' });
      }
      const s = t.create(TrainingSessionEntity, {
        semester,
        college,
        code,
        title: input.title.trim(),
        forUndergraduate: input.levels.includes('UNDERGRADUATE'),
        forGraduate: input.levels.includes('GRADUATE'),
        forCommitteeMembers: audiences.includes('COMMITTEE_MEMBERS'),
        forDormOfficers: audiences.includes('DORM_OFFICERS'),
        forWorkingGroup: audiences.includes('WORKING_GROUP'),
        form: input.form ?? 'LECTURE',
        speaker: clean(input.speaker, 100, 'speaker'),
        place: clean(input.place, 200, 'place'),
        plannedOn,
        status: input.held ? 'HELD' : 'PLANNED',
        heldOn,
      });
      this.audit.record(t, actor, { action: 'training.session.create', recordType: 'training_session', recordId: code, detail: { college: college.code, semester } });
      await t.flush();
      return s.id;
    });
    return this.session(em, id);
  }

  async session(em: EntityManager, id: number): Promise<S.TrainingSession> {
    const s = await em.findOneOrFail(TrainingSessionEntity, { id }, { populate: ['college'], refresh: true });
    const counts = await this.attendanceCounts(em, [id]);
    return toSession(s, counts.get(id) ?? 0);
  }

  private stale(s: TrainingSessionEntity, version: number): void {
    if (s.version !== version) throw conflict(tx('someone else changed this session; reload and try again', '该培训已被他人修改，请刷新后重试'));
  }

  async updateSession(em: EntityManager, actor: Actor, input: S.UpdateTrainingSessionInput): Promise<S.TrainingSession> {
    const plannedOn = this.date(input.plannedOn, 'plannedOn');
    const id = await em.transactional(async (t) => {
      const s = await this.writableSession(t, actor, input.id);
      this.stale(s, input.version);
      this.checkSession({ code: s.code, title: input.title, levels: input.levels, audiences: input.audiences, status: s.status, plannedOn, heldOn: s.heldOn });
      Object.assign(s, {
        title: input.title.trim(),
        forUndergraduate: input.levels.includes('UNDERGRADUATE'),
        forGraduate: input.levels.includes('GRADUATE'),
        forCommitteeMembers: input.audiences.includes('COMMITTEE_MEMBERS'),
        forDormOfficers: input.audiences.includes('DORM_OFFICERS'),
        forWorkingGroup: input.audiences.includes('WORKING_GROUP'),
        form: input.form,
        speaker: clean(input.speaker, 100, 'speaker'),
        place: clean(input.place, 200, 'place'),
        plannedOn,
      });
      this.audit.record(t, actor, { action: 'training.session.update', recordType: 'training_session', recordId: s.code });
      await t.flush();
      return s.id;
    });
    return this.session(em, id);
  }

  /** Marks a session held on a date (or back to planned, which takes its attendance out of the counts). */
  async setHeld(em: EntityManager, actor: Actor, sessionId: string, version: number, held: boolean, heldOnRaw?: string | null): Promise<S.TrainingSession> {
    const heldOn = held ? this.date(heldOnRaw, 'heldOn') : null;
    const id = await em.transactional(async (t) => {
      const s = await this.writableSession(t, actor, sessionId);
      this.stale(s, version);
      const status = held ? 'HELD' : 'PLANNED';
      this.checkSession({
        code: s.code,
        title: s.title,
        levels: [s.forUndergraduate ? 'UNDERGRADUATE' : null, s.forGraduate ? 'GRADUATE' : null].filter((x): x is NetworkLevel => x !== null),
        audiences: ['COMMITTEE_MEMBERS'],
        status,
        heldOn,
      });
      if (s.status === status && s.heldOn === heldOn) return s.id;
      s.status = status;
      s.heldOn = heldOn;
      this.audit.record(t, actor, { action: held ? 'training.session.held' : 'training.session.planned', recordType: 'training_session', recordId: s.code, detail: { heldOn } });
      await t.flush();
      return s.id;
    });
    return this.session(em, id);
  }

  /** Deletes a session no one attended (a mistaken entry); one with attendance must stay on record. */
  async deleteSession(em: EntityManager, actor: Actor, sessionId: string): Promise<boolean> {
    await em.transactional(async (t) => {
      const s = await this.writableSession(t, actor, sessionId);
      const n = await t.count(SessionAttendanceEntity, { session: s });
      if (n > 0) {
        throw badInput(tx(`session ${s.code} has ${n} attendance records and cannot be deleted`, `培训 ${s.code} 已有 ${n} 条签到记录，不能删除`));
      }
      this.audit.record(t, actor, { action: 'training.session.delete', recordType: 'training_session', recordId: s.code });
      t.remove(s);
      await t.flush();
    });
    return true;
  }

  // ---- attendance and completions --------------------------------------------------------------

  /** Students by number for a write; unknown numbers (and, for completions, students outside the scope) are refused together. */
  private async studentsByNo(t: EntityManager, actor: Actor, raw: readonly string[], field: string, scoped: boolean): Promise<StudentEntity[]> {
    if (raw.length === 0) throw badInput(tx('choose at least one student', '请至少选择一名学生'), { field });
    if (raw.length > MAX_STUDENTS_PER_CALL) {
      throw badInput(tx(`at most ${MAX_STUDENTS_PER_CALL} students at a time; import a file for more`, `一次最多 ${MAX_STUDENTS_PER_CALL} 名学生，更多请导入文件`), { field });
    }
    const nos: string[] = [];
    for (const r of raw) {
      const p = parseStudentNo(r, this.identifiers.studentNo);
      if (!p.ok) throw badInput(tx(`${r}: ${p.error.en}`, `${r}：${p.error.zh}`), { field });
      nos.push(p.value);
    }
    const found = await loadByKeys(t, StudentEntity, 'studentNo', nos, { populate: ['classGroup'] });
    const scope = trainingWriteScope(actor);
    const missing = [...new Set(nos)].filter((no) => {
      const s = found.get(no);
      return !s || (scoped && !inScope(scope, { collegeId: s.classGroup.college.id }));
    });
    if (missing.length > 0) {
      const list = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ' …' : '');
      throw badInput(
        tx(`unknown student numbers${scoped && !scope.all ? ' (or outside your college)' : ''}: ${list}`, `学号不存在${scoped && !scope.all ? '（或不属于本学院）' : ''}：${list}`),
        { field },
      );
    }
    return [...new Set(nos)].map((no) => found.get(no)!);
  }

  async recordAttendance(em: EntityManager, actor: Actor, sessionId: string, studentNos: string[]): Promise<S.AttendanceChange> {
    let added = 0;
    let unchanged = 0;
    const id = await em.transactional(async (t) => {
      const s = await this.writableSession(t, actor, sessionId);
      const students = await this.studentsByNo(t, actor, studentNos, 'studentNos', false);
      const existing = new Set(
        (await t.find(SessionAttendanceEntity, { session: s, student: { $in: students.map((x) => x.id) } })).map((a) => a.student.id),
      );
      for (const st of students) {
        if (existing.has(st.id)) unchanged++;
        else {
          t.create(SessionAttendanceEntity, { session: s, student: st });
          added++;
        }
      }
      if (added > 0) {
        this.audit.record(t, actor, {
          action: 'training.attendance.record',
          recordType: 'training_session',
          recordId: s.code,
          detail: { added: students.filter((x) => !existing.has(x.id)).map((x) => x.studentNo) },
        });
      }
      await t.flush();
      return s.id;
    });
    return { session: await this.session(em, id), added, unchanged };
  }

  async removeAttendance(em: EntityManager, actor: Actor, sessionId: string, studentNo: string): Promise<S.TrainingSession> {
    const id = await em.transactional(async (t) => {
      const s = await this.writableSession(t, actor, sessionId);
      const [st] = await this.studentsByNo(t, actor, [studentNo], 'studentNo', false);
      const a = await t.findOne(SessionAttendanceEntity, { session: s, student: st! });
      if (a) {
        t.remove(a);
        this.audit.record(t, actor, { action: 'training.attendance.remove', recordType: 'training_session', recordId: s.code, studentNo: st!.studentNo });
        await t.flush();
      }
      return s.id;
    });
    return this.session(em, id);
  }

  /** A session's attendance list; `counts` says whether each one is an active trainee it can count for. */
  async attendees(em: EntityManager, actor: Actor, sessionId: string): Promise<S.SessionAttendee[]> {
    const n = Number(sessionId);
    const s = Number.isInteger(n) ? await em.findOne(TrainingSessionEntity, { id: n }, { populate: ['college'] }) : null;
    const readable = await this.readableColleges(em, actor);
    if (!s || (readable !== 'all' && !readable.includes(s.college.id))) throw notFound(tx(`no training session ${sessionId}`, `未找到培训 ${sessionId}`));
    const levels = [s.forUndergraduate ? 'UNDERGRADUATE' : null, s.forGraduate ? 'GRADUATE' : null].filter(Boolean);
    const rows = await em.getConnection().execute<{ student_no: string; name: string; counts: number }[]>(
      `select st.student_no, st.name,
        case when exists (
          select 1 from committee_appointment a join class_group c on c.id = a.class_group_id
          where a.student_id = st.id and a.ended_on is null and st.status = 'ENROLLED' and st.class_group_id = a.class_group_id
            and c.college_id = ? and c.level in (${levels.map(() => '?').join(', ') || 'null'})
        ) or exists (
          select 1 from dorm_officer_appointment o join dormitory d on d.id = o.dormitory_id
          where o.student_id = st.id and o.ended_on is null and st.status = 'ENROLLED' and st.dormitory_id = o.dormitory_id
            and d.college_id = ? and d.level in (${levels.map(() => '?').join(', ') || 'null'})
        ) then 1 else 0 end as counts
      from session_attendance sa join student st on st.id = sa.student_id
      where sa.session_id = ? order by st.student_no`,
      [s.college.id, ...levels, s.college.id, ...levels, s.id],
      'all',
    );
    return rows.map((r) => ({ studentNo: r.student_no, name: r.name, counts: Number(r.counts) === 1 }));
  }

  async recordCompletions(
    em: EntityManager,
    actor: Actor,
    semesterRaw: string,
    moduleCodeRaw: string,
    completedOnRaw: string,
    studentNos: string[],
  ): Promise<S.CompletionChange> {
    const semester = this.semesters.code(semesterRaw);
    if (isNone(trainingWriteScope(actor))) throw forbidden();
    const programme = await this.programme(em, semester);
    const moduleCode = normalizeModuleCode(moduleCodeRaw);
    if (!programme.moduleCodes.includes(moduleCode)) {
      throw badInput(
        tx(`module ${moduleCode} is not in the programme of ${semester} (${programme.moduleCodes.join(', ')})`, `模块 ${moduleCode} 不在 ${semester} 学期的培训方案中（${programme.moduleCodes.join('、')}）`),
        { field: 'moduleCode' },
      );
    }
    const completedOn = this.date(completedOnRaw, 'completedOn') ?? this.today();
    if (completedOn > this.today()) throw badInput(tx(`the completion date cannot be after today (${this.today()})`, `完成日期不能晚于今天（${this.today()}）`), { field: 'completedOn' });
    let created = 0;
    let unchanged = 0;
    await em.transactional(async (t) => {
      const students = await this.studentsByNo(t, actor, studentNos, 'studentNos', true);
      const existing = new Set(
        (await t.find(ModuleCompletionEntity, { semester, moduleCode, student: { $in: students.map((x) => x.id) } })).map((c) => c.student.id),
      );
      const added: string[] = [];
      for (const st of students) {
        if (existing.has(st.id)) unchanged++;
        else {
          t.create(ModuleCompletionEntity, { semester, student: st, moduleCode, completedOn });
          added.push(st.studentNo);
          created++;
        }
      }
      if (created > 0) {
        this.audit.record(t, actor, { action: 'training.completion.record', recordType: 'module', recordId: `${semester}/${moduleCode}`, detail: { completedOn, added } });
      }
      await t.flush();
    });
    return { created, unchanged };
  }

  async removeCompletion(em: EntityManager, actor: Actor, semesterRaw: string, moduleCodeRaw: string, studentNo: string): Promise<boolean> {
    const semester = this.semesters.code(semesterRaw);
    const moduleCode = normalizeModuleCode(moduleCodeRaw);
    return em.transactional(async (t) => {
      const [st] = await this.studentsByNo(t, actor, [studentNo], 'studentNo', true);
      const c = await t.findOne(ModuleCompletionEntity, { semester, moduleCode, student: st! });
      if (!c) return false;
      t.remove(c);
      this.audit.record(t, actor, { action: 'training.completion.remove', recordType: 'module', recordId: `${semester}/${moduleCode}`, studentNo: st!.studentNo });
      await t.flush();
      return true;
    });
  }

  // ---- the plan as a document (附件3) ------------------------------------------------------------

  /** The college's plan in the layout of 附件3, as XLSX; reading it is an audited export. */
  async planDocument(em: EntityManager, actor: Actor, collegeCode: string, semesterRaw: string): Promise<S.DocumentFile> {
    const semester = await this.semesters.get(em, semesterRaw);
    const college = await em.findOne(CollegeEntity, { code: collegeCode.trim() });
    const readable = await this.readableColleges(em, actor);
    if (!college || (readable !== 'all' && !readable.includes(college.id))) {
      throw notFound(tx(`no college with code "${collegeCode}" in your scope`, `您的权限范围内没有学院代码为“${collegeCode}”的学院`));
    }
    const data = planData(college, semester, await this.programme(em, semester.code), await this.sessionsOf(em, { semester: semester.code, college: college.id }), this.today());
    const buffer = await planXlsx(data);
    await em.transactional(async (t) => {
      this.audit.record(t, actor, { action: 'training.plan.export', recordType: 'college', recordId: college.code, detail: { semester: semester.code, sessions: data.sessions.length } });
      await t.flush();
    });
    return { filename: planFilename(data), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }
}
