import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  canReviewSubmissions,
  canSetDeadlines,
  daysUntil,
  defaultDueOn,
  inScope,
  isNone,
  isOwedState,
  type NetworkLevel,
  NETWORK_LEVELS,
  parseDate,
  planProblem,
  REQUIRED_POSITIONS,
  rolesOf,
  type SubmissionAction,
  type SubmissionKind,
  submissionReadScope,
  submissionTransition,
  submitScope,
  type Text,
  tx,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import { describeActor, SYSTEM } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SemesterService } from '../calendar/semester.service.js';
import { coverageByCollegeSql, scopeFilter } from '../metrics/coverage.sql.js';
import type { SqlRow } from '../metrics/coverage.service.js';
import type { RosterService } from '../network/roster.service.js';
import { CollegeEntity } from '../org/org.entities.js';
import { planData } from '../training/training-plan.js';
import type { TrainingService } from '../training/training.service.js';
import { digestOf, planContent, rosterContent, type SnapshotContent, snapshotFilename, snapshotXlsx } from './submission-documents.js';
import { SubmissionDeadlineEntity, SubmissionEntity, SubmissionEventEntity, SubmissionSnapshotEntity } from './submission.entities.js';

/** A submission's stable id: college, semester, kind and level ('-' for the plan). */
const idOf = (collegeCode: string, semester: string, kind: SubmissionKind, level: NetworkLevel | null) => `${collegeCode}:${semester}:${kind}:${level ?? '-'}`;

function parseId(id: string): { collegeCode: string; semester: string; kind: SubmissionKind; level: NetworkLevel | null } {
  const [collegeCode, semester, kind, level] = id.split(':');
  if (!collegeCode || !semester || (kind !== 'NETWORK_ROSTER' && kind !== 'TRAINING_PLAN') || !level) throw notFound(tx(`no submission ${id}`, `未找到报送 ${id}`));
  if (level !== '-' && !(NETWORK_LEVELS as readonly string[]).includes(level)) throw notFound(tx(`no submission ${id}`, `未找到报送 ${id}`));
  return { collegeCode, semester, kind, level: level === '-' ? null : (level as NetworkLevel) };
}

/** Rows the report has: a roster per college and level with an active class or dorm, a plan per college with any row. */
interface Owed {
  college: { id: number; code: string; name: string };
  kind: SubmissionKind;
  level: NetworkLevel | null;
}

