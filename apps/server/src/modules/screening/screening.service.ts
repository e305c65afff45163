import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  answerRangeText,
  campaignProblems,
  canRunScreening,
  type ColumnSpec,
  col,
  currentRuleSet,
  DEFAULT_FOLLOW_UP_DAYS,
  dueAt,
  type FollowUpStatus,
  followUpReadScope,
  followUpWriteScope,
  type IdentifierPatterns,
  inScope,
  isNone,
  mapHeaders,
  type NetworkLevel,
  parseDate,
  parseAnswer,
  parseRow,
  parseStudentNo,
  parseTakenAt,
  type ReferralTarget,
  type RowError,
  type RuleSet,
  ruleSet,
  rolesOf,
  type Scope,
  screeningResultScope,
  transitionProblem,
  tx,
} from '@carenet/domain';
import type * as S from '@carenet/schema';
import { describeActor } from '../../common/actor.js';
import { sqlTime } from '../../common/dates.js';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import { loadByKeys } from '../../common/lookup.js';
import { refreshStatistics } from '../../db/reads.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SemesterService } from '../calendar/semester.service.js';
import { StudentEntity } from '../org/org.entities.js';
import type { ImportOutcome } from '../roster-import/import-run.js';
import type { Table } from '../roster-import/table-reader.js';

/** The tables an import of results writes, directly or through their triggers. */
const SCREENING_TABLES = ['screening_result', 'follow_up', 'follow_up_class', 'alert', 'screening_tally', 'screening_semester_tally'];
import { AlertEntity, AlertReadEntity, FollowUpEntity, FollowUpStepEntity, ScreeningCampaignEntity, ScreeningResultEntity } from './screening.entities.js';

export const DISCLAIMER = tx(
  'A screening result is not a diagnosis: it only says whom to talk to first.',
  '筛查结果不是诊断，只提示应优先约谈哪些学生。',
);
export const FOLLOW_UP_PAGE_MAX = 200;
const NOTE_MAX = 2000;

class Rollback extends Error {}

const levelsOf = (c: ScreeningCampaignEntity): NetworkLevel[] =>
  [c.forUndergraduate ? 'UNDERGRADUATE' : null, c.forGraduate ? 'GRADUATE' : null].filter((x): x is NetworkLevel => x !== null);

/** Import columns for a rule set: student_no 学号, taken_at 作答时间, q1…qN (题1…题N). */
function resultColumns(rules: RuleSet, timeZone: string): ColumnSpec[] {
  return [
    col('student_no', ['学号'], (raw, p) => parseStudentNo(raw, p.studentNo)),
    col('taken_at', ['作答时间', '提交时间'], (raw) => {
      const t = parseTakenAt(raw, timeZone);
      return t
        ? { ok: true, value: t }
        : { ok: false, error: tx(`"${raw}" is not a time; expected YYYY-MM-DD or YYYY-MM-DD HH:mm`, `“${raw}”不是有效的时间，应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm`) };
    }),
    ...Array.from({ length: rules.items }, (_, i) =>
      col(`q${i + 1}`, [`题${i + 1}`, `第${i + 1}题`], (raw) => {
        const v = parseAnswer(rules.answers, raw);
        return v === null
          ? { ok: false as const, error: tx(`"${raw}" is not an answer: ${answerRangeText(rules.answers).en}`, `“${raw}”不是有效答案：${answerRangeText(rules.answers).zh}`) }
          : { ok: true as const, value: v };
      }),
    ),
  ];
}

export function toCampaign(c: ScreeningCampaignEntity, results: number): S.ScreeningCampaign {
  return {
    id: String(c.id),
    name: c.name,
    instrument: c.instrument,
    semester: c.semester,
    levels: levelsOf(c),
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    followUpDays: c.followUpDays,
    currentRuleVersion: currentRuleSet(c.instrument).version,
    results,
  };
}

