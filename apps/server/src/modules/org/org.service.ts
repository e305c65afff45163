import type { EntityManager } from '@mikro-orm/knex';
import { type FilterQuery, type QBFilterQuery, raw } from '@mikro-orm/core';
import {
  aggregateScope,
  contactReadScope,
  inScope,
  isNone,
  type NetworkLevel,
  parseStudentNo,
  rosterDetailScope,
  rosterReadScope,
  type Scope,
  type StudentStatus,
} from '@carenet/domain';
import type { AuditService } from '../audit/audit.service.js';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { tx } from '@carenet/domain';
import { AppError, badInput, notFound } from '../../common/errors.js';
import { ClassGroupEntity, CollegeEntity, DormitoryEntity, StaffEntity, StudentEntity } from './org.entities.js';
import { toClassGroup, toCollege, toDormitory, type StudentView, toStaff, toStudent, toStudentName } from './org.mappers.js';

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 500;
/** Suggestions searchClasses returns by default, and at most. */
export const CLASS_SEARCH_DEFAULT = 20;
export const CLASS_SEARCH_MAX = 100;
/** Longest search text accepted: longer text is a mistake, and LIKE patterns cost per character. */
export const SEARCH_MAX_LENGTH = 100;

/** Which students: every field intersects the others and the caller's scope. */
export interface StudentQuery {
  collegeCode?: string | null;
  level?: NetworkLevel | null;
  /** A class code, exactly */
  classCode?: string | null;
  /** Part of a class code or name, any case */
  classSearch?: string | null;
  dormCode?: string | null;
  status?: StudentStatus | null;
  /** A student number (exactly) or part of a name (any case) */
  search?: string | null;
}

export interface StudentFilter extends StudentQuery {
  first?: number | null;
  after?: string | null;
  /** Students skipped (after `after` when given): page n of size s is offset (n - 1) * s. */
  offset?: number | null;
}

export interface ClassSearch {
  search: string;
  collegeCode?: string | null;
  level?: NetworkLevel | null;
  first?: number | null;
}

/** A student as the export reads it: columns, not an entity. */
interface StudentRow {
  id: number | string;
  student_no: string;
  name: string;
  gender: 'M' | 'F';
  status: StudentStatus;
  is_dorm_head: boolean | number;
  class_id: number | string;
  class_code: string;
  class_name: string;
  class_level: NetworkLevel;
  college_id: number | string;
  college_code: string;
  dorm_id: number | string | null;
  dorm_code: string | null;
}

/** Search text trimmed, or a clear error when it is too long. */
function searchText(value: string | null | undefined, field: string): string {
  const t = value?.trim() ?? '';
  if (t.length > SEARCH_MAX_LENGTH) {
    throw badInput(tx(`${field} is longer than ${SEARCH_MAX_LENGTH} characters`, `${field} 超过 ${SEARCH_MAX_LENGTH} 个字符`), { field });
  }
  return t;
}

/**
 * A condition "this column contains `term`, in any case", the same on SQLite and PostgreSQL:
 * PostgreSQL's LIKE is case-sensitive and SQLite's is not, so both sides are lower-cased; % and _
 * in the term are literal (escaped with !; SQLite has no default escape character). lower() folds
 * ASCII letters on both engines; Chinese has no case. A new object per query: MikroORM consumes
 * a raw fragment when it runs it.
 */
export function containsText(column: string, term: string): Record<string, never[]> {
  const pattern = `%${term.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
  return { [raw((alias: string) => `lower(${alias}.${column}) like ? escape '!'`, [pattern])]: [] };
}

const encodeCursor = (id: number) => Buffer.from(`student:${id}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const m = /^student:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput(tx(`"${cursor}" is not a cursor this API returned`, `“${cursor}”不是本接口返回的游标`), { field: 'after' });
  return Number(m[1]);
}

export const forbidden = () => new AppError('FORBIDDEN', tx('this college, class or dorm is outside your scope', '该学院、班级或宿舍不在您的权限范围内'));

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
export function studentView(actor: Actor): StudentView {
  const detail = rosterDetailScope(actor);
  if (detail.all) return toStudent;
  return (s) =>
    inScope(detail, { collegeId: s.classGroup.college.id, classId: s.classGroup.id, dormId: s.dormitory?.id ?? null }) ? toStudent(s) : toStudentName(s);
}

/** A college by code, or NOT_FOUND. */
export async function collegeByCode(em: EntityManager, code: string): Promise<CollegeEntity> {
  const c = await em.findOne(CollegeEntity, { code });
  if (!c) throw notFound(tx(`no college with code "${code}"`, `未找到学院代码为“${code}”的学院`));
  return c;
}

