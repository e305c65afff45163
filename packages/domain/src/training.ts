// The "basic skills +" training programme (notice §三.2): required basic-skills modules per semester
// plus 2–3 sessions each college designs itself. Definitions here; counting is SQL (metrics).
import type { NetworkLevel, SessionStatus, TrainingAudience } from './enums.js';
import { Text } from './i18n.js';
import { parseSemester } from './periods.js';

/** The Center's default basic-skills modules, in the notice's order. */
export const DEFAULT_TRAINING_MODULES = [
  { code: 'COURSEWARE', name: new Text('Student mental-health peer training courseware', '学生心理骨干培训') },
  { code: 'LECTURE', name: new Text('University mental-health lecture series', '大学生心理健康大讲堂') },
  { code: 'READER', name: new Text('Mental-health literacy reader', '《大学生心理健康素养读本》') },
] as const;
export const DEFAULT_MODULE_CODES: readonly string[] = DEFAULT_TRAINING_MODULES.map((m) => m.code);
export const DEFAULT_MIN_SELF_DESIGNED_ATTENDANCE = 1;

/** Each college designs 2–3 sessions a semester (notice §三.2). */
export const SELF_DESIGNED_TARGET = { min: 2, max: 3 } as const;

/** Module codes: upper-case letters, digits, `_` or `-`, 1–32 characters (a course platform's ids). */
export const MODULE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
/** Session codes: letters, digits, `_` or `-`, 1–32 characters, unique within a semester. */
export const SESSION_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const MAX_PROGRAMME_MODULES = 20;
export const MAX_MIN_SELF_DESIGNED_ATTENDANCE = 10;

/** Module codes are compared upper-case; a platform's `courseware` is COURSEWARE. */
export const normalizeModuleCode = (code: string): string => code.trim().toUpperCase();

export interface ProgrammeInput {
  moduleCodes: readonly string[];
  minSelfDesignedAttendance: number;
}

/** Problems with a programme, as texts (empty when valid). */
export function programmeProblems(input: ProgrammeInput): Text[] {
  const out: Text[] = [];
  const codes = input.moduleCodes.map(normalizeModuleCode);
  if (codes.length === 0) out.push(new Text('a programme needs at least one basic-skills module', '培训方案至少需要一个基础模块'));
  if (codes.length > MAX_PROGRAMME_MODULES)
    out.push(new Text(`at most ${MAX_PROGRAMME_MODULES} modules`, `基础模块最多 ${MAX_PROGRAMME_MODULES} 个`));
  for (const c of codes)
    if (!MODULE_CODE.test(c))
      out.push(new Text(`module code "${c}" must be 1–32 letters, digits, _ or -`, `模块代码"${c}"须为 1–32 位字母、数字、_ 或 -`));
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) out.push(new Text(`module ${dup} is listed twice`, `模块 ${dup} 重复`));
  const n = input.minSelfDesignedAttendance;
  if (!Number.isInteger(n) || n < 0 || n > MAX_MIN_SELF_DESIGNED_ATTENDANCE)
    out.push(
      new Text(
        `minSelfDesignedAttendance must be a whole number from 0 to ${MAX_MIN_SELF_DESIGNED_ATTENDANCE}`,
        `自主培训最少参加次数须为 0–${MAX_MIN_SELF_DESIGNED_ATTENDANCE} 的整数`,
      ),
    );
  return out;
}

/** A semester's bounds as stored (code, name, dates). */
export interface SemesterDates {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

/** The default name and dates of a semester code (2024-2025-1 → 2024–2025学年第一学期), or null for a malformed code. */
export function defaultSemester(code: string): SemesterDates | null {
  const range = parseSemester(code);
  if (!range) return null;
  const [y1, y2, n] = code.trim().split('-');
  return { code: code.trim(), name: `${y1}–${y2}学年第${n === '1' ? '一' : '二'}学期`, startsOn: range.from, endsOn: range.to };
}

/** The semester a date falls in by the default calendar (a date in the summer break belongs to the coming autumn). */
export function defaultSemesterOf(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (m >= 8) return `${y}-${y + 1}-1`;
  if (m === 1 || (m === 2 && Number(date.slice(8, 10)) < 15)) return `${y - 1}-${y}-1`;
  return `${y - 1}-${y}-2`;
}

export interface SessionInput {
  code: string;
  title: string;
  levels: readonly NetworkLevel[];
  audiences: readonly TrainingAudience[];
  status: SessionStatus;
  plannedOn?: string | null;
  heldOn?: string | null;
}

/** Problems with a session as entered (empty when valid); `today` bounds the held date. */
export function sessionProblems(s: SessionInput, today: string): Text[] {
  const out: Text[] = [];
  if (!SESSION_CODE.test(s.code.trim()))
    out.push(new Text('session code must be 1–32 letters, digits, _ or -', '培训代码须为 1–32 位字母、数字、_ 或 -'));
  if (s.title.trim() === '') out.push(new Text('title is required', '培训主题不能为空'));
  if (s.title.trim().length > 200) out.push(new Text('title is longer than 200 characters', '培训主题超过 200 字'));
  if (s.levels.length === 0) out.push(new Text('choose at least one level', '请至少选择一个培养层次'));
  if (s.audiences.length === 0) out.push(new Text('choose at least one audience', '请至少选择一类培训对象'));
  if (s.status === 'HELD' && !s.heldOn) out.push(new Text('a held session needs the date it was held', '已举办的培训须填写举办日期'));
  if (s.status === 'PLANNED' && s.heldOn) out.push(new Text('a planned session has no held date yet', '计划中的培训不能有举办日期'));
  if (s.heldOn && s.heldOn > today)
    out.push(new Text(`the held date cannot be after today (${today})`, `举办日期不能晚于今天（${today}）`));
  return out;
}

/** Trainees are committee members and dorm officers; the working group's own study does not count for them. */
export const isForTrainees = (audiences: readonly TrainingAudience[]): boolean =>
  audiences.some((a) => a === 'COMMITTEE_MEMBERS' || a === 'DORM_OFFICERS');

/** Where a college stands against the 2–3 session target. */
export function sessionTargetState(held: number): 'BELOW' | 'MET' | 'ABOVE' {
  if (held < SELF_DESIGNED_TARGET.min) return 'BELOW';
  return held > SELF_DESIGNED_TARGET.max ? 'ABOVE' : 'MET';
}