/** Submissions of 附件1 and 附件3 (SPEC §7): deadlines, snapshots, states, and a college's checklist. */
export class SubmissionService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    private readonly semesters: SemesterService,
    private readonly roster: RosterService,
    private readonly training: TrainingService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return today(this.timeZone, this.now());
  }

  private who(actor: Actor): string {
    return describeActor(actor, rolesOf(actor)).name.slice(0, 100);
  }

  async dueOn(em: EntityManager, semester: string, kind: SubmissionKind): Promise<string> {
    const d = await em.findOne(SubmissionDeadlineEntity, { semester, kind });
    return d?.dueOn ?? defaultDueOn(semester)!;
  }

  /** The (college, kind, level) rows owed in a semester, within a college filter. */
  private async owed(em: EntityManager, collegeIds: number[] | 'all'): Promise<Owed[]> {
    const f = scopeFilter(collegeIds === 'all' ? { all: true } : { all: false, collegeIds, classIds: [], dormIds: [] });
    const out: Owed[] = [];
    const withRow = new Map<number, Owed['college']>();
    for (const level of NETWORK_LEVELS) {
      const rows = await em.getConnection().execute<SqlRow[]>(coverageByCollegeSql(level, f), [], 'all');
      for (const r of rows) {
        const college = { id: Number(r.college_id), code: String(r.college_code), name: String(r.college_name) };
        withRow.set(college.id, college);
        out.push({ college, kind: 'NETWORK_ROSTER', level });
      }
    }
    for (const college of withRow.values()) out.push({ college, kind: 'TRAINING_PLAN', level: null });
    return out.sort((a, b) => a.college.code.localeCompare(b.college.code) || a.kind.localeCompare(b.kind) || String(a.level).localeCompare(String(b.level)));
  }

  private view(o: Owed, semester: string, dueOn: string, e: SubmissionEntity | undefined): S.Submission {
    return {
      id: idOf(o.college.code, semester, o.kind, o.level),
      collegeCode: o.college.code,
      collegeName: o.college.name,
      kind: o.kind,
      level: o.level,
      semester,
      state: e?.state ?? 'NOT_STARTED',
      version: e?.version ?? 0,
      revision: e?.revision ?? 0,
      dueOn,
      daysLeft: isOwedState(e?.state ?? 'NOT_STARTED') ? daysUntil(dueOn, this.today()) : null,
      submittedAt: e?.submittedAt ?? null,
      late: e?.late ?? false,
      paperReceivedOn: e?.paperReceivedOn ?? null,
      returnReason: e?.returnReason ?? null,
      digest: e?.digest ?? null,
      // Filled on demand by the resolver (it costs a roster read per row).
      changedSinceSubmission: false,
      history: [],
    };
  }

  /** Submissions of a semester in the caller's scope (METRICS_READ tokens: states and dates). */
  async list(em: EntityManager, actor: Actor, semesterRaw: string, collegeCode?: string | null, level?: NetworkLevel | null): Promise<S.Submission[]> {
    const semester = this.semesters.code(semesterRaw);
    const scope = submissionReadScope(actor);
    if (isNone(scope)) throw new AppError('FORBIDDEN', tx('you may not read submissions', '您无权查看报送情况'));
    let ids: number[] | 'all' = scope.all ? 'all' : scope.collegeIds;
    if (collegeCode) {
      const c = await em.findOne(CollegeEntity, { code: collegeCode.trim() });
      if (!c || (ids !== 'all' && !ids.includes(c.id))) return [];
      ids = [c.id];
    }
    const owed = (await this.owed(em, ids)).filter((o) => !level || o.level === level || (o.kind === 'TRAINING_PLAN' && !level));
    const stored = await em.find(SubmissionEntity, { semester, ...(ids === 'all' ? {} : { college: { $in: ids } }) }, { populate: ['college'] });
    const byKey = new Map(stored.map((e) => [idOf(e.college.code, semester, e.kind, e.level), e]));
    // A college that has submitted keeps its row even if its network has since emptied.
    const rows = [...owed];
    for (const e of stored) {
      if (!rows.some((o) => idOf(o.college.code, semester, o.kind, o.level) === idOf(e.college.code, semester, e.kind, e.level)) && (!level || e.level === level)) {
        rows.push({ college: { id: e.college.id, code: e.college.code, name: e.college.name }, kind: e.kind, level: e.level });
      }
    }
    const due = { NETWORK_ROSTER: await this.dueOn(em, semester, 'NETWORK_ROSTER'), TRAINING_PLAN: await this.dueOn(em, semester, 'TRAINING_PLAN') };
    return rows.map((o) => this.view(o, semester, due[o.kind], byKey.get(idOf(o.college.code, semester, o.kind, o.level))));
  }

  async setDeadline(em: EntityManager, actor: Actor, semesterRaw: string, kind: SubmissionKind, dueOnRaw: string): Promise<S.Submission[]> {
    if (!canSetDeadlines(actor)) throw new AppError('FORBIDDEN', tx('only the school administration sets deadlines', '只有学生工作处可以设置截止日期'));
    const semester = this.semesters.code(semesterRaw);
    const d = parseDate(dueOnRaw);
    if (!d.ok) throw badInput(d.error, { field: 'dueOn' });
    await em.transactional(async (t) => {
      const e = (await t.findOne(SubmissionDeadlineEntity, { semester, kind })) ?? t.create(SubmissionDeadlineEntity, { semester, kind, dueOn: d.value });
      const before = e.dueOn === d.value && !e.id ? null : e.dueOn;
      e.dueOn = d.value;
      this.audit.record(t, actor, { action: 'submission.deadline.set', recordType: 'semester', recordId: semester, detail: { kind, before, dueOn: d.value } });
      await t.flush();
    });
    return (await this.list(em, actor, semester)).filter((s) => s.kind === kind);
  }

  /** The live content of a roster or plan, as a submission would freeze it. */
  private async content(em: EntityManager, college: CollegeEntity, semester: string, kind: SubmissionKind, level: NetworkLevel | null): Promise<SnapshotContent> {
    if (kind === 'NETWORK_ROSTER') return rosterContent(await this.roster.roster(em, SYSTEM, college.code, level!));
    const sem = await this.semesters.get(em, semester);
    const data = planData(college, sem, await this.training.programme(em, semester), await this.training.sessionsOf(em, { semester, college: college.id }), this.today());
    return planContent(data);
  }

  /** Blocking problems (refuse) and warnings (confirm in the dashboard) of submitting now. */
  async check(em: EntityManager, actor: Actor, input: Omit<S.SubmitInput, 'revision'>): Promise<{ blocking: Text[]; warnings: Text[]; college: CollegeEntity; level: NetworkLevel | null; semester: string; content: SnapshotContent }> {
    const semester = this.semesters.code(input.semester);
    const college = await em.findOne(CollegeEntity, { code: input.collegeCode.trim() });
    if (!college) throw notFound(tx(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
    if (!inScope(submitScope(actor), { collegeId: college.id })) {
      throw new AppError('FORBIDDEN', tx("only the college's leaders and the school administration submit for it", '只有本学院领导和学生工作处可以为该学院报送'));
    }
    const level = input.kind === 'NETWORK_ROSTER' ? (input.level ?? null) : null;
    if (input.kind === 'NETWORK_ROSTER' && !level) throw badInput(tx('a roster is submitted per level: give the level', '名单按培养层次报送：请选择培养层次'), { field: 'level' });
    if (input.kind === 'TRAINING_PLAN' && input.level) throw badInput(tx('a training plan has no level', '培训计划不分培养层次'), { field: 'level' });
    const content = await this.content(em, college, semester, input.kind, level);
    const blocking: Text[] = [];
    const warnings: Text[] = [];
    if (content.kind === 'NETWORK_ROSTER') {
      const have = new Set(content.workingGroup.map((m) => m.position));
      const missing = REQUIRED_POSITIONS.filter((p) => !have.has(p));
      if (missing.length > 0) blocking.push(tx(`the working group is incomplete at this level: ${missing.join(', ')} missing`, `该层次工作组不完整：缺少 ${missing.join('、')}`));
      const noMember = content.classes.filter((c) => c.members.length === 0).length;
      if (noMember > 0) warnings.push(tx(`${noMember} classes have no committee member`, `${noMember} 个班级没有心理委员`));
      const noOfficer = content.dormitories.filter((d) => !d.officer).length;
      if (noOfficer > 0) warnings.push(tx(`${noOfficer} dorms have no officer`, `${noOfficer} 间宿舍没有信息员`));
    } else {
      const sessions = content.sessions.filter((s) => s.audiences.some((a) => a !== 'WORKING_GROUP')).length;
      const p = planProblem(sessions);
      if (p) blocking.push(p);
      const held = content.sessions.filter((s) => s.heldOn).length;
      if (!p && held < sessions) warnings.push(tx(`${sessions - held} sessions are still planned, not held`, `${sessions - held} 场培训尚未举办`));
    }
    return { blocking, warnings, college, level, semester, content };
  }

  async checkView(em: EntityManager, actor: Actor, input: Omit<S.SubmitInput, 'revision'>): Promise<S.SubmissionCheck> {
    const c = await this.check(em, actor, input);
    const l = currentLocale();
    return { blocking: c.blocking.map((x) => x.in(l)), warnings: c.warnings.map((x) => x.in(l)) };
  }

  async submit(em: EntityManager, actor: Actor, input: S.SubmitInput): Promise<S.Submission> {
    const c = await this.check(em, actor, input);
    if (c.blocking.length > 0) {
      throw badInput(tx(c.blocking.map((b) => b.en).join('; '), c.blocking.map((b) => b.zh).join('；')));
    }
    const now = this.now();
    const todayIs = this.today();
    const dueOn = await this.dueOn(em, c.semester, input.kind);
    const scope = c.level ?? '-';
    await em.transactional(async (t) => {
      const e =
        (await t.findOne(SubmissionEntity, { college: c.college, semester: c.semester, kind: input.kind, scope })) ??
        t.create(SubmissionEntity, { college: c.college, semester: c.semester, kind: input.kind, scope, level: c.level, state: 'NOT_STARTED', version: 0 });
      if (input.revision != null && e.id && input.revision !== e.revision) throw conflict(tx('someone else changed this submission; reload and try again', '该报送已被他人修改，请刷新后重试'));
      const step = submissionTransition(e.state, 'SUBMIT');
      if ('problem' in step) throw badInput(step.problem);
      const from = e.state;
      e.version += 1;
      e.state = step.to;
      e.submittedAt = now;
      if (!e.firstSubmittedAt) {
        e.firstSubmittedAt = now;
        e.late = todayIs > dueOn;
      }
      e.returnReason = null;
      e.paperReceivedOn = null;
      e.digest = digestOf(c.content);
      await t.flush();
      t.create(SubmissionSnapshotEntity, { submission: e, version: e.version, content: JSON.stringify(c.content), digest: e.digest, actorName: this.who(actor) });
      t.create(SubmissionEventEntity, { submission: e, fromState: from, toState: e.state, version: e.version, actorName: this.who(actor) });
      this.audit.record(t, actor, {
        action: 'submission.submit',
        recordType: 'submission',
        recordId: idOf(c.college.code, c.semester, input.kind, c.level),
        detail: { version: e.version, digest: e.digest, late: e.late, warnings: c.warnings.map((w) => w.en) },
      });
      await t.flush();
    });
    return this.one(em, actor, idOf(c.college.code, c.semester, input.kind, c.level));
  }

  async one(em: EntityManager, actor: Actor, id: string): Promise<S.Submission> {
    const k = parseId(id);
    const list = await this.list(em, actor, k.semester, k.collegeCode);
    const s = list.find((x) => x.id === id);
    if (!s) throw notFound(tx(`no submission ${id}`, `未找到报送 ${id}`));
    return s;
  }

  /** The Center's steps: paper received, accepted, returned with a reason. */
  async review(em: EntityManager, actor: Actor, id: string, action: Exclude<SubmissionAction, 'SUBMIT'>, opts: { receivedOn?: string; reason?: string; revision?: number | null }): Promise<S.Submission> {
    if (!canReviewSubmissions(actor)) throw new AppError('FORBIDDEN', tx('only the Center records paper copies, accepts and returns submissions', '只有心理发展指导中心可以登记纸质版、通过或退回报送'));
    const k = parseId(id);
    let receivedOn: string | null = null;
    if (action === 'RECORD_PAPER') {
      const d = parseDate(opts.receivedOn ?? '');
      if (!d.ok) throw badInput(d.error, { field: 'receivedOn' });
      if (d.value > this.today()) throw badInput(tx(`the date cannot be after today (${this.today()})`, `日期不能晚于今天（${this.today()}）`), { field: 'receivedOn' });
      receivedOn = d.value;
    }
    const reason = opts.reason?.trim() ?? '';
    if (action === 'RETURN' && (reason === '' || reason.length > 500)) throw badInput(tx('say why it is returned (at most 500 characters)', '请填写退回原因（不超过 500 字）'), { field: 'reason' });
    await em.transactional(async (t) => {
      const e = await t.findOne(SubmissionEntity, { college: { code: k.collegeCode }, semester: k.semester, kind: k.kind, scope: k.level ?? '-' });
      const state = e?.state ?? 'NOT_STARTED';
      const step = submissionTransition(state, action);
      if ('problem' in step || !e) throw badInput('problem' in step ? step.problem : tx('nothing has been submitted yet', '尚未提交'));
      if (opts.revision != null && opts.revision !== e.revision) throw conflict(tx('someone else changed this submission; reload and try again', '该报送已被他人修改，请刷新后重试'));
      e.state = step.to;
      if (receivedOn) e.paperReceivedOn = receivedOn;
      if (action === 'RETURN') e.returnReason = reason;
      t.create(SubmissionEventEntity, { submission: e, fromState: state, toState: step.to, version: e.version, note: action === 'RETURN' ? reason : receivedOn, actorName: this.who(actor) });
      this.audit.record(t, actor, { action: `submission.${action === 'RECORD_PAPER' ? 'paper' : action === 'ACCEPT' ? 'accept' : 'return'}`, recordType: 'submission', recordId: id, detail: { from: state, to: step.to, receivedOn, reason: reason || undefined } });
      await t.flush();
    });
    return this.one(em, actor, id);
  }

  async history(em: EntityManager, s: S.Submission): Promise<S.SubmissionEvent[]> {
    if (s.version === 0 && s.state === 'NOT_STARTED') return [];
    const events = await em.find(SubmissionEventEntity, { submission: { college: { code: s.collegeCode }, semester: s.semester, kind: s.kind, scope: s.level ?? '-' } }, { orderBy: { id: 'asc' } });
    return events.map((e) => ({ fromState: e.fromState, toState: e.toState, version: e.version, note: e.note, actor: e.actorName, at: e.createdAt }));
  }

  async changedSince(em: EntityManager, s: S.Submission): Promise<boolean> {
    if (!s.digest) return false;
    const college = await em.findOneOrFail(CollegeEntity, { code: s.collegeCode });
    return digestOf(await this.content(em, college, s.semester, s.kind, s.level)) !== s.digest;
  }

  /** A submitted version as its official XLSX, made again from the stored snapshot; an audited export. */
  async document(em: EntityManager, actor: Actor, id: string, version?: number | null): Promise<S.DocumentFile> {
    const s = await this.one(em, actor, id);
    if (actor.kind === 'token') throw new AppError('FORBIDDEN', tx("a snapshot's content is roster data; tokens read states and dates only", '报送内容属名册数据；令牌只能读取状态和日期'));
    const v = version ?? s.version;
    const snap = await em.findOne(SubmissionSnapshotEntity, { submission: { college: { code: s.collegeCode }, semester: s.semester, kind: s.kind, scope: s.level ?? '-' }, version: v });
    if (!snap) throw notFound(tx(`no submitted version ${v}`, `没有第 ${v} 版报送`));
    const content = JSON.parse(snap.content) as SnapshotContent;
    const sem = await this.semesters.get(em, s.semester);
    const madeOn = today(this.timeZone, snap.createdAt);
    const buffer = await snapshotXlsx(content, madeOn, sem.name);
    await this.audit.recordNow(em, actor, { action: 'submission.export', recordType: 'submission', recordId: id, detail: { version: v } });
    return { filename: snapshotFilename(content, v), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }

  /** A college's completion checklist for the semester (the leader's home). */
  async checklist(em: EntityManager, actor: Actor, collegeCode: string, semesterRaw: string, extras: ChecklistExtras): Promise<S.CollegeChecklist> {
    const semester = this.semesters.code(semesterRaw);
    const subs = await this.list(em, actor, semester, collegeCode);
    const college = await em.findOne(CollegeEntity, { code: collegeCode.trim() });
    if (!college || subs.length === 0) throw notFound(tx(`no college with code "${collegeCode}" in your scope`, `您的权限范围内没有学院代码为“${collegeCode}”的学院`));
    const l = currentLocale();
    const items: S.ChecklistItem[] = [];
    const levels = [...new Set(subs.filter((s) => s.level).map((s) => s.level!))];
    const item = (key: string, level: NetworkLevel | null, done: boolean, text: Text, more: Partial<S.ChecklistItem> = {}): void => {
      items.push({ key, level, done, blocking: false, count: null, of: null, submission: null, daysLeft: null, text: text.in(l), ...more });
    };
    for (const level of levels) {
      const r = await this.roster.roster(em, SYSTEM, college.code, level);
      const missing = r.missingPositions;
      item('WORKING_GROUP', level, missing.length === 0, missing.length ? tx(`Working group: ${missing.length} required positions missing`, `工作组：缺少 ${missing.length} 个必备职务`) : tx('Working group complete', '工作组完整'), { blocking: missing.length > 0, count: missing.length });
      const cls = r.summary.classes - r.summary.classesCovered;
      item('CLASSES_WITHOUT_MEMBER', level, cls === 0, tx(`${cls} of ${r.summary.classes} classes without a committee member`, `${r.summary.classes} 个班级中 ${cls} 个没有心理委员`), { count: cls, of: r.summary.classes });
      const dorms = r.summary.dormitories - r.summary.dormitoriesCovered;
      item('DORMS_WITHOUT_OFFICER', level, dorms === 0, tx(`${dorms} of ${r.summary.dormitories} dorms without an officer`, `${r.summary.dormitories} 间宿舍中 ${dorms} 间没有信息员`), { count: dorms, of: r.summary.dormitories });
      const trainees = await extras.training(level);
      if (trainees) {
        const open = trainees.trainees - trainees.completed;
        item('TRAINEES_NOT_COMPLETED', level, open === 0, tx(`${open} of ${trainees.trainees} trainees have not completed training`, `${trainees.trainees} 名培训对象中 ${open} 名未完成培训`), { count: open, of: trainees.trainees });
      }
      const overdue = await extras.overdueFollowUps(level);
      if (overdue !== null) item('OVERDUE_FOLLOW_UPS', level, overdue === 0, tx(`${overdue} overdue follow-ups`, `${overdue} 条跟进已逾期`), { count: overdue });
    }
    const ws = await em.getConnection().execute<SqlRow[]>(`select count(*) as n from workstation where college_id = ? and room is not null and trim(room) <> ''`, [college.id], 'all');
    const hasWs = Number(ws[0]?.n ?? 0) > 0;
    item('WORKSTATION', null, hasWs, hasWs ? tx('Workstation set up', '工作站已设立') : tx('No workstation (or no room given)', '尚未设立工作站（或未填写房间）'));
    const plan = (await this.training.sessionsOf(em, { semester, college: college.id })).filter((s) => s.audiences.some((a) => a !== 'WORKING_GROUP')).length;
    const planP = planProblem(plan);
    item('TRAINING_PLAN_SESSIONS', null, !planP, planP ?? tx(`Training plan: ${plan} self-designed sessions`, `培训计划：${plan} 场自主设计培训`), { blocking: !!planP, count: plan, of: 2 });
    for (const s of subs) {
      const name = s.kind === 'NETWORK_ROSTER' ? tx(`Roster (Annex 1, ${s.level})`, `工作网络名单（附件1，${s.level === 'GRADUATE' ? '研究生' : '本科生'}）`) : tx('Training plan (Annex 3)', '培训计划（附件3）');
      item('SUBMISSION', s.level, s.state === 'ACCEPTED' || s.state === 'PAPER_RECEIVED' || s.state === 'SUBMITTED', name, { submission: s, daysLeft: s.daysLeft });
    }
    return { collegeCode: college.code, collegeName: college.name, semester, levels, items };
  }
}

/** Figures the checklist takes from other services, per level (null: the caller may not see them). */
export interface ChecklistExtras {
  training: (level: NetworkLevel) => Promise<{ trainees: number; completed: number } | null>;
  overdueFollowUps: (level: NetworkLevel) => Promise<number | null>;
}