/** Whether the actor sees the whole college, or only some of its classes and dorms. */
export function collegeAccess(actor: Actor, college: CollegeEntity): { full: boolean; classIds: number[]; dormIds: number[] } {
  const scope = rosterReadScope(actor);
  if (scope.all || scope.collegeIds.includes(college.id)) return { full: true, classIds: [], dormIds: [] };
  return { full: false, classIds: scope.classIds, dormIds: scope.dormIds };
}

/** The organisation as the caller may see it: colleges, classes, dorms, staff, students. Every read is scoped. */
export class OrgService {
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

  async classes(em: EntityManager, actor: Actor, collegeCode: string, level?: NetworkLevel | null): Promise<S.ClassGroup[]> {
    const college = await collegeByCode(em, collegeCode);
    const a = collegeAccess(actor, college);
    const list = await em.find(
      ClassGroupEntity,
      { college, ...(level ? { level } : {}), ...(a.full ? {} : { id: { $in: a.classIds } }) },
      { populate: ['college', 'counselor.college'], orderBy: { code: 'asc' } },
    );
    if (!a.full && list.length === 0) throw forbidden();
    return list.map(toClassGroup);
  }

  async dormitories(em: EntityManager, actor: Actor, collegeCode: string, level?: NetworkLevel | null): Promise<S.Dormitory[]> {
    const college = await collegeByCode(em, collegeCode);
    const a = collegeAccess(actor, college);
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
    const college = await collegeByCode(em, collegeCode);
    if (!collegeAccess(actor, college).full) throw forbidden();
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

  /**
   * The students a query selects within the actor's scope, as a filter. Built anew for every query
   * (see containsText).
   */
  studentWhere(actor: Actor, f: StudentQuery): FilterQuery<StudentEntity> {
    const classWhere: Record<string, unknown> = {};
    if (f.collegeCode) classWhere.college = { code: f.collegeCode };
    if (f.level) classWhere.level = f.level;
    if (f.classCode) classWhere.code = f.classCode;
    const classTerm = searchText(f.classSearch, 'classSearch');
    if (classTerm) classWhere.$or = [containsText('code', classTerm), containsText('name', classTerm)];
    // Status and dorm are withheld from names-only rows, so filtering on them must not touch those
    // rows either: otherwise students(status: SUSPENDED) would tell a committee member who is suspended.
    const detail = rosterDetailScope(actor);
    const onDetails = (filter: FilterQuery<StudentEntity>): FilterQuery<StudentEntity> =>
      detail.all ? filter : isNone(detail) ? {} : ({ $or: [filter, outsideScopeFilter(detail)] } as FilterQuery<StudentEntity>);
    const term = searchText(f.search, 'search');
    const byName = containsText('name', term);
    const conditions = [
      Object.keys(classWhere).length ? { classGroup: classWhere } : {},
      f.dormCode ? onDetails({ dormitory: { code: f.dormCode } } as FilterQuery<StudentEntity>) : {},
      f.status ? onDetails({ status: f.status }) : {},
      // A student number is letters and digits, so a term may be either: look for both.
      term ? (parseStudentNo(term).ok ? { $or: [{ studentNo: term }, byName] } : byName) : {},
    ].filter((c) => Object.keys(c).length > 0);
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<StudentEntity>;
    // Filters intersect the caller's scope: outside it the connection is empty, not an error.
    return { $and: [where, studentScopeFilter(rosterReadScope(actor))] } as FilterQuery<StudentEntity>;
  }

  /** Relay connection over students in a stable order (id); filters intersect. */
  async students(em: EntityManager, actor: Actor, f: StudentFilter): Promise<S.StudentConnection> {
    const first = f.first ?? PAGE_DEFAULT;
    if (!Number.isInteger(first) || first < 0 || first > PAGE_MAX) {
      throw badInput(tx(`first must be between 0 and ${PAGE_MAX}, got ${first}`, `first 必须在 0 到 ${PAGE_MAX} 之间，实际为 ${first}`), { field: 'first' });
    }
    const offset = f.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) {
      throw badInput(tx(`offset must be 0 or more, got ${offset}`, `offset 必须大于或等于 0，实际为 ${offset}`), { field: 'offset' });
    }
    const afterId = f.after ? decodeCursor(f.after) : 0;
    const [rows, totalCount] = await Promise.all([
      em.find(
        StudentEntity,
        { $and: [this.studentWhere(actor, f), { id: { $gt: afterId } }] } as FilterQuery<StudentEntity>,
        { populate: ['classGroup.college', 'dormitory'], orderBy: { id: 'asc' }, limit: first + 1, ...(offset ? { offset } : {}) },
      ),
      em.count(StudentEntity, this.studentWhere(actor, f)),
    ]);
    const page = rows.slice(0, first);
    const view = studentView(actor);
    return {
      edges: page.map((s) => ({ cursor: encodeCursor(s.id), node: view(s) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!.id) : null },
      totalCount,
    };
  }

  /** How many students a query selects within the actor's scope. */
  countStudents(em: EntityManager, actor: Actor, f: StudentQuery): Promise<number> {
    return em.count(StudentEntity, this.studentWhere(actor, f));
  }

  /**
   * Every student a query selects, in id order, as the actor may see them: batches read one after
   * another by id (keyset), as plain rows rather than entities (hydrating entities costs about 25
   * times the query), so an export of 80,000 students never holds more than one batch. Not one
   * transaction: a student changed during the read appears once, as read.
   */
  async *studentBatches(em: EntityManager, actor: Actor, f: StudentQuery, batchSize = 1000): AsyncGenerator<S.Student[]> {
    const detail = rosterDetailScope(actor);
    let afterId = 0;
    for (;;) {
      const rows = await em
        .createQueryBuilder(StudentEntity, 's')
        .select([
          's.id',
          's.studentNo',
          's.name',
          's.gender',
          's.status',
          's.isDormHead',
          'c.id as class_id',
          'c.code as class_code',
          'c.name as class_name',
          'c.level as class_level',
          'k.id as college_id',
          'k.code as college_code',
          'd.id as dorm_id',
          'd.code as dorm_code',
        ])
        .join('s.classGroup', 'c')
        .join('c.college', 'k')
        .leftJoin('s.dormitory', 'd')
        .where({ $and: [this.studentWhere(actor, f), { id: { $gt: afterId } }] } as QBFilterQuery<StudentEntity>)
        .orderBy({ id: 'asc' })
        .limit(batchSize)
        .execute<StudentRow[]>('all', false);
      if (rows.length === 0) return;
      afterId = Number(rows[rows.length - 1]!.id);
      yield rows.map((r) => {
        const full: S.Student = {
          id: String(r.id),
          studentNo: r.student_no,
          name: r.name,
          gender: r.gender,
          status: r.status,
          level: r.class_level,
          isDormHead: Boolean(r.is_dorm_head),
          collegeCode: r.college_code,
          classCode: r.class_code,
          className: r.class_name,
          dormCode: r.dorm_code,
        };
        // As studentView: names only outside the detail scope.
        const unit = { collegeId: Number(r.college_id), classId: Number(r.class_id), dormId: r.dorm_id === null ? null : Number(r.dorm_id) };
        return inScope(detail, unit) ? full : { ...full, gender: null, status: null, isDormHead: null, dormCode: null };
      });
      if (rows.length < batchSize) return;
    }
  }

  /**
   * Classes whose code or name contains the search text (any case), within the actor's scope, by code:
   * for finding a class by part of its code ("c06-u2021") or name. Dorm officers have no classes to search.
   */
  async searchClasses(em: EntityManager, actor: Actor, q: ClassSearch): Promise<S.ClassGroup[]> {
    const first = q.first ?? CLASS_SEARCH_DEFAULT;
    if (!Number.isInteger(first) || first < 1 || first > CLASS_SEARCH_MAX) {
      throw badInput(tx(`first must be between 1 and ${CLASS_SEARCH_MAX}, got ${first}`, `first 必须在 1 到 ${CLASS_SEARCH_MAX} 之间，实际为 ${first}`), { field: 'first' });
    }
    const term = searchText(q.search, 'search');
    if (!term) return [];
    const scope = rosterReadScope(actor);
    const inScopeWhere = scope.all ? {} : { $or: [{ college: { $in: scope.collegeIds } }, { id: { $in: scope.classIds } }] };
    const list = await em.find(
      ClassGroupEntity,
      {
        $and: [
          { $or: [containsText('code', term), containsText('name', term)] },
          inScopeWhere,
          q.collegeCode ? { college: { code: q.collegeCode } } : {},
          q.level ? { level: q.level } : {},
        ],
      } as FilterQuery<ClassGroupEntity>,
      { populate: ['college', 'counselor.college'], orderBy: { code: 'asc' }, limit: first },
    );
    return list.map(toClassGroup);
  }
}
