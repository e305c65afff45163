import type { EntityManager } from '@mikro-orm/core';
import {
  checkCommitteeAppointment,
  checkOfficerAppointment,
  committeeWriteScope,
  type Facility,
  type IdentifierPatterns,
  notAResidentOfDorm,
  notAStudentOfClass,
  inScope,
  parseDate,
  parseStaffNo,
  parseStudentNo,
  parseText,
  type RuleViolation,
  rosterWriteScope,
  type Text,
  // `tx` names the transaction in this file; messages in both languages are `msg(en, zh)`.
  tx as msg,
} from '@carenet/domain';
import type { AuditService } from '../audit/audit.service.js';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import {
  ClassGroupEntity,
  CollegeEntity,
  DormitoryEntity,
  StaffEntity,
  StudentEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
} from '../org/org.entities.js';
import {
  placementOf,
  toCommitteeAppointment,
  toDormOfficerAppointment,
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from './appointment.entities.js';

const STUDENT_POPULATE = ['student.classGroup.college', 'student.dormitory'] as const;

/** Chinese names of the date arguments, for messages. */
const DATE_FIELD_ZH: Record<string, string> = { appointedOn: '任职日期', endedOn: '离任日期' };
const COMMITTEE_MEMBER = msg('committee member', '班级心理委员');
const DORM_OFFICER = msg('dorm officer', '宿舍心理信息员');

/** Appointments, working groups and workstations: every write checks the rules of SPEC.md §3. */
export class NetworkService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    /** STUDENT_NO_PATTERN / STAFF_NO_PATTERN from the configuration */
    private readonly identifiers: IdentifierPatterns = {},
  ) {}

  /** Row-level write scope (SPEC.md §6): leaders change only their own college. */
  private guard(actor: Actor, collegeId: number): void {
    if (!inScope(rosterWriteScope(actor), { collegeId })) {
      throw new AppError('FORBIDDEN', msg('you may change only the roster of your own college', '您只能修改本学院的名单'));
    }
  }

  /**
   * Committee members of a class: the college's writers, and the counselor of that class
   * (committeeWriteScope). Dorm officers, working groups and workstations use `guard`.
   */
  private guardClass(actor: Actor, cls: ClassGroupEntity): void {
    if (!inScope(committeeWriteScope(actor), { collegeId: cls.college.id, classId: cls.id })) {
      throw new AppError(
        'FORBIDDEN',
        msg(
          'you may appoint or end committee members only of your own college or, as a counselor, of your own classes',
          '您只能任免本学院的班级心理委员；辅导员只能任免所带班级的心理委员',
        ),
      );
    }
  }

  private date(raw: string | undefined | null, field: string): string {
    const now = today(this.timeZone);
    if (raw === undefined || raw === null || raw === '') return now;
    const r = parseDate(raw);
    const fieldZh = DATE_FIELD_ZH[field] ?? field;
    if (!r.ok) throw badInput(msg(`${field}: ${r.error.en}`, `${fieldZh}：${r.error.zh}`), { field });
    // A post counts from its date on; a future date would count before anyone holds it.
    if (r.value > now) {
      throw badInput(msg(`${field}: ${r.value} is in the future (today is ${now})`, `${fieldZh}：${r.value} 晚于今天（${now}）`), { field });
    }
    return r.value;
  }

  /**
   * The student to appoint to a unit the actor may change. A caller limited to some colleges gets the
   * unit's "not a student of this class/dorm" for a number nobody has, as for anyone outside the unit
   * (checkCommitteeAppointment), so no answer depends on who exists elsewhere or in what state.
   */
  private async student(tx: EntityManager, actor: Actor, raw: string, outside: (studentNo: string) => RuleViolation): Promise<StudentEntity> {
    const no = parseStudentNo(raw, this.identifiers.studentNo);
    if (!no.ok) throw badInput(msg(`studentNo: ${no.error.en}`, `学号：${no.error.zh}`), { field: 'studentNo' });
    const s = await tx.findOne(StudentEntity, { studentNo: no.value }, { populate: ['classGroup', 'dormitory'] });
    if (s) return s;
    if (rosterWriteScope(actor).all) throw notFound(msg(`no student with number "${no.value}"`, `未找到学号为“${no.value}”的学生`));
    const v = outside(no.value);
    throw new AppError(v.code, v.message);
  }

  /**
   * A staff member for a college's working group: they must belong to that college; one without a
   * college only for a university-wide caller. A leader gets one answer for a number that is
   * another college's, nobody's college or nobody's, and never that person's name or college.
   */
  private async staffOf(tx: EntityManager, actor: Actor, raw: string, college: CollegeEntity): Promise<StaffEntity> {
    const no = parseStaffNo(raw, this.identifiers.staffNo);
    if (!no.ok) throw badInput(msg(`staffNo: ${no.error.en}`, `工号：${no.error.zh}`), { field: 'staffNo' });
    const staff = await tx.findOne(StaffEntity, { staffNo: no.value }, { populate: ['college'] });
    const universityWide = rosterWriteScope(actor).all;
    if (staff && (staff.college ? staff.college.id === college.id : universityWide)) return staff;
    if (!universityWide) {
      throw notFound(msg(`no staff member with number "${no.value}" in college ${college.code}`, `学院 ${college.code} 中没有工号为“${no.value}”的教职工`));
    }
    if (!staff) throw notFound(msg(`no staff member with number "${no.value}"`, `未找到工号为“${no.value}”的教职工`));
    const other = staff.college?.code ?? '';
    throw badInput(
      msg(
        `staff member ${no.value} belongs to college ${other}, not ${college.code}; change their college first (STAFF import)`,
        `工号为“${no.value}”的教职工属于学院 ${other}，不属于学院 ${college.code}；请先通过教职工导入修改其所属学院`,
      ),
      { field: 'staffNo' },
    );
  }

  async appointCommitteeMember(em: EntityManager, actor: Actor, input: S.AppointCommitteeMemberInput): Promise<S.CommitteeAppointment> {
    if (!input.attestsService || !input.attestsWellbeing) {
      throw badInput(msg('both basic conditions of a committee member must be attested (notice §一(二))', '须确认该学生符合心理委员的两项基本条件（见通知第一部分第（二）项）'), {
        field: input.attestsService ? 'attestsWellbeing' : 'attestsService',
      });
    }
    const startedOn = this.date(input.appointedOn, 'appointedOn');
    const id = await em.transactional(async (tx) => {
      const cls = await tx.findOne(ClassGroupEntity, { code: input.classCode.trim() });
      if (!cls) throw notFound(msg(`no class with code "${input.classCode}"`, `未找到班级代码为“${input.classCode}”的班级`));
      this.guardClass(actor, cls);
      const student = await this.student(tx, actor, input.studentNo, (no) => notAStudentOfClass(no, cls.code));
      const active = await tx.find(CommitteeAppointmentEntity, { classGroup: cls, endedOn: null }, { populate: ['student'] });
      const v = checkCommitteeAppointment(
        placementOf(student),
        cls.code,
        active.map((a) => a.student.studentNo),
      );
      if (v) throw new AppError(v.code, v.message);
      const existing = active.find((a) => a.student.id === student.id);
      if (existing) return existing.id;
      const a = tx.create(CommitteeAppointmentEntity, {
        classGroup: cls,
        student,
        slot: [1, 2].find((n) => !active.some((x) => x.slot === n)) ?? 1,
        startedOn,
        attestsService: true,
        attestsWellbeing: true,
      });
      this.audit.record(tx, actor, { action: 'appointment.committee.create', recordType: 'class', recordId: cls.code, studentNo: student.studentNo });
      await tx.flush();
      return a.id;
    });
    return toCommitteeAppointment(
      await em.findOneOrFail(CommitteeAppointmentEntity, id, { populate: ['classGroup', ...STUDENT_POPULATE], refresh: true }),
    );
  }

  async appointDormOfficer(em: EntityManager, actor: Actor, input: S.AppointDormOfficerInput): Promise<S.DormOfficerAppointment> {
    const startedOn = this.date(input.appointedOn, 'appointedOn');
    const id = await em.transactional(async (tx) => {
      const dorm = await tx.findOne(DormitoryEntity, { code: input.dormCode.trim() });
      if (!dorm) throw notFound(msg(`no dorm with code "${input.dormCode}"`, `未找到宿舍代码为“${input.dormCode}”的宿舍`));
      this.guard(actor, dorm.college.id);
      const student = await this.student(tx, actor, input.studentNo, (no) => notAResidentOfDorm(no, dorm.code));
      const active = await tx.find(DormOfficerAppointmentEntity, { dormitory: dorm, endedOn: null }, { populate: ['student'] });
      const v = checkOfficerAppointment(
        placementOf(student),
        dorm.code,
        active.map((a) => a.student.studentNo),
      );
      if (v) throw new AppError(v.code, v.message);
      const existing = active.find((a) => a.student.id === student.id);
      if (existing) return existing.id;
      const a = tx.create(DormOfficerAppointmentEntity, { dormitory: dorm, student, startedOn });
      this.audit.record(tx, actor, { action: 'appointment.officer.create', recordType: 'dormitory', recordId: dorm.code, studentNo: student.studentNo });
      await tx.flush();
      return a.id;
    });
    return toDormOfficerAppointment(
      await em.findOneOrFail(DormOfficerAppointmentEntity, id, { populate: ['dormitory', ...STUDENT_POPULATE], refresh: true }),
    );
  }

  private async end<T extends CommitteeAppointmentEntity | DormOfficerAppointmentEntity>(
    em: EntityManager,
    actor: Actor,
    entity: new () => T,
    input: S.EndAppointmentInput,
    what: Text,
  ): Promise<T> {
    const endedOn = this.date(input.endedOn, 'endedOn');
    // Class, dorm and status changes end posts automatically, with their own reasons.
    if (input.reason !== 'DISMISSED' && input.reason !== 'RESIGNED') {
      throw badInput(
        msg(
          `a post is ended by hand as DISMISSED or RESIGNED; ${input.reason} is set automatically`,
          `手动离任的原因只能是 DISMISSED（免去）或 RESIGNED（辞去）；${input.reason} 由系统自动设置`,
        ),
        { field: 'reason' },
      );
    }
    const id = Number(input.id);
    if (!Number.isInteger(id)) throw badInput(msg(`"${input.id}" is not a valid id`, `“${input.id}”不是有效的 ID`), { field: 'id' });
    await em.transactional(async (tx) => {
      const unitField = entity === (CommitteeAppointmentEntity as unknown) ? 'classGroup' : 'dormitory';
      const a = (await tx.findOne(entity, id as never, { populate: [unitField, 'student'] as never })) as T | null;
      if (!a) throw notFound(msg(`no ${what.en} appointment with id ${input.id}`, `未找到 ID 为 ${input.id} 的${what.zh}任职记录`));
      if (a instanceof CommitteeAppointmentEntity) this.guardClass(actor, a.classGroup);
      else this.guard(actor, (a as DormOfficerAppointmentEntity).dormitory.college.id);
      if (a.endedOn) throw conflict(msg(`this ${what.en} appointment already ended on ${a.endedOn}`, `该${what.zh}任职已于 ${a.endedOn} 结束`));
      if (endedOn < a.startedOn) {
        throw badInput(
          msg(`endedOn ${endedOn} is before the appointment started (${a.startedOn})`, `离任日期 ${endedOn} 早于任职日期（${a.startedOn}）`),
          { field: 'endedOn' },
        );
      }
      a.endedOn = endedOn;
      a.endReason = input.reason;
      this.audit.record(tx, actor, {
        action: `appointment.${a instanceof CommitteeAppointmentEntity ? 'committee' : 'officer'}.end`,
        recordType: 'appointment',
        recordId: a.id,
        studentNo: a.student.studentNo,
        detail: { reason: input.reason, endedOn },
      });
      await tx.flush();
    });
    const populate = (entity === (CommitteeAppointmentEntity as unknown) ? ['classGroup'] : ['dormitory']) as never[];
    return (await em.findOneOrFail(entity, id as never, { populate: [...populate, ...STUDENT_POPULATE] as never, refresh: true })) as T;
  }

  async endCommitteeMember(em: EntityManager, actor: Actor, input: S.EndAppointmentInput): Promise<S.CommitteeAppointment> {
    return toCommitteeAppointment(await this.end(em, actor, CommitteeAppointmentEntity, input, COMMITTEE_MEMBER));
  }

  async endDormOfficer(em: EntityManager, actor: Actor, input: S.EndAppointmentInput): Promise<S.DormOfficerAppointment> {
    return toDormOfficerAppointment(await this.end(em, actor, DormOfficerAppointmentEntity, input, DORM_OFFICER));
  }

  async upsertWorkingGroupMember(em: EntityManager, actor: Actor, input: S.WorkingGroupMemberInput): Promise<S.WorkingGroupMember> {
    if (input.levels.length === 0) {
      throw badInput(msg('a working-group member serves at least one level', '工作组成员至少要服务一个培养层次'), { field: 'levels' });
    }
    const id = await em.transactional(async (tx) => {
      const college = await tx.findOne(CollegeEntity, { code: input.collegeCode.trim() });
      if (!college) throw notFound(msg(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
      this.guard(actor, college.id);
      const staff = await this.staffOf(tx, actor, input.staffNo, college);
      const levels = input.levels;
      const values = {
        servesUndergraduate: levels.includes('UNDERGRADUATE'),
        servesGraduate: levels.includes('GRADUATE'),
      };
      let m = await tx.findOne(WorkingGroupMemberEntity, { college, staff, position: input.position });
      if (m) Object.assign(m, values);
      else m = tx.create(WorkingGroupMemberEntity, { college, staff, position: input.position, ...values });
      this.audit.record(tx, actor, { action: 'workingGroup.upsert', recordType: 'college', recordId: college.code, detail: input });
      await tx.flush();
      return m.id;
    });
    return toWorkingGroupMember(await em.findOneOrFail(WorkingGroupMemberEntity, id, { populate: ['college', 'staff.college'], refresh: true }));
  }

  async removeWorkingGroupMember(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
    const n = Number(id);
    if (!Number.isInteger(n)) throw badInput(msg(`"${id}" is not a valid id`, `“${id}”不是有效的 ID`), { field: 'id' });
    const m = await em.findOne(WorkingGroupMemberEntity, n, { populate: ['college', 'staff'] });
    if (!m) throw notFound(msg(`no working-group member with id ${id}`, `未找到 ID 为 ${id} 的工作组成员`));
    this.guard(actor, m.college.id);
    this.audit.record(em, actor, {
      action: 'workingGroup.remove',
      recordType: 'college',
      recordId: m.college.code,
      detail: { staffNo: m.staff.staffNo, position: m.position },
    });
    await em.remove(m).flush();
    return true;
  }

  async setWorkstation(em: EntityManager, actor: Actor, input: S.WorkstationInput): Promise<S.Workstation> {
    const room = parseText(input.room, 200);
    if (!room.ok) throw badInput(msg(`room: ${room.error.en}`, `地点：${room.error.zh}`), { field: 'room' });
    const facilities = input.facilities;
    const id = await em.transactional(async (tx) => {
      const college = await tx.findOne(CollegeEntity, { code: input.collegeCode.trim() });
      if (!college) throw notFound(msg(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
      this.guard(actor, college.id);
      let w = await tx.findOne(WorkstationEntity, { college });
      if (w && input.expectedVersion !== undefined && input.expectedVersion !== null && w.version !== input.expectedVersion) {
        throw conflict(
          msg(
            `the workstation was changed by someone else (version ${w.version}, you edited ${input.expectedVersion}); reload and try again`,
            `工作站已被他人修改（当前为第 ${w.version} 版，您编辑的是第 ${input.expectedVersion} 版），请刷新后重试`,
          ),
        );
      }
      w ??= tx.create(WorkstationEntity, { college, room: null });
      w.room = room.value;
      const has = (f: Facility) => facilities.includes(f);
      w.talkTableChairs = has('TALK_TABLE_CHAIRS');
      w.sofa = has('SOFA');
      w.teaTable = has('TEA_TABLE');
      w.books = has('BOOKS');
      this.audit.record(tx, actor, { action: 'workstation.set', recordType: 'college', recordId: college.code, detail: { room: room.value, facilities } });
      await tx.flush();
      return w.id;
    });
    return toWorkstation(await em.findOneOrFail(WorkstationEntity, id, { populate: ['college'], refresh: true }));
  }
}
