import type { EntityManager } from '@mikro-orm/core';
import {
  checkCommitteeAppointment,
  checkOfficerAppointment,
  type EndReason,
  type Facility,
  type NetworkLevel,
  type Position,
  parseDate,
  parseText,
} from '@carenet/domain';
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
  toCommitteeAppointment,
  toDormOfficerAppointment,
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from './appointment.entities.js';

const STUDENT_POPULATE = ['student.classGroup.college', 'student.dormitory'] as const;

/** Appointments, working groups and workstations: every write checks the rules of SPEC.md §3. */
export class NetworkService {
  constructor(private readonly timeZone: string) {}

  private date(raw: string | undefined | null, field: string): string {
    if (raw === undefined || raw === null || raw === '') return today(this.timeZone);
    const r = parseDate(raw);
    if (!r.ok) throw badInput(`${field}: ${r.error}`, { field });
    return r.value;
  }

  private async student(tx: EntityManager, studentNo: string): Promise<StudentEntity> {
    const s = await tx.findOne(StudentEntity, { studentNo: studentNo.trim() }, { populate: ['classGroup', 'dormitory'] });
    if (!s) throw notFound(`no student with number "${studentNo}"`);
    return s;
  }

  async appointCommitteeMember(em: EntityManager, _actor: Actor, input: S.AppointCommitteeMemberInput): Promise<S.CommitteeAppointment> {
    if (!input.attestsService || !input.attestsWellbeing) {
      throw badInput('both basic conditions of a committee member must be attested (notice §一(二))', {
        field: input.attestsService ? 'attestsWellbeing' : 'attestsService',
      });
    }
    const startedOn = this.date(input.appointedOn, 'appointedOn');
    const id = await em.transactional(async (tx) => {
      const cls = await tx.findOne(ClassGroupEntity, { code: input.classCode.trim() });
      if (!cls) throw notFound(`no class with code "${input.classCode}"`);
      const student = await this.student(tx, input.studentNo);
      const active = await tx.find(CommitteeAppointmentEntity, { classGroup: cls, endedOn: null }, { populate: ['student'] });
      const v = checkCommitteeAppointment(
        { studentNo: student.studentNo, status: student.status, classCode: student.classGroup.code, dormCode: student.dormitory?.code ?? null },
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
      await tx.flush();
      return a.id;
    });
    return toCommitteeAppointment(
      await em.findOneOrFail(CommitteeAppointmentEntity, id, { populate: ['classGroup', ...STUDENT_POPULATE], refresh: true }),
    );
  }

  async appointDormOfficer(em: EntityManager, _actor: Actor, input: S.AppointDormOfficerInput): Promise<S.DormOfficerAppointment> {
    const startedOn = this.date(input.appointedOn, 'appointedOn');
    const id = await em.transactional(async (tx) => {
      const dorm = await tx.findOne(DormitoryEntity, { code: input.dormCode.trim() });
      if (!dorm) throw notFound(`no dorm with code "${input.dormCode}"`);
      const student = await this.student(tx, input.studentNo);
      const active = await tx.find(DormOfficerAppointmentEntity, { dormitory: dorm, endedOn: null }, { populate: ['student'] });
      const v = checkOfficerAppointment(
        { studentNo: student.studentNo, status: student.status, classCode: student.classGroup.code, dormCode: student.dormitory?.code ?? null },
        dorm.code,
        active.map((a) => a.student.studentNo),
      );
      if (v) throw new AppError(v.code, v.message);
      const existing = active.find((a) => a.student.id === student.id);
      if (existing) return existing.id;
      const a = tx.create(DormOfficerAppointmentEntity, { dormitory: dorm, student, startedOn });
      await tx.flush();
      return a.id;
    });
    return toDormOfficerAppointment(
      await em.findOneOrFail(DormOfficerAppointmentEntity, id, { populate: ['dormitory', ...STUDENT_POPULATE], refresh: true }),
    );
  }

  private async end<T extends CommitteeAppointmentEntity | DormOfficerAppointmentEntity>(
    em: EntityManager,
    entity: new () => T,
    input: S.EndAppointmentInput,
    what: string,
  ): Promise<T> {
    const endedOn = this.date(input.endedOn, 'endedOn');
    const id = Number(input.id);
    if (!Number.isInteger(id)) throw badInput(`"${input.id}" is not a valid id`, { field: 'id' });
    await em.transactional(async (tx) => {
      const a = (await tx.findOne(entity, id as never)) as T | null;
      if (!a) throw notFound(`no ${what} appointment with id ${input.id}`);
      if (a.endedOn) throw conflict(`this ${what} appointment already ended on ${a.endedOn}`);
      if (endedOn < a.startedOn) throw badInput(`endedOn ${endedOn} is before the appointment started (${a.startedOn})`, { field: 'endedOn' });
      a.endedOn = endedOn;
      a.endReason = input.reason as EndReason;
      await tx.flush();
    });
    const populate = (entity === (CommitteeAppointmentEntity as unknown) ? ['classGroup'] : ['dormitory']) as never[];
    return (await em.findOneOrFail(entity, id as never, { populate: [...populate, ...STUDENT_POPULATE] as never, refresh: true })) as T;
  }

  async endCommitteeMember(em: EntityManager, _actor: Actor, input: S.EndAppointmentInput): Promise<S.CommitteeAppointment> {
    return toCommitteeAppointment(await this.end(em, CommitteeAppointmentEntity, input, 'committee member'));
  }

  async endDormOfficer(em: EntityManager, _actor: Actor, input: S.EndAppointmentInput): Promise<S.DormOfficerAppointment> {
    return toDormOfficerAppointment(await this.end(em, DormOfficerAppointmentEntity, input, 'dorm officer'));
  }

  async upsertWorkingGroupMember(em: EntityManager, _actor: Actor, input: S.WorkingGroupMemberInput): Promise<S.WorkingGroupMember> {
    if (input.levels.length === 0) throw badInput('a working-group member serves at least one level', { field: 'levels' });
    const id = await em.transactional(async (tx) => {
      const college = await tx.findOne(CollegeEntity, { code: input.collegeCode.trim() });
      if (!college) throw notFound(`no college with code "${input.collegeCode}"`);
      const staff = await tx.findOne(StaffEntity, { staffNo: input.staffNo.trim() });
      if (!staff) throw notFound(`no staff member with number "${input.staffNo}"`);
      const levels = input.levels as NetworkLevel[];
      const values = {
        servesUndergraduate: levels.includes('UNDERGRADUATE'),
        servesGraduate: levels.includes('GRADUATE'),
      };
      let m = await tx.findOne(WorkingGroupMemberEntity, { college, staff, position: input.position as Position });
      if (m) Object.assign(m, values);
      else m = tx.create(WorkingGroupMemberEntity, { college, staff, position: input.position as Position, ...values });
      await tx.flush();
      return m.id;
    });
    return toWorkingGroupMember(await em.findOneOrFail(WorkingGroupMemberEntity, id, { populate: ['college', 'staff.college'], refresh: true }));
  }

  async removeWorkingGroupMember(em: EntityManager, _actor: Actor, id: string): Promise<boolean> {
    const n = Number(id);
    if (!Number.isInteger(n)) throw badInput(`"${id}" is not a valid id`, { field: 'id' });
    const m = await em.findOne(WorkingGroupMemberEntity, n);
    if (!m) throw notFound(`no working-group member with id ${id}`);
    await em.remove(m).flush();
    return true;
  }

  async setWorkstation(em: EntityManager, _actor: Actor, input: S.WorkstationInput): Promise<S.Workstation> {
    const room = parseText(input.room, 200);
    if (!room.ok) throw badInput(`room: ${room.error}`, { field: 'room' });
    const facilities = input.facilities as Facility[];
    const id = await em.transactional(async (tx) => {
      const college = await tx.findOne(CollegeEntity, { code: input.collegeCode.trim() });
      if (!college) throw notFound(`no college with code "${input.collegeCode}"`);
      let w = await tx.findOne(WorkstationEntity, { college });
      if (w && input.expectedVersion !== undefined && input.expectedVersion !== null && w.version !== input.expectedVersion) {
        throw conflict(`the workstation was changed by someone else (version ${w.version}, you edited ${input.expectedVersion}); reload and try again`);
      }
      w ??= tx.create(WorkstationEntity, { college, room: null });
      w.room = room.value;
      const has = (f: Facility) => facilities.includes(f);
      w.talkTableChairs = has('TALK_TABLE_CHAIRS');
      w.sofa = has('SOFA');
      w.teaTable = has('TEA_TABLE');
      w.books = has('BOOKS');
      await tx.flush();
      return w.id;
    });
    return toWorkstation(await em.findOneOrFail(WorkstationEntity, id, { populate: ['college'], refresh: true }));
  }
}
