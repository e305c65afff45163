import type { EntityManager } from '@mikro-orm/knex';
import { coverageRates, isActivePost, missingPositions, type NetworkLevel, suggestOfficer } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import {
  ClassGroupEntity,
  DormitoryEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
} from '../org/org.entities.js';
import {
  type CommitteeFields,
  type DormitoryFields,
  type OfficerFields,
  type StudentFields,
  levelsOf,
  toClassGroup,
  toCollege,
  toCommitteeAppointment,
  toDormitory,
  toDormOfficerAppointment,
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { countsOf, type SqlRow } from '../metrics/coverage.service.js';
import { collegeFilter, coverageByCollegeSql, ids, unitsSql } from '../metrics/coverage.sql.js';
import { collegeAccess, collegeByCode, forbidden, studentView } from '../org/org.service.js';

// SQLite answers 0/1, PostgreSQL true/false.
const flag = (v: unknown) => v === true || Number(v) === 1;

/** A student with their class, college and dorm, as `studentOf` reads them (alias `s`). */
const STUDENT_COLUMNS = `s.id as s_id, s.student_no as s_no, s.name as s_name, s.gender as s_gender, s.status as s_status,
  s.is_dorm_head as s_head, sc.id as sc_id, sc.code as sc_code, sc.name as sc_name, sc.level as sc_level,
  scol.id as scol_id, scol.code as scol_code, sd.id as sd_id, sd.code as sd_code`;
const STUDENT_JOINS = `join class_group sc on sc.id = s.class_group_id join college scol on scol.id = sc.college_id
  left join dormitory sd on sd.id = s.dormitory_id`;

function studentOf(r: SqlRow): StudentFields {
  return {
    id: Number(r.s_id),
    studentNo: String(r.s_no),
    name: String(r.s_name),
    gender: r.s_gender as StudentFields['gender'],
    status: r.s_status as StudentFields['status'],
    isDormHead: flag(r.s_head),
    classGroup: {
      id: Number(r.sc_id),
      code: String(r.sc_code),
      name: String(r.sc_name),
      level: r.sc_level as NetworkLevel,
      college: { id: Number(r.scol_id), code: String(r.scol_code) },
    },
    dormitory: r.sd_id === null ? null : { id: Number(r.sd_id), code: String(r.sd_code) },
  };
}

const appointmentOf = (r: SqlRow) => ({
  id: Number(r.id),
  startedOn: String(r.started_on),
  endedOn: r.ended_on === null ? null : String(r.ended_on),
  endReason: (r.end_reason ?? null) as CommitteeFields['endReason'],
  student: studentOf(r),
});

/** The roster of a college at a level: posts, holders and gaps. Every read is scoped. */
export class RosterService {
  /** Who holds which post in a college at a level, and every gap. A fixed number of queries. */
  async roster(em: EntityManager, actor: Actor, collegeCode: string, level: NetworkLevel): Promise<S.CollegeRoster> {
    const college = await collegeByCode(em, collegeCode);
    const a = collegeAccess(actor, college);
    const [classes, dormRows, members, workstation] = await Promise.all([
      em.find(
        ClassGroupEntity,
        { college, level, ...(a.full ? {} : { id: { $in: a.classIds } }) },
        { populate: ['college', 'counselor.college'], orderBy: { code: 'asc' } },
      ),
      em.getConnection().execute<SqlRow[]>(
        `select d.id, d.code, d.building, d.room, d.level from dormitory d where d.college_id = ? and d.level = ?${a.full ? '' : ` and d.id in (${ids(a.dormIds)})`} order by d.code`,
        [college.id, level],
        'all',
      ),
      // The working group and workstation belong to the college as a whole.
      a.full ? em.find(WorkingGroupMemberEntity, { college }, { populate: ['college', 'staff.college'], orderBy: { position: 'asc', id: 'asc' } }) : [],
      a.full ? em.findOne(WorkstationEntity, { college }, { populate: ['college'] }) : null,
    ]);
    const dorms: DormitoryFields[] = dormRows.map((r) => ({
      id: Number(r.id),
      code: String(r.code),
      building: String(r.building),
      room: String(r.room),
      level: r.level as NetworkLevel,
      college,
    }));
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
    // Holders and candidates are read as rows: hydrating them as entities (with their students'
    // classes, colleges and dorms) took 100+ ms for a college of 450 dorms.
    const [committeeRows, officerRows] = await Promise.all([
      conn.execute<SqlRow[]>(
        `select a.id, a.class_group_id, a.started_on, a.ended_on, a.end_reason, a.attests_service, a.attests_wellbeing, ${STUDENT_COLUMNS}
         from committee_appointment a join student s on s.id = a.student_id ${STUDENT_JOINS}
         where a.ended_on is null and a.class_group_id in (${ids(classes.map((c) => c.id))}) order by a.slot, a.id`,
        [],
        'all',
      ),
      conn.execute<SqlRow[]>(
        `select a.id, a.dormitory_id, a.started_on, a.ended_on, a.end_reason, ${STUDENT_COLUMNS}
         from dorm_officer_appointment a join student s on s.id = a.student_id ${STUDENT_JOINS}
         where a.ended_on is null and a.dormitory_id in (${ids(dorms.map((d) => d.id))}) order by a.id`,
        [],
        'all',
      ),
    ]);
    const classById = new Map(classes.map((c) => [c.id, c]));
    const dormById = new Map(dorms.map((d) => [d.id, d]));
    const committee: CommitteeFields[] = committeeRows.map((r) => ({
      ...appointmentOf(r),
      classGroup: classById.get(Number(r.class_group_id))!,
      attestsService: flag(r.attests_service),
      attestsWellbeing: flag(r.attests_wellbeing),
    }));
    const officers: OfficerFields[] = officerRows.map((r) => ({ ...appointmentOf(r), dormitory: dormById.get(Number(r.dormitory_id))! }));
    const activeCommittee = committee.filter((a) =>
      isActivePost({ endedOn: a.endedOn, unitId: a.classGroup.id }, { status: a.student.status, unitId: a.student.classGroup.id }),
    );
    const activeOfficers = officers.filter((a) =>
      isActivePost({ endedOn: a.endedOn, unitId: a.dormitory.id }, { status: a.student.status, unitId: a.student.dormitory?.id ?? null }),
    );
    const view = studentView(actor);
    const officerOf = new Map(activeOfficers.map((a) => [a.dormitory.id, a]));
    // Candidates only for the dorms without an officer: enrolled residents, dorm heads first
    // (notice §一(三)). Loading every resident of a large college cost most of the roster's time.
    const open = dorms.filter((d) => !officerOf.has(d.id)).map((d) => d.id);
    const heads = open.length
      ? (
          await conn.execute<SqlRow[]>(
            `select ${STUDENT_COLUMNS} from student s ${STUDENT_JOINS}
             where s.dormitory_id in (${ids(open)}) and s.status = 'ENROLLED' order by s.is_dorm_head desc, s.student_no asc`,
            [],
            'all',
          )
        ).map(studentOf)
      : [];

    const classEntries: S.ClassRosterEntry[] = classes.map((c) => {
      const u = unitOf('CLASS', c.id);
      const cm = activeCommittee.filter((a) => a.classGroup.id === c.id).map((a) => toCommitteeAppointment(a, view));
      return { classGroup: toClassGroup(c), enrolledCount: u.enrolled, active: u.enrolled > 0, committeeMembers: cm, covered: u.enrolled > 0 && u.posts > 0 };
    });
    const residentsByDorm = new Map<number, StudentFields[]>();
    for (const s of heads) {
      const id = s.dormitory!.id;
      residentsByDorm.set(id, [...(residentsByDorm.get(id) ?? []), s]);
    }
    const dormEntries: S.DormRosterEntry[] = dorms.map((d) => {
      const u = unitOf('DORM', d.id);
      const o = officerOf.get(d.id);
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
