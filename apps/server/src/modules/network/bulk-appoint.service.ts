import type { EntityManager } from '@mikro-orm/knex';
import { inScope, type NetworkLevel, render, rosterWriteScope, type Text, tx as msg } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { Actor } from '../../common/actor.js';
import { AppError, badInput, conflict } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import type { AuditService } from '../audit/audit.service.js';
import { collegeByCode } from '../org/org.service.js';
import type { NetworkService } from './network.service.js';
import type { RosterService } from './roster.service.js';

type Suggestion = Omit<S.SuggestedOfficer, 'problem'>;

/** Thrown to roll a dry run back after it did everything a commit does. */
class DryRun extends Error {
  constructor(readonly rows: S.SuggestedOfficer[]) {
    super('dry run');
  }
}

const isUniqueViolation = (e: unknown) => (e as { name?: string } | null)?.name === 'UniqueConstraintViolationException';
const who = (s: Suggestion) => `${s.dormCode} · ${s.studentName} (${s.studentNo})`;

/**
 * "Appoint all suggestions" (任命全部建议人选): every dorm of a college at a level that has no officer
 * gets the roster's suggestion. The suggestions are the roster's own (RosterService), and each
 * appointment is NetworkService.appointDormOfficer, so the scope, the SPEC §3 rules and the audit
 * event per appointment are those of the one-by-one dialog. All rows run in one transaction: the
 * first refused row refuses the whole, naming the dorm and the student. A dry run does the same
 * work and rolls it back, so the preview shows exactly what a commit would do and what would refuse it.
 */
export class BulkAppointService {
  constructor(
    private readonly audit: AuditService,
    private readonly network: NetworkService,
    private readonly roster: RosterService,
  ) {}

  /** Suggestions as the roster shows them: dorms without an active officer that have a suggested student. */
  private async suggestions(em: EntityManager, actor: Actor, collegeCode: string, level: NetworkLevel): Promise<Suggestion[]> {
    const r = await this.roster.roster(em, actor, collegeCode, level);
    return r.dormitories
      .filter((d) => !d.officer && d.suggestedOfficer)
      .map((d) => ({
        dormCode: d.dormitory.code,
        building: d.dormitory.building,
        room: d.dormitory.room,
        studentNo: d.suggestedOfficer!.studentNo,
        studentName: d.suggestedOfficer!.name,
      }));
  }

  /** CONFLICT when the suggestions are no longer the previewed ones, naming what changed. */
  private checkUnchanged(current: Suggestion[], expected: S.SuggestedOfficerInput[]): void {
    const want = new Map(expected.map((e) => [e.dormCode.trim(), e.studentNo.trim()]));
    const now = new Map(current.map((c) => [c.dormCode, c.studentNo]));
    const changes: Text[] = [];
    for (const c of current) {
      const w = want.get(c.dormCode);
      if (w === undefined) changes.push(msg(`${c.dormCode} is new (${c.studentNo})`, `${c.dormCode} 为新增（${c.studentNo}）`));
      else if (w !== c.studentNo) changes.push(msg(`${c.dormCode} now suggests ${c.studentNo}, not ${w}`, `${c.dormCode} 的建议人选已变为 ${c.studentNo}（原为 ${w}）`));
    }
    for (const [dorm, no] of want) {
      if (!now.has(dorm)) changes.push(msg(`${dorm} (${no}) is no longer suggested`, `${dorm}（${no}）已不在建议名单中`));
    }
    if (changes.length === 0 && want.size === expected.length) return;
    const shown = changes.slice(0, 5);
    const more = changes.length - shown.length;
    throw conflict(
      msg(
        `the suggestions changed since the preview (${shown.map((c) => c.en).join('; ') || 'duplicate rows'}${more > 0 ? `; ${more} more` : ''}); nothing was appointed: preview again`,
        `预览之后建议人选已发生变化（${shown.map((c) => c.zh).join('；') || '有重复的行'}${more > 0 ? `；另有 ${more} 处` : ''}），未任命任何人，请重新预览`,
      ),
      { field: 'expected' },
    );
  }

  async appointSuggested(em: EntityManager, actor: Actor, input: S.AppointSuggestedOfficersInput): Promise<S.SuggestedOfficersResult> {
    const college = await collegeByCode(em, input.collegeCode.trim());
    // The preview too: what it shows is what only a writer of this college may do.
    if (!inScope(rosterWriteScope(actor), { collegeId: college.id })) {
      throw new AppError('FORBIDDEN', msg('you may change only the roster of your own college', '您只能修改本学院的名单'));
    }
    const dryRun = input.dryRun;
    if (!dryRun && !input.expected) {
      throw badInput(msg('expected: send back the rows of the preview to appoint them', 'expected：请回传预览中的名单后再任命'), { field: 'expected' });
    }
    const result = (rows: S.SuggestedOfficer[]): S.SuggestedOfficersResult => ({
      collegeCode: college.code,
      level: input.level,
      dryRun,
      rows,
      appointed: dryRun ? 0 : rows.length,
    });
    // Read before the transaction (the roster's SQL runs on its own connection); every appointment
    // below checks the rules again inside it, so a change made meanwhile still refuses the whole.
    const current = await this.suggestions(em, actor, college.code, input.level);
    if (!dryRun) this.checkUnchanged(current, input.expected ?? []);
    try {
      const rows = await em.transactional(async (t) => {
        const rows: S.SuggestedOfficer[] = [];
        for (const s of current) {
          try {
            await this.network.appointDormOfficer(t, actor, { dormCode: s.dormCode, studentNo: s.studentNo });
            rows.push({ ...s, problem: null });
          } catch (e) {
            const why = this.problem(e);
            if (!why) throw e;
            if (!dryRun) throw new AppError(why.code, msg(`${who(s)}: ${why.text.en}; nothing was appointed`, `${who(s)}：${why.text.zh}；未任命任何人`), { dormCode: s.dormCode, studentNo: s.studentNo });
            rows.push({ ...s, problem: render(why.text, currentLocale()) });
          }
        }
        if (dryRun) throw new DryRun(rows);
        if (rows.length === 0) return rows;
        this.audit.record(t, actor, {
          action: 'appointment.officer.bulk',
          recordType: 'college',
          recordId: college.code,
          detail: { level: input.level, appointed: rows.map((r) => ({ dormCode: r.dormCode, studentNo: r.studentNo })) },
        });
        await t.flush();
        return rows;
      });
      return result(rows);
    } catch (e) {
      if (e instanceof DryRun) return result(e.rows);
      throw e;
    }
  }

  /** A refusal of one appointment, or null for an error that is not about the row (then it propagates). */
  private problem(e: unknown): { code: AppError['code']; text: Text } | null {
    if (e instanceof AppError) {
      return { code: e.code, text: typeof e.text === 'string' ? msg(e.text, e.text) : e.text };
    }
    // Another post of the student that has not ended (a stale record): the database refuses the second one.
    if (isUniqueViolation(e)) {
      return {
        code: 'CONFLICT',
        text: msg('the student already holds an officer post that has not ended, or the dorm got an officer meanwhile', '该学生已担任一个尚未结束的信息员职务，或该宿舍已于此间有了信息员'),
      };
    }
    return null;
  }
}
