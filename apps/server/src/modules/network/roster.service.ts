import type { EntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import {
  aggregateScope,
  contactReadScope,
  coverageRates,
  inScope,
  isActivePost,
  isNone,
  missingPositions,
  type NetworkLevel,
  parseStudentNo,
  rosterDetailScope,
  rosterReadScope,
  type Scope,
  type StudentStatus,
  suggestOfficer,
} from '@carenet/domain';
import type { AuditService } from '../audit/audit.service.js';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { tx } from '@carenet/domain';
import { AppError, badInput, notFound } from '../../common/errors.js';
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
  levelsOf,
  toClassGroup,
  toCollege,
  toCommitteeAppointment,
  toDormitory,
  toDormOfficerAppointment,
  type StudentView,
  toStaff,
  toStudent,
  toStudentName,
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from './appointment.entities.js';
import { countsOf, type SqlRow } from '../metrics/coverage.service.js';
import { collegeFilter, coverageByCollegeSql, unitsSql } from '../metrics/coverage.sql.js';

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 500;

export interface StudentFilter {
  first?: number | null;
  after?: string | null;
  collegeCode?: string | null;
  level?: NetworkLevel | null;
  classCode?: string | null;
  dormCode?: string | null;
  status?: StudentStatus | null;
  search?: string | null;
}

const encodeCursor = (id: number) => Buffer.from(`student:${id}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const m = /^student:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput(tx(`"${cursor}" is not a cursor this API returned`, `“${cursor}”不是本接口返回的游标`), { field: 'after' });
  return Number(m[1]);
}

const forbidden = () => new AppError('FORBIDDEN', tx('this college, class or dorm is outside your scope', '该学院、班级或宿舍不在您的权限范围内'));

/** Students a scope covers, as a query filter (their college, class or dorm is in scope). */
function studentScopeFilter(scope: Scope): FilterQuery<StudentEntity> {
  if (scope.all) return {};
  return {
    $or: [
      { classGroup: { college: { $in: scope.collegeIds } } },
      { classGroup: { $in: scope.classIds } },
      { dormitory: { $in: scope.dormIds } },
    ],
  } as FilterQuery<StudentEntity>;
}

/**
 * Students outside a scope, as a query filter: the rows a filter on withheld fields must not touch.
 * NOT IN is false for a null dorm in SQL, hence the explicit null.
 */
function outsideScopeFilter(scope: Extract<Scope, { all: false }>): FilterQuery<StudentEntity> {
  return {
    $and: [
      ...(scope.collegeIds.length ? [{ classGroup: { college: { $nin: scope.collegeIds } } }] : []),
      ...(scope.classIds.length ? [{ classGroup: { $nin: scope.classIds } }] : []),
      ...(scope.dormIds.length ? [{ $or: [{ dormitory: null }, { dormitory: { $nin: scope.dormIds } }] }] : []),
    ],
  } as FilterQuery<StudentEntity>;
}

/** Full details where the detail scope reaches, names only elsewhere (committee members, dorm officers). */
function studentView(actor: Actor): StudentView {
  const detail = rosterDetailScope(actor);
  if (detail.all) return toStudent;
  return (s) =>
    inScope(detail, { collegeId: s.classGroup.college.id, classId: s.classGroup.id, dormId: s.dormitory?.id ?? null }) ? toStudent(s) : toStudentName(s);
}

/** Read side of the network: lists, the roster of a college at a level, students. Every read is scoped. */
export class RosterService {
  constructor(private readonly audit: AuditService) {}

  /** Colleges the actor has anything to see in (roster names or aggregates). */
  async colleges(em: EntityManager, actor: Actor): Promise<S.College[]> {
    const scopes = [rosterReadScope(actor), aggregateScope(actor)];
    if (scopes.some((x) => x.all)) return (await em.find(CollegeEntity, {}, { orderBy: { code: 'asc' } })).map(toCollege);
    const ids = new Set(scopes.flatMap((x) => (x.all ? [] : x.collegeIds)));
    const classIds = scopes.flatMap((x) => (x.all ? [] : x.classIds));
    const dormIds = scopes.flatMap((x) => (x.all ? [] : x.dormIds));
    if (classIds.length) for (const c of await em.find(ClassGroupEntity, { id: { $in: classIds } })) ids.add(c.college.id);
    if (dormIds.length) for (const d of await em.find(DormitoryEntity, { id: { $in: dormIds } })) ids.add(d.college.id);
    return (await em.find(CollegeEntity, { id: { $in: [...ids] } }, { orderBy: { code: 'asc' } })).map(toCollege);
  }

  async college(em: EntityManager, _actor: Actor, code: string): Promise<CollegeEntity> {
    const c = await em.findOne(CollegeEntity, { code });
    if (!c) throw notFound(tx(`no college with code "${code}"`, `未找到学院代码为“${code}”的学院`));
    return c;
  }

  /** Whether the actor sees the whole college, or only some of its classes and dorms. */
  private access(actor: Actor, college: CollegeEntity): { full: boolean; classIds: number[]; dormIds: number[] } {
    const scope = rosterReadScope(actor);
    if (scope.all || scope.collegeIds.includes(college.id)) return { full: true, classIds: [], dormIds: [] };
    return { full: false, classIds: scope.classIds, dormIds: scope.dormIds };
  }

  async classes(em: EntityManager, actor: Actor, collegeCode: string, level?: NetworkLevel | null): Promise<S.ClassGroup[]> {
    const college = await this.college(em, actor, collegeCode);
    const a = this.access(actor, college);
    const list = await em.find(
      ClassGroupEntity,
      { college, ...(level ? { level } : {}), ...(a.full ? {} : { id: { $in: a.classIds } }) },
      { populate: ['college', 'counselor.college'], orderBy: { code: 'asc' } },
    );
    if (!a.full && list.length === 0) throw forbidden();
    return list.map(toClassGroup);
  }

  async dormitories(em: EntityManager, actor: Actor, collegeCode: string, level?: NetworkLevel | null): Promise<S.Dormitory[]> {
    const college = await this.college(em, actor, collegeCode);
    const a = this.access(actor, college);
    const list = await em.find(
      DormitoryEntity,
      { college, ...(level ? { level } : {}), ...(a.full ? {} : { id: { $in: a.dormIds } }) },
      { populate: ['college'], orderBy: { code: 'asc' } },
    );
    if (!a.full && list.length === 0) throw forbidden();
    return list.map(toDormitory);
  }

  /** Staff of a college (for choosing working-group members and counselors). */
  async staff(em: EntityManager, actor: Actor, collegeCode: string): Promise<S.Staff[]> {
    const college = await this.college(em, actor, collegeCode);
    if (!this.access(actor, college).full) throw forbidden();
    return (await em.find(StaffEntity, { college }, { populate: ['college'], orderBy: { staffNo: 'asc' }, limit: 2000 })).map(toStaff);
  }

  /** Contact data of one student: sensitive, so in scope only and audited before it is returned. */
  async studentContact(em: EntityManager, actor: Actor, studentNo: string): Promise<S.StudentContact> {
    const s = await em.findOne(StudentEntity, { studentNo: studentNo.trim() }, { populate: ['classGroup'] });
    if (!s) throw notFound(tx(`no student with number "${studentNo}"`, `未找到学号为“${studentNo}”的学生`));
    if (!inScope(contactReadScope(actor), { collegeId: s.classGroup.college.id, classId: s.classGroup.id })) {
      throw new AppError('FORBIDDEN', tx("this student's contact data is outside your scope", '该学生的联系方式不在您的权限范围内'));
    }
    // If the audit write fails, the read fails: no unaudited access to contact data.
    await this.audit.recordNow(em, actor, { action: 'student.contact.read', recordType: 'student', recordId: s.id, studentNo: s.studentNo });
    return { studentNo: s.studentNo, name: s.name, phone: s.phone, emergencyContact: s.emergencyContact, emergencyPhone: s.emergencyPhone };
  }

  /** Relay connection over students in a stable order (id); filters intersect. */
  async students(em: EntityManager, actor: Actor, f: StudentFilter): Promise<S.StudentConnection> {
    const first = f.first ?? PAGE_DEFAULT;
    if (!Number.isInteger(first) || first < 0 || first > PAGE_MAX) {
      throw badInput(tx(`first must be between 0 and ${PAGE_MAX}, got ${first}`, `first 必须在 0 到 ${PAGE_MAX} 之间，实际为 ${first}`), { field: 'first' });
    }
    const classWhere: Record<string, unknown> = {};
    if (f.collegeCode) classWhere.college = { code: f.collegeCode };
    if (f.level) classWhere.level = f.level;
    if (f.classCode) classWhere.code = f.classCode;
    // Status and dorm are withheld from names-only rows, so filtering on them must not touch those
    // rows either: otherwise students(status: SUSPENDED) would tell a committee member who is suspended.
    const detail = rosterDetailScope(actor);
    const onDetails = (filter: FilterQuery<StudentEntity>): FilterQuery<StudentEntity> =>
      detail.all ? filter : isNone(detail) ? {} : ({ $or: [filter, outsideScopeFilter(detail)] } as FilterQuery<StudentEntity>);
    const term = f.search?.trim() ?? '';
    const byName = { name: { $like: `%${term.replace(/[%_]/g, '')}%` } };
    const conditions = [
      Object.keys(classWhere).length ? { classGroup: classWhere } : {},
      f.dormCode ? onDetails({ dormitory: { code: f.dormCode } } as FilterQuery<StudentEntity>) : {},
      f.status ? onDetails({ status: f.status }) : {},
      // A student number is letters and digits, so a term may be either: look for both.
      term ? (parseStudentNo(term).ok ? { $or: [{ studentNo: term }, byName] } : byName) : {},
    ].filter((c) => Object.keys(c).length > 0);
    let where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<StudentEntity>;
    const afterId = f.after ? decodeCursor(f.after) : 0;
    // Filters intersect the caller's scope: outside it the connection is empty, not an error.
    where = { $and: [where, studentScopeFilter(rosterReadScope(actor))] } as FilterQuery<StudentEntity>;
    const [rows, totalCount] = await Promise.all([
      em.find(
        StudentEntity,
        { $and: [where, { id: { $gt: afterId } }] } as FilterQuery<StudentEntity>,
        { populate: ['classGroup.college', 'dormitory'], orderBy: { id: 'asc' }, limit: first + 1 },
      ),
      em.count(StudentEntity, where),
    ]);
    const page = rows.slice(0, first);
    const view = studentView(actor);
    return {
      edges: page.map((s) => ({ cursor: encodeCursor(s.id), node: view(s) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!.id) : null },
      totalCount,
    };
  }

  /** Who holds which post in a college at a level, and every gap. A fixed number of queries. */
  async roster(em: EntityManager, actor: Actor, collegeCode: string, level: NetworkLevel): Promise<S.CollegeRoster> {
    const college = await this.college(em, actor, collegeCode);
    const a = this.access(actor, college);
    const [classes, dorms, members, workstation] = await Promise.all([
      em.find(
        ClassGroupEntity,
        { college, level, ...(a.full ? {} : { id: { $in: a.classIds } }) },
        { populate: ['college', 'counselor.college'], orderBy: { code: 'asc' } },
      ),
      em.find(DormitoryEntity, { college, level, ...(a.full ? {} : { id: { $in: a.dormIds } }) }, { populate: ['college'], orderBy: { code: 'asc' } }),
      // The working group and workstation belong to the college as a whole.
      a.full ? em.find(WorkingGroupMemberEntity, { college }, { populate: ['college', 'staff.college'], orderBy: { position: 'asc', id: 'asc' } }) : [],
      a.full ? em.findOne(WorkstationEntity, { college }, { populate: ['college'] }) : null,
    ]);
    if (!a.full && classes.length === 0 && dorms.length === 0) {
      // Another college's roster: refuse unless the actor has a class or dorm there at some level.
      const elsewhere = await em.count(ClassGroupEntity, { college, id: { $in: a.classIds } }) + (await em.count(DormitoryEntity, { college, id: { $in: a.dormIds } }));
      if (elsewhere === 0) throw forbidden();
    }
    // Enrolled counts, coverage and the summary come from the same SQL as networkCoverage, so the
    // roster and the overview cannot disagree; the filter is what this actor may see of the college.
    const units = collegeFilter(college.id, a.full ? undefined : { classIds: a.classIds, dormIds: a.dormIds });
    const conn = em.getConnection();
    const [unitRows, [collegeRow = {}]] = await Promise.all([
      conn.execute<SqlRow[]>(unitsSql(level, units), [], 'all'),
      conn.execute<SqlRow[]>(coverageByCollegeSql(level, units, true), [], 'all'),
    ]);
    const unit = new Map(unitRows.map((u) => [`${u.kind}:${Number(u.unit_id)}`, { enrolled: Number(u.enrolled), posts: Number(u.posts) }]));
    const unitOf = (kind: 'CLASS' | 'DORM', id: number) => unit.get(`${kind}:${id}`) ?? { enrolled: 0, posts: 0 };
    const [committee, officers, heads] = await Promise.all([
      em.find(
        CommitteeAppointmentEntity,
        { endedOn: null, classGroup: { $in: classes.map((c) => c.id) }, student: { status: 'ENROLLED' } },
        { populate: ['classGroup', 'student.classGroup.college', 'student.dormitory'], orderBy: { slot: 'asc' } },
      ),
      em.find(
        DormOfficerAppointmentEntity,
        { endedOn: null, dormitory: { $in: dorms.map((d) => d.id) }, student: { status: 'ENROLLED' } },
        { populate: ['dormitory', 'student.classGroup.college', 'student.dormitory'] },
      ),
      // Candidates for uncovered dorms: enrolled residents, dorm heads first (notice §一(三)).
      em.find(
        StudentEntity,
        { dormitory: { $in: dorms.map((d) => d.id) }, status: 'ENROLLED' },
        { populate: ['classGroup.college', 'dormitory'], orderBy: { isDormHead: 'desc', studentNo: 'asc' } },
      ),
    ]);
    const activeCommittee = committee.filter((a) =>
      isActivePost({ endedOn: a.endedOn, unitId: a.classGroup.id }, { status: a.student.status, unitId: a.student.classGroup.id }),
    );
    const activeOfficers = officers.filter((a) =>
      isActivePost({ endedOn: a.endedOn, unitId: a.dormitory.id }, { status: a.student.status, unitId: a.student.dormitory?.id ?? null }),
    );
    const view = studentView(actor);

    const classEntries: S.ClassRosterEntry[] = classes.map((c) => {
      const u = unitOf('CLASS', c.id);
      const cm = activeCommittee.filter((a) => a.classGroup.id === c.id).map((a) => toCommitteeAppointment(a, view));
      return { classGroup: toClassGroup(c), enrolledCount: u.enrolled, active: u.enrolled > 0, committeeMembers: cm, covered: u.enrolled > 0 && u.posts > 0 };
    });
    const residentsByDorm = new Map<number, StudentEntity[]>();
    for (const s of heads) {
      const id = s.dormitory!.id;
      residentsByDorm.set(id, [...(residentsByDorm.get(id) ?? []), s]);
    }
    const dormEntries: S.DormRosterEntry[] = dorms.map((d) => {
      const u = unitOf('DORM', d.id);
      const o = activeOfficers.find((a) => a.dormitory.id === d.id);
      const suggestion = o ? null : suggestOfficer(residentsByDorm.get(d.id) ?? []);
      return {
        dormitory: toDormitory(d),
        enrolledResidents: u.enrolled,
        active: u.enrolled > 0,
        officer: o ? toDormOfficerAppointment(o, view) : null,
        covered: u.enrolled > 0 && u.posts > 0,
        suggestedOfficer: suggestion ? view(suggestion) : null,
      };
    });
    const counts = countsOf(collegeRow);
    return {
      college: toCollege(college),
      level,
      workingGroup: members.map(toWorkingGroupMember),
      missingPositions: !a.full ? [] : missingPositions(
        members.map((m) => ({ position: m.position, levels: levelsOf(m) })),
        level,
      ),
      workstation: workstation ? toWorkstation(workstation) : null,
      hasWorkstation: a.full && counts.collegesWithWorkstation > 0,
      classes: classEntries,
      dormitories: dormEntries,
      summary: {
        classes: counts.classes,
        classesCovered: counts.classesCovered,
        dormitories: counts.dormitories,
        dormitoriesCovered: counts.dormitoriesCovered,
        committeeMembers: counts.committeeMembers,
        dormOfficers: counts.dormOfficers,
        ...coverageRates({ classes: counts.classes, classesCovered: counts.classesCovered, dormitories: counts.dormitories, dormitoriesCovered: counts.dormitoriesCovered }),
      },
    };
  }
}