/** Screening campaigns, results, follow-ups and alerts (SPEC §5, §6). */
export class ScreeningService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    private readonly semesters: SemesterService,
    private readonly identifiers: IdentifierPatterns = {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  private who(actor: Actor): string {
    return describeActor(actor, rolesOf(actor)).name.slice(0, 100);
  }

  private mustRun(actor: Actor): void {
    if (!canRunScreening(actor)) {
      throw new AppError('FORBIDDEN', tx('only the Center runs screenings and imports results', '只有心理发展指导中心可以组织筛查和导入结果'));
    }
  }

  // ---- campaigns -------------------------------------------------------------------------------

  async createCampaign(em: EntityManager, actor: Actor, input: S.CreateScreeningCampaignInput): Promise<S.ScreeningCampaign> {
    this.mustRun(actor);
    const semester = this.semesters.code(input.semester);
    const levels = input.levels ?? ['UNDERGRADUATE', 'GRADUATE'];
    const followUpDays = input.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
    for (const [field, raw] of [['opensOn', input.opensOn], ['closesOn', input.closesOn]] as const) {
      if (raw) {
        const r = parseDate(raw);
        if (!r.ok) throw badInput(r.error, { field });
      }
    }
    const problems = campaignProblems({ name: input.name, followUpDays, levels, opensOn: input.opensOn, closesOn: input.closesOn });
    if (problems.length > 0) throw badInput(problems[0]!.text, { field: problems[0]!.field });
    const c = await em.transactional(async (t) => {
      const e = t.create(ScreeningCampaignEntity, {
        name: input.name.trim(),
        instrument: input.instrument,
        semester,
        forUndergraduate: levels.includes('UNDERGRADUATE'),
        forGraduate: levels.includes('GRADUATE'),
        opensOn: input.opensOn || null,
        closesOn: input.closesOn || null,
        followUpDays,
      });
      await t.flush();
      this.audit.record(t, actor, { action: 'screening.campaign.create', recordType: 'screening_campaign', recordId: e.id, detail: { name: e.name, instrument: e.instrument, semester } });
      await t.flush();
      return e;
    });
    return toCampaign(c, 0);
  }

  /** Campaigns, newest first: for anyone who may see screening figures (names only, no results). */
  async campaigns(em: EntityManager, semester?: string | null): Promise<S.ScreeningCampaign[]> {
    const list = await em.find(ScreeningCampaignEntity, semester ? { semester: this.semesters.code(semester) } : {}, { orderBy: { id: 'desc' } });
    if (list.length === 0) return [];
    const counts = await em
      .getConnection()
      .execute<{ campaign_id: number; n: number }[]>(
        `select campaign_id, count(*) as n from screening_result where campaign_id in (${list.map((c) => c.id).join(', ')}) group by campaign_id`,
        [],
        'all',
      );
    const byId = new Map(counts.map((r) => [Number(r.campaign_id), Number(r.n)]));
    return list.map((c) => toCampaign(c, byId.get(c.id) ?? 0));
  }

  private async campaign(em: EntityManager, id: string): Promise<ScreeningCampaignEntity> {
    const n = Number(id);
    const c = Number.isInteger(n) ? await em.findOne(ScreeningCampaignEntity, { id: n }) : null;
    if (!c) throw notFound(tx(`no screening campaign ${id}`, `未找到筛查活动 ${id}`));
    return c;
  }

  // ---- results ---------------------------------------------------------------------------------

  /**
   * Imports a campaign's results (SPEC §7): one result per student and campaign, scored by the
   * current rule version. All-or-nothing; errors by row and column as written; idempotent.
   */
  async importResults(em: EntityManager, actor: Actor, campaignId: string, table: Table, dryRun = false): Promise<ImportOutcome> {
    this.mustRun(actor);
    const campaign = await this.campaign(em, campaignId);
    const rules = currentRuleSet(campaign.instrument);
    const specs = resultColumns(rules, this.timeZone);
    const mapping = mapHeaders(specs, table.header);
    const result = (errors: RowError[], c = { created: 0, updated: 0, unchanged: 0 }): ImportOutcome => ({ ...c, errors: errors.sort((a, b) => a.row - b.row), dryRun, appointmentsEnded: 0 });
    if (mapping.errors.length > 0) return result(mapping.errors.map((e) => ({ row: 1, ...e })));
    const errors: RowError[] = [];
    const rows: { n: number; r: Record<string, unknown> }[] = [];
    table.rows.forEach((cells, i) => {
      if (cells.length === 0 || cells.every((c) => c.trim() === '')) return;
      const p = parseRow(specs, mapping, cells, i + 2, this.identifiers);
      // A short row is reported once, at its first missing column.
      const short = p.errors.find((e) => /row ends before/.test(e.message.en));
      if (short) errors.push(short);
      else if (p.errors.length > 0) errors.push(...p.errors);
      else rows.push({ n: i + 2, r: p.record });
    });
    if (rows.length === 0 && errors.length === 0) {
      return result([{ row: 2, column: mapping.label.get('student_no') ?? 'student_no', message: tx('the file has no data rows', '文件中没有数据行') }]);
    }
    const label = (k: string) => mapping.label.get(k) ?? k;
    const levels = levelsOf(campaign);
    let outcome: ImportOutcome | undefined;
    try {
      await em.transactional(async (t) => {
        const students = await loadByKeys(t, StudentEntity, 'studentNo', rows.map((x) => x.r.student_no as string), { populate: ['classGroup'] });
        const existing = new Map<number, ScreeningResultEntity>();
        const ids = [...students.values()].map((s) => s.id);
        for (let i = 0; i < ids.length; i += 1000) {
          for (const r of await t.find(ScreeningResultEntity, { campaign, student: { $in: ids.slice(i, i + 1000) } })) existing.set(r.student.id, r);
        }
        const withFollowUp = new Set(
          existing.size === 0 ? [] : (await t.find(FollowUpEntity, { result: { $in: [...existing.values()].map((r) => r.id) } })).map((f) => f.result.id),
        );
        const counts = { created: 0, updated: 0, unchanged: 0 };
        const changed: string[] = [];
        const seen = new Map<number, number>();
        const opened: { result: ScreeningResultEntity; urgent: boolean }[] = [];
        for (const row of rows) {
          const no = row.r.student_no as string;
          const st = students.get(no);
          if (!st) {
            errors.push({ row: row.n, column: label('student_no'), message: tx(`unknown student number "${no}"`, `学号“${no}”不存在`) });
            continue;
          }
          if (!levels.includes(st.classGroup.level)) {
            errors.push({
              row: row.n,
              column: label('student_no'),
              message: tx(`student ${no} is not at a level this campaign covers (${levels.join(', ')})`, `学生 ${no} 不属于本次筛查覆盖的培养层次`),
            });
            continue;
          }
          if (seen.has(st.id)) {
            errors.push({ row: row.n, column: label('student_no'), message: tx(`student ${no} is already on row ${seen.get(st.id)}`, `学生 ${no} 已在第 ${seen.get(st.id)} 行出现`) });
            continue;
          }
          seen.set(st.id, row.n);
          const answers = Array.from({ length: rules.items }, (_, i) => row.r[`q${i + 1}`] as number);
          const takenAt = row.r.taken_at as Date;
          const score = rules.score(answers);
          const values = {
            takenAt,
            answers: answers.join(','),
            ruleVersion: rules.version,
            total: score.total,
            tier: score.tier,
            flagged: score.flagged,
            urgent: score.urgent,
            reasons: score.reasons.join(','),
          };
          const prev = existing.get(st.id);
          if (prev && prev.answers === values.answers && prev.takenAt.getTime() === takenAt.getTime()) {
            counts.unchanged++;
            continue;
          }
          let entity: ScreeningResultEntity;
          if (prev) {
            Object.assign(prev, values);
            entity = prev;
            counts.updated++;
            changed.push(no);
          } else {
            entity = t.create(ScreeningResultEntity, { campaign, student: st, ...values });
            counts.created++;
          }
          if (score.flagged && !withFollowUp.has(entity.id ?? -1)) opened.push({ result: entity, urgent: score.urgent });
        }
        outcome = result(errors, counts);
        if (errors.length > 0 || dryRun) throw new Rollback();
        await t.flush();
        for (const o of opened) {
          const f = t.create(FollowUpEntity, {
            result: o.result,
            student: o.result.student,
            campaign,
            status: 'PENDING',
            urgent: o.urgent,
            dueAt: dueAt(o.result.takenAt, campaign.followUpDays, o.urgent),
          });
          if (o.urgent) t.create(AlertEntity, { followUp: f, kind: 'URGENT_RESULT' });
        }
        // Changed answers rescore an open follow-up's urgency and due time too.
        if (changed.length > 0) {
          const open = await t.find(FollowUpEntity, { campaign, status: 'PENDING', student: { studentNo: { $in: changed } } }, { populate: ['result'] });
          for (const f of open) {
            f.urgent = f.result.urgent;
            f.dueAt = dueAt(f.result.takenAt, campaign.followUpDays, f.urgent);
          }
        }
        this.audit.record(t, actor, {
          action: 'screening.import',
          recordType: 'screening_campaign',
          recordId: campaign.id,
          detail: { ...counts, ruleVersion: rules.version, followUpsOpened: opened.length, rescored: changed },
        });
        await t.flush();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    if (!outcome) throw new Error('import finished without an outcome');
    if (outcome.errors.length > 0) return result(outcome.errors);
    if (!dryRun) await refreshStatistics(em, outcome.created + outcome.updated, SCREENING_TABLES);
    return outcome;
  }

  /** A result with its answers (SPEC §6: Center, class counselor); audited before it is returned. */
  async result(em: EntityManager, actor: Actor, id: string): Promise<S.ScreeningResult> {
    const n = Number(id);
    const r = Number.isInteger(n)
      ? await em.findOne(ScreeningResultEntity, { id: n }, { populate: ['student', 'student.classGroup', 'campaign'] })
      : null;
    const st = r?.student;
    if (!r || !st || !inScope(screeningResultScope(actor), { collegeId: st.classGroup.college.id, classId: st.classGroup.id })) {
      throw notFound(tx(`no screening result ${id} you may read`, `未找到您有权查看的筛查结果 ${id}`));
    }
    await this.audit.recordNow(em, actor, { action: 'screening.result.read', recordType: 'screening_result', recordId: r.id, studentNo: st.studentNo });
    return {
      id: String(r.id),
      studentNo: st.studentNo,
      studentName: st.name,
      campaignId: String(r.campaign.id),
      instrument: r.campaign.instrument,
      takenAt: r.takenAt,
      answers: r.answers.split(',').map(Number),
      total: r.total,
      tier: r.tier,
      flagged: r.flagged,
      urgent: r.urgent,
      reasons: r.reasons ? r.reasons.split(',') : [],
      ruleVersion: r.ruleVersion,
      disclaimer: DISCLAIMER.in(currentLocale()),
    };
  }

  // ---- follow-ups ------------------------------------------------------------------------------

  private scopeWhere(scope: Scope): string {
    if (scope.all) return '';
    const ids = (xs: number[]) => (xs.length ? xs.map((x) => Math.trunc(x)).join(', ') : 'null');
    return ` and (c.college_id in (${ids(scope.collegeIds)}) or c.id in (${ids(scope.classIds)}))`;
  }

  private async toFollowUps(em: EntityManager, list: FollowUpEntity[]): Promise<S.FollowUp[]> {
    if (list.length === 0) return [];
    const steps = await em.find(FollowUpStepEntity, { followUp: { $in: list.map((f) => f.id) } }, { orderBy: { id: 'asc' } });
    const byF = new Map<number, FollowUpStepEntity[]>();
    for (const s of steps) byF.set(s.followUp.id, [...(byF.get(s.followUp.id) ?? []), s]);
    const now = this.now();
    return list.map((f) => {
      const st = f.student;
      const cls = st.classGroup;
      return {
        id: String(f.id),
        studentNo: st.studentNo,
        studentName: st.name,
        classCode: cls.code,
        collegeCode: cls.college.code,
        level: cls.level,
        counselorName: cls.counselor?.name ?? null,
        campaignId: String(f.campaign.id),
        resultId: String(f.result.id),
        campaignName: f.campaign.name,
        instrument: f.campaign.instrument,
        takenAt: f.result.takenAt,
        tier: f.result.tier,
        urgent: f.urgent,
        status: f.status,
        dueAt: f.dueAt,
        overdue: f.status === 'PENDING' && f.dueAt.getTime() < now.getTime(),
        referredTo: f.referredTo,
        steps: (byF.get(f.id) ?? []).map((s) => ({ fromStatus: s.fromStatus, toStatus: s.toStatus, referredTo: s.referredTo, note: s.note, actor: s.actorName, at: s.createdAt })),
        version: f.version,
      };
    });
  }

  private populate = ['student', 'student.classGroup', 'student.classGroup.college', 'student.classGroup.counselor', 'campaign', 'result'] as const;

  /**
   * Follow-ups in the caller's scope, open, overdue and urgent first. Reading them is audited (one
   * event naming the students listed), as for any individual screening record.
   */
  async followUps(em: EntityManager, actor: Actor, filter: S.FollowUpFilter = {}, first = 50, offset = 0): Promise<S.FollowUpPage> {
    const scope = followUpReadScope(actor);
    if (isNone(scope)) throw new AppError('FORBIDDEN', tx('you may not read follow-ups', '您无权查看跟进记录'));
    if (!Number.isInteger(first) || first < 0 || first > FOLLOW_UP_PAGE_MAX) throw badInput(tx(`first must be 0–${FOLLOW_UP_PAGE_MAX}`, `first 须为 0–${FOLLOW_UP_PAGE_MAX}`), { field: 'first' });
    if (!Number.isInteger(offset) || offset < 0) throw badInput(tx('offset must be 0 or more', 'offset 不能为负数'), { field: 'offset' });
    const now = sqlTime(em, this.now());
    const params: unknown[] = [];
    let where = this.scopeWhere(scope);
    if (filter.campaignId) {
      where += ' and f.campaign_id = ?';
      params.push(Number(filter.campaignId) || -1);
    }
    if (filter.semester) {
      where += ' and sc.semester = ?';
      params.push(this.semesters.code(filter.semester));
    }
    if (filter.status) {
      where += ' and f.status = ?';
      params.push(filter.status);
    }
    if (filter.level) {
      where += ' and c.level = ?';
      params.push(filter.level);
    }
    if (filter.collegeCode) {
      where += ' and c.college_id = (select id from college where code = ?)';
      params.push(filter.collegeCode.trim());
    }
    if (filter.openOnly) where += " and f.status <> 'CLOSED'";
    if (filter.urgentOnly) where += ' and f.urgent = ?';
    if (filter.urgentOnly) params.push(true);
    if (filter.overdueOnly) {
      where += " and f.status = 'PENDING' and f.due_at < ?";
      params.push(now);
    }
    const from = `from follow_up f join student s on s.id = f.student_id join class_group c on c.id = s.class_group_id join screening_campaign sc on sc.id = f.campaign_id where 1 = 1${where}`;
    const conn = em.getConnection();
    const total = await conn.execute<{ n: number }[]>(`select count(*) as n ${from}`, params, 'all');
    const ids = await conn.execute<{ id: number }[]>(
      `select f.id ${from} order by case when f.status = 'CLOSED' then 1 else 0 end,
        case when f.status = 'PENDING' and f.due_at < ? then 0 else 1 end, case when f.urgent = ? then 0 else 1 end, f.due_at, f.id
        limit ${Math.trunc(first)} offset ${Math.trunc(offset)}`,
      [...params, now, true],
      'all',
    );
    const list = ids.length === 0 ? [] : await em.find(FollowUpEntity, { id: { $in: ids.map((r) => Number(r.id)) } }, { populate: this.populate as never });
    const order = new Map(ids.map((r, i) => [Number(r.id), i]));
    list.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    if (list.length > 0) {
      await this.audit.recordNow(em, actor, {
        action: 'screening.followUp.read',
        recordType: 'follow_up',
        detail: { followUps: list.map((f) => f.id), students: list.map((f) => f.student.studentNo) },
      });
    }
    return { items: await this.toFollowUps(em, list), totalCount: Number(total[0]?.n ?? 0) };
  }

  /** Moves a follow-up along SPEC §5's state machine, with a note; every step keeps actor and time. */
  async update(
    em: EntityManager,
    actor: Actor,
    id: string,
    status: FollowUpStatus,
    noteRaw: string,
    referredTo?: ReferralTarget | null,
    version?: number | null,
  ): Promise<S.FollowUp> {
    const note = noteRaw.trim();
    if (note === '') throw badInput(tx('a note is required for every step', '每一步都须填写记录'), { field: 'note' });
    if (note.length > NOTE_MAX) throw badInput(tx(`the note is longer than ${NOTE_MAX} characters`, `记录超过 ${NOTE_MAX} 字`), { field: 'note' });
    if (status === 'REFERRED' && !referredTo) throw badInput(tx('say where the student is referred: the Center or a hospital', '请选择转介去向：心理发展指导中心或医院'), { field: 'referredTo' });
    if (status !== 'REFERRED' && referredTo) throw badInput(tx('a referral target goes with REFERRED only', '只有转介时才需选择转介去向'), { field: 'referredTo' });
    const n = Number(id);
    const fid = await em.transactional(async (t) => {
      const f = Number.isInteger(n) ? await t.findOne(FollowUpEntity, { id: n }, { populate: ['student', 'student.classGroup'] }) : null;
      const unit = f && { collegeId: f.student.classGroup.college.id, classId: f.student.classGroup.id };
      if (!f || !unit || !inScope(followUpReadScope(actor), unit)) throw notFound(tx(`no follow-up ${id}`, `未找到跟进记录 ${id}`));
      if (!inScope(followUpWriteScope(actor), unit)) {
        throw new AppError('FORBIDDEN', tx("only the student's counselor and the Center work a follow-up", '只有该生的辅导员和心理发展指导中心可以处理跟进'));
      }
      if (version != null && version !== f.version) throw conflict(tx('someone else changed this follow-up; reload and try again', '该跟进已被他人修改，请刷新后重试'));
      const problem = transitionProblem(f.status, status);
      if (problem) throw badInput(problem, { field: 'status' });
      t.create(FollowUpStepEntity, { followUp: f, fromStatus: f.status, toStatus: status, referredTo: referredTo ?? null, note, actorName: this.who(actor) });
      this.audit.record(t, actor, { action: 'screening.followUp.update', recordType: 'follow_up', recordId: f.id, studentNo: f.student.studentNo, detail: { from: f.status, to: status, referredTo } });
      f.status = status;
      if (referredTo) f.referredTo = referredTo;
      await t.flush();
      return f.id;
    });
    const f = await em.findOneOrFail(FollowUpEntity, { id: fid }, { populate: this.populate as never, refresh: true });
    return (await this.toFollowUps(em, [f]))[0]!;
  }

  // ---- alerts ----------------------------------------------------------------------------------

  /** Urgent-result alerts for the caller's follow-up scope, newest first, with the unread count. */
  async alerts(em: EntityManager, actor: Actor, unreadOnly = false, first = 20): Promise<S.AlertList> {
    const scope = followUpReadScope(actor);
    if (actor.kind !== 'user' || isNone(scope)) return { unread: 0, items: [] };
    const base = `from alert a join follow_up f on f.id = a.follow_up_id join student s on s.id = f.student_id join class_group c on c.id = s.class_group_id
      left join alert_read ar on ar.alert_id = a.id and ar.user_id = ${Math.trunc(actor.userId)} where 1 = 1${this.scopeWhere(scope)}`;
    const conn = em.getConnection();
    const unread = await conn.execute<{ n: number }[]>(`select count(*) as n ${base} and ar.id is null`, [], 'all');
    const rows = await conn.execute<{ id: number; read: number | null }[]>(
      `select a.id, ar.id as read ${base}${unreadOnly ? ' and ar.id is null' : ''} order by a.id desc limit ${Math.min(100, Math.max(0, Math.trunc(first)))}`,
      [],
      'all',
    );
    if (rows.length === 0) return { unread: Number(unread[0]?.n ?? 0), items: [] };
    const alerts = await em.find(AlertEntity, { id: { $in: rows.map((r) => Number(r.id)) } }, { populate: ['followUp'] });
    const fus = await em.find(FollowUpEntity, { id: { $in: alerts.map((a) => a.followUp.id) } }, { populate: this.populate as never });
    const views = new Map((await this.toFollowUps(em, fus)).map((f) => [f.id, f]));
    await this.audit.recordNow(em, actor, { action: 'screening.followUp.read', recordType: 'alert', detail: { alerts: rows.map((r) => Number(r.id)) } });
    const readIds = new Set(rows.filter((r) => r.read != null).map((r) => Number(r.id)));
    const byId = new Map(alerts.map((a) => [a.id, a]));
    return {
      unread: Number(unread[0]?.n ?? 0),
      items: rows.map((r) => {
        const a = byId.get(Number(r.id))!;
        return { id: String(a.id), kind: a.kind, createdAt: a.createdAt, read: readIds.has(a.id), followUp: views.get(String(a.followUp.id))! };
      }),
    };
  }

  async markAlertsRead(em: EntityManager, actor: Actor, ids: string[]): Promise<number> {
    if (actor.kind !== 'user') return 0;
    const scope = followUpReadScope(actor);
    const numeric = ids.map(Number).filter((n) => Number.isInteger(n));
    if (numeric.length === 0) return 0;
    return em.transactional(async (t) => {
      const alerts = await t.find(AlertEntity, { id: { $in: numeric } }, { populate: ['followUp.student.classGroup'] as never });
      const done = new Set((await t.find(AlertReadEntity, { alert: { $in: alerts.map((a) => a.id) }, user: actor.userId })).map((r) => r.alert.id));
      let n = 0;
      for (const a of alerts) {
        const cls = a.followUp.student.classGroup;
        if (done.has(a.id) || !inScope(scope, { collegeId: cls.college.id, classId: cls.id })) continue;
        t.create(AlertReadEntity, { alert: a, user: actor.userId });
        n++;
      }
      await t.flush();
      return n;
    });
  }

  // ---- rescoring -------------------------------------------------------------------------------

  /** Rescoring a campaign's results with a rule version: a preview, or (dryRun false) the change, audited. */
  async rescore(em: EntityManager, actor: Actor, campaignId: string, version: string | null | undefined, dryRun: boolean): Promise<S.RescoreResult> {
    this.mustRun(actor);
    const campaign = await this.campaign(em, campaignId);
    const rules = version ? ruleSet(version) : currentRuleSet(campaign.instrument);
    if (!rules || rules.instrument !== campaign.instrument) {
      throw badInput(tx(`no rule version "${version}" for ${campaign.instrument}`, `${campaign.instrument} 没有规则版本“${version}”`), { field: 'ruleVersion' });
    }
    return em.transactional(async (t) => {
      const results = await t.find(ScreeningResultEntity, { campaign }, { populate: ['student'], orderBy: { id: 'asc' } });
      const opened = new Set((await t.find(FollowUpEntity, { campaign })).map((f) => f.result.id));
      const changes: S.RescoreChange[] = [];
      let followUpsOpened = 0;
      for (const r of results) {
        const s = rules.score(r.answers.split(',').map(Number));
        if (s.total === r.total && s.tier === r.tier && s.flagged === r.flagged && s.urgent === r.urgent && r.ruleVersion === rules.version) continue;
        const sameScore = s.total === r.total && s.tier === r.tier && s.flagged === r.flagged && s.urgent === r.urgent;
        if (!sameScore) {
          changes.push({
            studentNo: r.student.studentNo,
            studentName: r.student.name,
            fromVersion: r.ruleVersion,
            fromTotal: r.total,
            toTotal: s.total,
            fromTier: r.tier,
            toTier: s.tier,
            fromFlagged: r.flagged,
            toFlagged: s.flagged,
          });
        }
        if (dryRun) {
          if (s.flagged && !opened.has(r.id)) followUpsOpened++;
          continue;
        }
        Object.assign(r, { ruleVersion: rules.version, total: s.total, tier: s.tier, flagged: s.flagged, urgent: s.urgent, reasons: s.reasons.join(',') });
        if (s.flagged && !opened.has(r.id)) {
          const f = t.create(FollowUpEntity, { result: r, student: r.student, campaign, status: 'PENDING', urgent: s.urgent, dueAt: dueAt(r.takenAt, campaign.followUpDays, s.urgent) });
          if (s.urgent) t.create(AlertEntity, { followUp: f, kind: 'URGENT_RESULT' });
          followUpsOpened++;
        }
      }
      if (!dryRun) {
        this.audit.record(t, actor, {
          action: 'screening.rescore',
          recordType: 'screening_campaign',
          recordId: campaign.id,
          detail: { ruleVersion: rules.version, changed: changes.map((c) => c.studentNo), followUpsOpened },
        });
        await t.flush();
      }
      return { ruleVersion: rules.version, dryRun, results: results.length, changed: changes.length, followUpsOpened, changes: changes.slice(0, 500) };
    });
  }
}
