import type { EntityManager } from '@mikro-orm/knex';
import { coverageRates, isActivePost, missingPositions, type NetworkLevel, suggestOfficer } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import {
  ClassGroupEntity,
  DormitoryEntity,
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
  toWorkingGroupMember,
  toWorkstation,
} from '../org/org.mappers.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from './appointment.entities.js';
import { countsOf, type SqlRow } from '../metrics/coverage.service.js';
import { collegeFilter, coverageByCollegeSql, unitsSql } from '../metrics/coverage.sql.js';
import { collegeAccess, collegeByCode, forbidden, studentView } from '../org/org.service.js';

/** The roster of a college at a level: posts, holders and gaps. Every read is scoped. */
export class RosterService {
  /** Who holds which post in a college at a level, and every gap. A fixed number of queries. */
  async roster(em: EntityManager, actor: Actor, collegeCode: string, level: NetworkLevel): Promise<S.CollegeRoster> {
    const college = await collegeByCode(em, collegeCode);
    const a = collegeAccess(actor, college);
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
    const [committee, officers] = await Promise.all([
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
    ]);
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
      ? await em.find(
          StudentEntity,
          { dormitory: { $in: open }, status: 'ENROLLED' },
          { populate: ['classGroup.college', 'dormitory'], orderBy: { isDormHead: 'desc', studentNo: 'asc' } },
        )
      : [];

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
