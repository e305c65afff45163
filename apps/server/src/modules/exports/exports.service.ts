import type { EntityManager } from '@mikro-orm/knex';
import {
  isNone,
  type Locale,
  NETWORK_LEVELS,
  rosterReadScope,
  SUBMISSION_STATES,
  type SubmissionState,
  STUDENT_STATUSES,
  type StudentStatus,
  type Text,
  tx,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { localDateTime, today } from '../../common/dates.js';
import { AppError, badInput } from '../../common/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RosterService } from '../network/roster.service.js';
import type { SubmissionService } from '../submissions/submissions.service.js';
import { collegeAccess, collegeByCode, type OrgService, type StudentQuery } from '../org/org.service.js';
import { FACILITY_LABEL, GENDER_LABEL, LEVEL_FILE, LEVEL_LABEL, LIST_SEPARATOR, POSITION_LABEL, STATUS_LABEL, yesNo } from './export-labels.js';
import type { Cell, TableFormat } from './table-writer.js';

/** The lists that can be exported (GET /exports/<kind>.<format>, docs/api.md). */
export const EXPORT_KINDS = ['students', 'roster', 'roster-gaps', 'submissions'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A file ready to be streamed: the caller has been checked and the export audited. */
export interface ExportFile {
  /** The file name in the file's language, and an ASCII one for clients that cannot read the other. */
  filename: string;
  asciiFilename: string;
  /** Data rows at the start of the export (students changed while it runs are written as read). */
  rowCount: number;
  sheetName: string;
  header: string[];
  batches: () => AsyncIterable<Cell[][]>;
}

/** Query parameters as Express gives them: a repeated parameter is an array, and is refused. */
export type ExportParams = Record<string, unknown>;

const column = (en: string, zh: string) => tx(en, zh);

const STUDENT_COLUMNS: Text[] = [
  column('student_no', '学号'),
  column('name', '姓名'),
  column('gender', '性别'),
  column('college_code', '学院代码'),
  column('level', '培养层次'),
  column('class_code', '班级代码'),
  column('class_name', '班级名称'),
  column('dorm_code', '宿舍代码'),
  column('status', '学籍状态'),
  column('is_dorm_head', '是否宿舍长'),
];

const ROSTER_COLUMNS: Text[] = [
  column('section', '类别'),
  column('unit_code', '单位代码'),
  column('unit_name', '单位名称'),
  column('enrolled', '在读人数'),
  column('status', '状态'),
  column('post', '职务'),
  column('person_no', '学号/工号'),
  column('person_name', '姓名'),
  column('appointed_on', '任职日期'),
  column('note', '备注'),
];

const GAP_COLUMNS: Text[] = [
  column('gap', '缺口类别'),
  column('code', '代码'),
  column('name', '名称'),
  column('detail', '说明'),
  column('suggestion', '建议人选'),
];

const SUBMISSION_COLUMNS: Text[] = [
  column('college_code', '学院代码'),
  column('college_name', '学院名称'),
  column('kind', '报送材料'),
  column('level', '培养层次'),
  column('state', '状态'),
  column('version', '版本'),
  column('due_on', '截止日期'),
  column('late', '是否逾期'),
  column('submitted_at', '提交时间'),
  column('paper_received_on', '纸质版收到日期'),
  column('return_reason', '退回原因'),
];

const SUBMISSION_KIND_LABEL = {
  NETWORK_ROSTER: tx('NETWORK_ROSTER', '心理健康工作网络名单（附件1）'),
  TRAINING_PLAN: tx('TRAINING_PLAN', '培训计划（附件3）'),
};
const SUBMISSION_STATE_LABEL: Record<SubmissionState, Text> = {
  NOT_STARTED: tx('NOT_STARTED', '未提交'),
  SUBMITTED: tx('SUBMITTED', '已提交电子版'),
  PAPER_RECEIVED: tx('PAPER_RECEIVED', '已收纸质版'),
  ACCEPTED: tx('ACCEPTED', '已通过'),
  RETURNED: tx('RETURNED', '已退回'),
};

const SECTION = {
  workingGroup: tx('working group', '学院学生心理健康工作组'),
  workstation: tx('workstation', '学生心理健康教育工作站'),
  classes: tx('class committee members', '班级心理委员'),
  dorms: tx('dorm officers', '宿舍心理信息员'),
};
const GAP = {
  classes: tx('class without a committee member', '缺心理委员的班级'),
  dorms: tx('dorm without an officer', '缺信息员的宿舍'),
  positions: tx('working-group position not filled', '工作组缺少的职务'),
  workstation: tx('workstation', '工作站'),
};
const STATE = {
  covered: tx('covered', '已覆盖'),
  classGap: tx('no committee member', '缺心理委员'),
  dormGap: tx('no officer', '缺信息员'),
  classInactive: tx('no enrolled students', '无在读学生'),
  dormInactive: tx('no enrolled residents', '无在读住宿学生'),
  serves: tx('serves this level', '服务本层次'),
  servesNot: tx('does not serve this level', '不服务本层次'),
  set: tx('set up', '已设立'),
  missing: tx('not set up', '未设立'),
};
const POST = {
  committee: tx('committee member', '心理委员'),
  officer: tx('dorm officer', '宿舍信息员'),
};

function one(params: ExportParams, name: string): string | null {
  const v = params[name];
  if (v === undefined || v === '') return null;
  if (typeof v !== 'string') throw badInput(tx(`give ${name} at most once`, `参数 ${name} 只能出现一次`), { field: name });
  return v.trim() || null;
}

function oneOf<T extends string>(params: ExportParams, name: string, allowed: readonly T[]): T | null {
  const v = one(params, name);
  if (v === null) return null;
  if (!(allowed as readonly string[]).includes(v)) {
    throw badInput(tx(`${name} must be one of ${allowed.join(', ')}, got "${v}"`, `${name} 应为 ${allowed.join('、')} 之一，实际为“${v}”`), { field: name });
  }
  return v as T;
}

const fileSafe = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '_');
const ascii = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

/**
 * Server-side exports of whole lists, as CSV or XLSX (SPEC.md §6 scope, like the lists themselves).
 * Each export is audited before the first row leaves the server; rows are read in batches.
 */
export class ExportService {
  constructor(
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly rosters: RosterService,
    private readonly submissionService: SubmissionService,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Checks the request and audits it; the returned file is then written by the caller. */
  async prepare(em: EntityManager, actor: Actor, kind: ExportKind, format: TableFormat, locale: Locale, params: ExportParams): Promise<ExportFile> {
    // Submissions have their own read policy (the office, the Center, a college's leaders, METRICS_READ).
    if (kind === 'submissions') return this.submissions(em, actor, format, locale, params);
    if (isNone(rosterReadScope(actor))) {
      throw new AppError('FORBIDDEN', tx('your roles do not allow exporting rosters', '您的角色无权导出名册'));
    }
    return kind === 'students' ? this.students(em, actor, format, locale, params) : this.roster(em, actor, kind, format, locale, params);
  }

  private name(locale: Locale, zhParts: string[], enParts: string[], format: TableFormat) {
    const date = today(this.timeZone, this.now());
    const en = `${[...enParts, date].map(ascii).join('-')}.${format}`;
    return { filename: locale === 'en' ? en : `${[...zhParts, date].map(fileSafe).join('-')}.${format}`, asciiFilename: en };
  }

  private async students(em: EntityManager, actor: Actor, format: TableFormat, locale: Locale, params: ExportParams): Promise<ExportFile> {
    const q: StudentQuery = {
      collegeCode: one(params, 'collegeCode'),
      level: oneOf(params, 'level', NETWORK_LEVELS),
      classCode: one(params, 'classCode'),
      classSearch: one(params, 'classSearch'),
      dormCode: one(params, 'dormCode'),
      status: oneOf<StudentStatus>(params, 'status', STUDENT_STATUSES),
      search: one(params, 'search'),
    };
    const rowCount = await this.org.countStudents(em, actor, q);
    // Recorded before any row is sent: if the audit write fails, nothing is exported.
    await this.audit.recordNow(em, actor, {
      action: 'roster.students.export',
      recordType: 'student',
      detail: { filter: Object.fromEntries(Object.entries(q).filter(([, v]) => v !== null)), format, rows: rowCount },
    });
    const scopeWords = (level: Text | null) => [q.collegeCode ?? '', level ? level.in(locale) : ''].filter(Boolean);
    const levelWord = q.level ? LEVEL_FILE[q.level] : null;
    const org = this.org;
    return {
      ...this.name(locale, ['学生名单', ...scopeWords(levelWord)], ['students', q.collegeCode ?? '', levelWord?.en ?? ''].filter(Boolean), format),
      rowCount,
      sheetName: tx('Students', '学生名单').in(locale),
      header: STUDENT_COLUMNS.map((c) => c.in(locale)),
      batches: async function* () {
        for await (const batch of org.studentBatches(em, actor, q)) yield batch.map((s) => studentRow(s, locale));
      },
    };
  }

  /** A semester's submissions (the office's matrix), one row per college and requirement, as filtered. */
  private async submissions(em: EntityManager, actor: Actor, format: TableFormat, locale: Locale, params: ExportParams): Promise<ExportFile> {
    const semester = one(params, 'semester');
    if (!semester) throw badInput(tx('semester is required, e.g. 2026-2027-1', '缺少参数 semester，例如 2026-2027-1'), { field: 'semester' });
    const level = oneOf(params, 'level', NETWORK_LEVELS);
    const state = oneOf<SubmissionState>(params, 'state', SUBMISSION_STATES);
    const collegeCode = one(params, 'collegeCode');
    const all = await this.submissionService.list(em, actor, semester, collegeCode, level);
    const subs = all.filter((x) => !state || x.state === state).sort((a, b) => a.collegeCode.localeCompare(b.collegeCode) || a.kind.localeCompare(b.kind) || (a.level ?? '').localeCompare(b.level ?? ''));
    const l = (t: Text) => t.in(locale);
    const rows: Cell[][] = subs.map((x) => [
      x.collegeCode,
      x.collegeName,
      l(SUBMISSION_KIND_LABEL[x.kind]),
      x.level ? l(LEVEL_LABEL[x.level]) : '',
      l(SUBMISSION_STATE_LABEL[x.state]),
      x.version,
      x.dueOn,
      yesNo(x.late, locale),
      x.submittedAt ? localDateTime(this.timeZone, x.submittedAt) : '',
      x.paperReceivedOn ?? '',
      x.returnReason ?? '',
    ]);
    await this.audit.recordNow(em, actor, {
      action: 'submission.matrix.export',
      recordType: 'semester',
      recordId: semester,
      detail: { filter: { level, state, collegeCode }, format, rows: rows.length },
    });
    const parts = [semester, level ? LEVEL_FILE[level] : null, state ? SUBMISSION_STATE_LABEL[state] : null];
    return {
      ...this.name(
        locale,
        ['报送情况', ...parts.map((p) => (p === null ? '' : typeof p === 'string' ? p : p.zh)).filter(Boolean)],
        ['submissions', ...parts.map((p) => (p === null ? '' : typeof p === 'string' ? p : p.en)).filter(Boolean)],
        format,
      ),
      rowCount: rows.length,
      sheetName: tx('Submissions', '报送情况').in(locale),
      header: SUBMISSION_COLUMNS.map((c) => c.in(locale)),
      batches: async function* () {
        yield rows;
      },
    };
  }

  private async roster(em: EntityManager, actor: Actor, kind: 'roster' | 'roster-gaps', format: TableFormat, locale: Locale, params: ExportParams): Promise<ExportFile> {
    const collegeCode = one(params, 'collegeCode');
    if (!collegeCode) throw badInput(tx('collegeCode is required', '缺少参数 collegeCode'), { field: 'collegeCode' });
    const level = oneOf(params, 'level', NETWORK_LEVELS);
    if (!level) throw badInput(tx(`level is required: one of ${NETWORK_LEVELS.join(', ')}`, `缺少参数 level：${NETWORK_LEVELS.join('、')} 之一`), { field: 'level' });
    // The roster as the actor may see it: the same service, and so the same scope, as the roster query.
    const roster = await this.rosters.roster(em, actor, collegeCode, level);
    // The working group and workstation are shown to those who see the whole college only.
    const whole = collegeAccess(actor, await collegeByCode(em, collegeCode)).full;
    const rows = kind === 'roster' ? rosterRows(roster, locale, whole) : gapRows(roster, locale, whole);
    await this.audit.recordNow(em, actor, {
      action: kind === 'roster' ? 'roster.export' : 'roster.gaps.export',
      recordType: 'college',
      recordId: roster.college.code,
      detail: { level, format, rows: rows.length },
    });
    const zhTitle = kind === 'roster' ? '网络名册' : '缺口清单';
    const enTitle = kind === 'roster' ? 'roster' : 'roster-gaps';
    return {
      ...this.name(locale, [zhTitle, roster.college.code, LEVEL_FILE[level].zh], [enTitle, roster.college.code, LEVEL_FILE[level].en], format),
      rowCount: rows.length,
      sheetName: (kind === 'roster' ? tx('Roster', '网络名册') : tx('Gaps', '缺口清单')).in(locale),
      header: (kind === 'roster' ? ROSTER_COLUMNS : GAP_COLUMNS).map((c) => c.in(locale)),
      // A college's roster is hundreds of rows at most: one batch.
      batches: async function* () {
        yield rows;
      },
    };
  }
}

/** One student as a row; cells a names-only caller may not see stay empty. */
export function studentRow(s: S.Student, locale: Locale): Cell[] {
  return [
    s.studentNo,
    s.name,
    s.gender ? GENDER_LABEL[s.gender].in(locale) : '',
    s.collegeCode,
    LEVEL_LABEL[s.level].in(locale),
    s.classCode,
    s.className,
    s.dormCode ?? '',
    s.status ? STATUS_LABEL[s.status].in(locale) : '',
    s.isDormHead === null ? '' : yesNo(s.isDormHead, locale),
  ];
}

const nameNo = (name: string, no: string, locale: Locale) => (locale === 'en' ? `${name} (${no})` : `${name}（${no}）`);

/** The roster as one table: working group, workstation, then one row per class post and per dorm. */
export function rosterRows(r: S.CollegeRoster, locale: Locale, whole: boolean): Cell[][] {
  const l = (t: Text) => t.in(locale);
  const rows: Cell[][] = [];
  const college = r.college;
  for (const m of r.workingGroup) {
    rows.push([
      l(SECTION.workingGroup),
      college.code,
      college.name,
      null,
      l(m.levels.includes(r.level) ? STATE.serves : STATE.servesNot),
      l(POSITION_LABEL[m.position]),
      m.staff.staffNo,
      m.staff.name,
      null,
      m.levels.map((x) => l(LEVEL_LABEL[x])).join(LIST_SEPARATOR),
    ]);
  }
  if (whole) {
    const ws = r.workstation;
    rows.push([
      l(SECTION.workstation),
      college.code,
      ws?.room ?? '',
      null,
      l(r.hasWorkstation ? STATE.set : STATE.missing),
      null,
      null,
      null,
      null,
      ws ? ws.facilities.map((f) => l(FACILITY_LABEL[f])).join(LIST_SEPARATOR) : '',
    ]);
  }
  for (const c of r.classes) {
    const state = !c.active ? STATE.classInactive : c.covered ? STATE.covered : STATE.classGap;
    const counselor = c.classGroup.counselor
      ? `${l(tx('counselor: ', '辅导员：'))}${nameNo(c.classGroup.counselor.name, c.classGroup.counselor.staffNo, locale)}`
      : '';
    const unit = [l(SECTION.classes), c.classGroup.code, c.classGroup.name, c.enrolledCount, l(state)];
    if (c.committeeMembers.length === 0) rows.push([...unit, null, null, null, null, counselor]);
    for (const m of c.committeeMembers) rows.push([...unit, l(POST.committee), m.student.studentNo, m.student.name, m.startedOn, counselor]);
  }
  for (const d of r.dormitories) {
    const state = !d.active ? STATE.dormInactive : d.covered ? STATE.covered : STATE.dormGap;
    const o = d.officer;
    const suggestion = !o && d.suggestedOfficer ? `${l(tx('suggested: ', '建议人选：'))}${nameNo(d.suggestedOfficer.name, d.suggestedOfficer.studentNo, locale)}` : '';
    rows.push([
      l(SECTION.dorms),
      d.dormitory.code,
      `${d.dormitory.building} ${d.dormitory.room}`,
      d.enrolledResidents,
      l(state),
      o ? l(POST.officer) : null,
      o?.student.studentNo ?? null,
      o?.student.name ?? null,
      o?.startedOn ?? null,
      suggestion,
    ]);
  }
  return rows;
}

/**
 * The gap list as a table: the same gaps as the dashboard's 缺口清单 (docs/metrics.md, Gap list):
 * active classes without a committee member, active dorms without an officer, working-group
 * positions nobody serves at this level and the workstation (the last two with whole-college access;
 * the roster leaves them empty otherwise).
 */
export function gapRows(r: S.CollegeRoster, locale: Locale, whole: boolean): Cell[][] {
  const l = (t: Text) => t.in(locale);
  const level = l(LEVEL_FILE[r.level]);
  const rows: Cell[][] = [];
  for (const c of r.classes.filter((x) => x.active && !x.covered)) {
    rows.push([l(GAP.classes), c.classGroup.code, c.classGroup.name, l(tx(`${c.enrolledCount} enrolled`, `在读 ${c.enrolledCount} 人`)), '']);
  }
  for (const d of r.dormitories.filter((x) => x.active && !x.covered)) {
    rows.push([
      l(GAP.dorms),
      d.dormitory.code,
      `${d.dormitory.building} ${d.dormitory.room}`,
      l(tx(`${d.enrolledResidents} enrolled residents`, `在读住宿 ${d.enrolledResidents} 人`)),
      d.suggestedOfficer ? nameNo(d.suggestedOfficer.name, d.suggestedOfficer.studentNo, locale) : '',
    ]);
  }
  for (const p of r.missingPositions) {
    const elsewhere = r.workingGroup.filter((m) => m.position === p && !m.levels.includes(r.level)).map((m) => m.staff.name);
    rows.push([
      l(GAP.positions),
      p,
      l(POSITION_LABEL[p]),
      elsewhere.length ? l(tx(`${elsewhere.join(', ')} hold it but do not serve ${level} students`, `${elsewhere.join('、')} 担任该职务，但不服务于${level}`)) : '',
      '',
    ]);
  }
  if (whole && !r.hasWorkstation) {
    rows.push([l(GAP.workstation), r.college.code, r.college.name, l(tx('no workstation (or no room given)', '未设立工作站（或未填写地点）')), '']);
  } else if (whole && r.workstation && r.workstation.missingFacilities.length > 0) {
    const missing = r.workstation.missingFacilities.map((f) => l(FACILITY_LABEL[f])).join(locale === 'en' ? ', ' : '、');
    rows.push([l(GAP.workstation), r.college.code, r.workstation.room ?? '', l(tx(`missing: ${missing}`, `缺少：${missing}`)), '']);
  }
  return rows;
}
