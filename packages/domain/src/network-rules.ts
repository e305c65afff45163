import {
  type EndReason,
  MAX_COMMITTEE_MEMBERS_PER_CLASS,
  MAX_OFFICERS_PER_DORM,
  type NetworkLevel,
  REQUIRED_POSITIONS,
  type Position,
  type StudentStatus,
} from './enums.js';
import { type Text, tx } from './i18n.js';

/** Chinese names of the student statuses (notice §二(一)8). */
const STATUS_LABEL: Record<StudentStatus, string> = {
  ENROLLED: '在读',
  SUSPENDED: '休学',
  GRADUATED: '毕业',
  WITHDRAWN: '退学',
  TRANSFERRED: '转学',
};

/** A rule violation: code is the GraphQL extensions.code, message says what to fix. */
export interface RuleViolation {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  message: Text;
}

export interface StudentPlacement {
  studentNo: string;
  status: StudentStatus;
  classCode: string;
  dormCode: string | null;
}

/**
 * The answer about a student who is not in the class: the same for a student of another class or
 * college, in any state, and for a number nobody has, so it tells nothing about anyone outside it.
 */
export function notAStudentOfClass(studentNo: string, classCode: string): RuleViolation {
  return {
    code: 'BAD_USER_INPUT',
    message: tx(`student ${studentNo} is not a student of class ${classCode}`, `学生 ${studentNo} 不是班级 ${classCode} 的学生`),
  };
}

/** As notAStudentOfClass, for a dorm: the same answer whoever (or whether anyone) has that number. */
export function notAResidentOfDorm(studentNo: string, dormCode: string): RuleViolation {
  return {
    code: 'BAD_USER_INPUT',
    message: tx(`student ${studentNo} does not live in dorm ${dormCode}`, `学生 ${studentNo} 不住在宿舍 ${dormCode}`),
  };
}

/**
 * SPEC.md §3: a committee member is an ENROLLED student of the class; at most 2 active per class.
 * Membership is checked before status: a status (a suspension can be a mental-health leave) is told
 * only about the class's own students, never about someone else's.
 */
export function checkCommitteeAppointment(
  student: StudentPlacement,
  classCode: string,
  activeInClass: readonly string[],
): RuleViolation | null {
  if (activeInClass.includes(student.studentNo)) return null;
  if (student.classCode !== classCode) return notAStudentOfClass(student.studentNo, classCode);
  if (student.status !== 'ENROLLED') {
    return {
      code: 'BAD_USER_INPUT',
      message: tx(
        `student ${student.studentNo} is not enrolled (status ${student.status}) and cannot be a committee member`,
        `学生 ${student.studentNo} 学籍状态为“${STATUS_LABEL[student.status]}”（非在读），不能担任班级心理委员`,
      ),
    };
  }
  if (activeInClass.length >= MAX_COMMITTEE_MEMBERS_PER_CLASS) {
    return {
      code: 'CONFLICT',
      message: tx(
        `class ${classCode} already has ${MAX_COMMITTEE_MEMBERS_PER_CLASS} committee members (${activeInClass.join(', ')}); dismiss one first`,
        `班级 ${classCode} 已有 ${MAX_COMMITTEE_MEMBERS_PER_CLASS} 名心理委员（${activeInClass.join('、')}），请先免去其中一人`,
      ),
    };
  }
  return null;
}

/** SPEC.md §3: a dorm officer is an ENROLLED resident of the dorm; at most 1 active per dorm. Residence first, as above. */
export function checkOfficerAppointment(
  student: StudentPlacement,
  dormCode: string,
  activeInDorm: readonly string[],
): RuleViolation | null {
  if (activeInDorm.includes(student.studentNo)) return null;
  if (student.dormCode !== dormCode) return notAResidentOfDorm(student.studentNo, dormCode);
  if (student.status !== 'ENROLLED') {
    return {
      code: 'BAD_USER_INPUT',
      message: tx(
        `student ${student.studentNo} is not enrolled (status ${student.status}) and cannot be a dorm officer`,
        `学生 ${student.studentNo} 学籍状态为“${STATUS_LABEL[student.status]}”（非在读），不能担任宿舍心理信息员`,
      ),
    };
  }
  if (activeInDorm.length >= MAX_OFFICERS_PER_DORM) {
    return {
      code: 'CONFLICT',
      message: tx(
        `dorm ${dormCode} already has an information officer (${activeInDorm.join(', ')}); dismiss them first`,
        `宿舍 ${dormCode} 已有宿舍心理信息员（${activeInDorm.join('、')}），请先将其免去`,
      ),
    };
  }
  return null;
}

export interface PostsToEnd {
  committee: EndReason | null;
  officer: EndReason | null;
}

/**
 * Which of a student's posts end when their record changes (SPEC.md §3):
 * leaving the class or not being ENROLLED ends a committee post; leaving the dorm or not being
 * ENROLLED ends an officer post. A dorm move does not end a committee post.
 */
export function postsEndedByChange(before: StudentPlacement, after: StudentPlacement): PostsToEnd {
  // Every non-enrolled status is also an end reason (SUSPENDED, GRADUATED, ...).
  const notEnrolled: EndReason | null = after.status !== 'ENROLLED' ? (after.status as EndReason) : null;
  return {
    committee: notEnrolled ?? (before.classCode !== after.classCode ? 'CLASS_CHANGED' : null),
    officer: notEnrolled ?? (before.dormCode !== after.dormCode ? 'DORM_CHANGED' : null),
  };
}

export interface WorkingGroupEntry {
  position: Position;
  levels: readonly NetworkLevel[];
}

/** Required positions missing for a level (SPEC.md §4: secretary, dean, deputy and ≥1 counselor serving L). */
export function missingPositions(members: readonly WorkingGroupEntry[], level: NetworkLevel): Position[] {
  return REQUIRED_POSITIONS.filter((p) => !members.some((m) => m.position === p && m.levels.includes(level)));
}

/** The dorm head is the default suggestion for officer, else any enrolled resident (notice §一(三)). */
export function suggestOfficer<T extends { status: StudentStatus; isDormHead: boolean }>(residents: readonly T[]): T | null {
  const enrolled = residents.filter((r) => r.status === 'ENROLLED');
  return enrolled.find((r) => r.isDormHead) ?? enrolled[0] ?? null;
}
