import type { EntityManager } from '@mikro-orm/knex';
import { coverageRates, missingPositions, type NetworkLevel, suggestOfficer } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { ClassGroupEntity, DormitoryEntity } from '../org/org.entities.js';
import {
  type ClassGroupFields,
  type CommitteeFields,
  type DormitoryFields,
  type OfficerFields,
  type StaffFields,
  type StudentFields,
  type WorkingGroupMemberFields,
  type WorkstationFields,
  levelsOf,
  toClassGroup,
  toCollege,
  toCommitteeAppointment,
  toDormitory,
  toDormOfficerAppointment,
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { sqlFlag } from '../../db/reads.js';
import { countsOf, type SqlRow } from '../metrics/coverage.service.js';
import { activeHolderJoin, classUnitsSql, collegeFilter, coverageByCollegeSql, dormUnitsSql, ids } from '../metrics/coverage.sql.js';
import { collegeAccess, collegeByCode, forbidden, studentView } from '../org/org.service.js';


/** A student with their class, college and dorm, as `studentOf` reads them (alias `s`; `dorm` is the alias of their dorm). */
const studentColumns = (dorm: string) => `s.id as s_id, s.student_no as s_no, s.name as s_name, s.gender as s_gender, s.status as s_status,
  s.is_dorm_head as s_head, sc.id as sc_id, sc.code as sc_code, sc.name as sc_name, sc.level as sc_level,
  scol.id as scol_id, scol.code as scol_code, ${dorm}.id as sd_id, ${dorm}.code as sd_code`;
const CLASS_JOINS = 'join class_group sc on sc.id = s.class_group_id join college scol on scol.id = sc.college_id';
const STUDENT_JOINS = `${CLASS_JOINS} left join dormitory sd on sd.id = s.dormitory_id`;

/** A staff member from the columns t_id, t_no, t_name, t_college. */
const staffOf = (r: SqlRow): StaffFields => ({
  id: Number(r.t_id),
  staffNo: String(r.t_no),
  name: String(r.t_name),
  college: r.t_college === null ? null : { code: String(r.t_college) },
});

const WORKING_GROUP_SQL = `select m.id, m.position, m.serves_undergraduate, m.serves_graduate,
  t.id as t_id, t.staff_no as t_no, t.name as t_name, tc.code as t_college
from working_group_member m join staff t on t.id = m.staff_id left join college tc on tc.id = t.college_id
where m.college_id = ? order by m.position, m.id`;
const WORKSTATION_SQL = 'select id, room, talk_table_chairs, sofa, tea_table, books, version from workstation where college_id = ?';

function studentOf(r: SqlRow): StudentFields {
  return {
    id: Number(r.s_id),
    studentNo: String(r.s_no),
    name: String(r.s_name),
    gender: r.s_gender as StudentFields['gender'],
    status: r.s_status as StudentFields['status'],
    isDormHead: sqlFlag(r.s_head),
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
    // Enrolled counts, coverage and the summary come from the same kept counts as networkCoverage, so
    // the roster and the overview cannot disagree; the filter is what this actor may see of the college.
    const units = collegeFilter(college.id, a.full ? undefined : { classIds: a.classIds, dormIds: a.dormIds });
    const conn = em.getConnection();
    // Everything is read as rows: hydrating the classes, the working group and the holders as
    // entities (with their colleges, counselors and students) cost most of the roster's time.
    const [classRows, dormRows, [collegeRow = {}], memberRows, [stationRow], committeeRows, officerRows] = await Promise.all([
      conn.execute<SqlRow[]>(classUnitsSql(level, units), [], 'all'),
      conn.execute<SqlRow[]>(dormUnitsSql(level, units), [], 'all'),
      conn.execute<SqlRow[]>(coverageByCollegeSql(level, units, true), [], 'all'),
      // The working group and workstation belong to the college as a whole.
      a.full ? conn.execute<SqlRow[]>(WORKING_GROUP_SQL, [college.id], 'all') : [],
      a.full ? conn.execute<SqlRow[]>(WORKSTATION_SQL, [college.id], 'all') : [],
      // The active posts (isActivePost: not ended, held by a student still ENROLLED in that very class
      // or dorm, as the kept counts count them), found through the units in the same filter.
      conn.execute<SqlRow[]>(
        `select a.id, a.class_group_id, a.started_on, a.ended_on, a.end_reason, a.attests_service, a.attests_wellbeing, ${studentColumns('sd')}
         from class_group c join committee_appointment a on a.class_group_id = c.id
         ${activeHolderJoin('class_group_id')} ${STUDENT_JOINS}
         where c.level = '${level}'${units.classes} and a.ended_on is null order by a.slot, a.id`,
        [],
        'all',
      ),
      // The officer lives in the dorm: it is their dorm too.
      conn.execute<SqlRow[]>(
        `select a.id, a.dormitory_id, a.started_on, a.ended_on, a.end_reason, ${studentColumns('d')}
         from dormitory d join dorm_officer_appointment a on a.dormitory_id = d.id
         ${activeHolderJoin('dormitory_id')} ${CLASS_JOINS}
         where d.level = '${level}'${units.dorms} and a.ended_on is null order by a.id`,
        [],
        'all',
      ),
    ]);
    const inCollege = { code: college.code };
    const classes: ClassGroupFields[] = classRows.map((r) => ({
      id: Number(r.id),
      code: String(r.code),
      name: String(r.name),
      grade: String(r.grade),
      level: r.level as NetworkLevel,
      college: inCollege,
      counselor: r.t_id === null ? null : staffOf(r),
    }));
    const dorms: DormitoryFields[] = dormRows.map((r) => ({
      id: Number(r.id),
      code: String(r.code),
      building: String(r.building),
      room: String(r.room),
      level: r.level as NetworkLevel,
      college: inCollege,
    }));
    if (!a.full && classes.length === 0 && dorms.length === 0) {
      // Another college's roster: refuse unless the actor has a class or dorm there at some level.
      const elsewhere = await em.count(ClassGroupEntity, { college, id: { $in: a.classIds } }) + (await em.count(DormitoryEntity, { college, id: { $in: a.dormIds } }));
      if (elsewhere === 0) throw forbidden();
    }
    const countsOfUnit = (r: SqlRow) => ({ enrolled: Number(r.enrolled), posts: Number(r.posts) });
    const members: WorkingGroupMemberFields[] = memberRows.map((r) => ({
      id: Number(r.id),
      position: r.position as WorkingGroupMemberFields['position'],
      servesUndergraduate: sqlFlag(r.serves_undergraduate),
      servesGraduate: sqlFlag(r.serves_graduate),
      staff: staffOf(r),
      college: inCollege,
    }));
    const workstation: WorkstationFields | null = stationRow
      ? {
          id: Number(stationRow.id),
          room: stationRow.room === null ? null : String(stationRow.room),
          talkTableChairs: sqlFlag(stationRow.talk_table_chairs),
          sofa: sqlFlag(stationRow.sofa),
          teaTable: sqlFlag(stationRow.tea_table),
          books: sqlFlag(stationRow.books),
          version: Number(stationRow.version),
          college: inCollege,
        }
      : null;
    const classById = new Map(classes.map((c) => [c.id, c]));
    const dormById = new Map(dorms.map((d) => [d.id, d]));
    const activeCommittee: CommitteeFields[] = committeeRows.map((r) => ({
      ...appointmentOf(r),
      classGroup: classById.get(Number(r.class_group_id))!,
      attestsService: sqlFlag(r.attests_service),
      attestsWellbeing: sqlFlag(r.attests_wellbeing),
    }));
    const activeOfficers: OfficerFields[] = officerRows.map((r) => ({ ...appointmentOf(r), dormitory: dormById.get(Number(r.dormitory_id))! }));
    const view = studentView(actor);
    const officerOf = new Map(activeOfficers.map((a) => [a.dormitory.id, a]));
    // Candidates only for the dorms without an officer: enrolled residents, dorm heads first
    // (notice §一(三)). Loading every resident of a large college cost most of the roster's time.
    const open = dorms.filter((d) => !officerOf.has(d.id)).map((d) => d.id);
    const heads = open.length
      ? (
          await conn.execute<SqlRow[]>(
            `select ${studentColumns('sd')} from student s ${STUDENT_JOINS}
             where s.dormitory_id in (${ids(open)}) and s.status = 'ENROLLED' order by s.is_dorm_head desc, s.student_no asc`,
            [],
            'all',
          )
        ).map(studentOf)
      : [];

    const classEntries: S.ClassRosterEntry[] = classes.map((c, i) => {
      const u = countsOfUnit(classRows[i] as SqlRow);
      const cm = activeCommittee.filter((a) => a.classGroup.id === c.id).map((a) => toCommitteeAppointment(a, view));
      return { classGroup: toClassGroup(c), enrolledCount: u.enrolled, active: u.enrolled > 0, committeeMembers: cm, covered: u.enrolled > 0 && u.posts > 0 };
    });
    const residentsByDorm = new Map<number, StudentFields[]>();
    for (const s of heads) {
      const id = s.dormitory!.id;
      residentsByDorm.set(id, [...(residentsByDorm.get(id) ?? []), s]);
    }
    const dormEntries: S.DormRosterEntry[] = dorms.map((d, i) => {
      const u = countsOfUnit(dormRows[i] as SqlRow);
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
