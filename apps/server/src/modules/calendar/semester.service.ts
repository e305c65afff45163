import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, defaultSemester, defaultSemesterOf, parseDate, parseSemester, type DateRange, tx } from '@carenet/domain';
import type * as S from '@carenet/schema';
import { today } from '../../common/dates.js';
import { AppError, badInput, conflict } from '../../common/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { SemesterEntity } from './semester.entity.js';

const toSemester = (e: SemesterEntity): S.Semester => ({
  code: e.code,
  name: e.name,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  stored: true,
  version: e.version,
});

/** Adjacent semester codes: 2026-2027-1 → 2026-2027-2 → 2027-2028-1. */
function shift(code: string, by: number): string {
  const [y1, , n] = code.split('-').map(Number) as [number, number, number];
  let index = y1 * 2 + (n - 1) + by;
  const year = Math.floor(index / 2);
  index -= year * 2;
  return `${year}-${year + 1}-${index + 1}`;
}

/** The semester calendar: dates the school administration sets, the default calendar where it has not. */
export class SemesterService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
  ) {}

  code(raw: string): string {
    const code = raw.trim();
    if (!parseSemester(code)) {
      throw badInput(tx(`"${raw}" is not a semester code like 2026-2027-1`, `“${raw}”不是有效的学期代码（例如 2026-2027-1）`), { field: 'semester' });
    }
    return code;
  }

  /** A semester as stored, or its defaults; refuses a malformed code. */
  async get(em: EntityManager, raw: string): Promise<S.Semester> {
    const code = this.code(raw);
    const stored = await em.findOne(SemesterEntity, { code });
    if (stored) return toSemester(stored);
    const d = defaultSemester(code)!;
    return { ...d, stored: false, version: 0 };
  }

  async range(em: EntityManager, raw: string): Promise<DateRange> {
    const s = await this.get(em, raw);
    return { from: s.startsOn, to: s.endsOn };
  }

  /** The semester today falls in (stored dates first, then the default calendar). */
  async current(em: EntityManager): Promise<S.Semester> {
    const now = today(this.timeZone);
    const stored = await em.findOne(SemesterEntity, { startsOn: { $lte: now }, endsOn: { $gte: now } });
    return stored ? toSemester(stored) : this.get(em, defaultSemesterOf(now));
  }

  /** Every stored semester plus the current one and its neighbours, newest first. */
  async list(em: EntityManager): Promise<S.Semester[]> {
    const current = (await this.current(em)).code;
    const codes = new Set([shift(current, 1), current, shift(current, -1), shift(current, -2)]);
    const stored = await em.find(SemesterEntity, {}, { orderBy: { code: 'desc' } });
    const byCode = new Map(stored.map((s) => [s.code, toSemester(s)]));
    for (const c of codes) if (!byCode.has(c)) byCode.set(c, { ...defaultSemester(c)!, stored: false, version: 0 });
    return [...byCode.values()].sort((a, b) => b.code.localeCompare(a.code));
  }

  async set(em: EntityManager, actor: Actor, input: S.SetSemesterInput): Promise<S.Semester> {
    if (!(actor.kind === 'system' || (actor.kind === 'user' && actor.admin))) {
      throw new AppError('FORBIDDEN', tx('only the school administration sets the semester calendar', '只有学生工作处可以设置学期'));
    }
    const code = this.code(input.code);
    const name = input.name.trim();
    if (name === '' || name.length > 100) throw badInput(tx('the name must be 1–100 characters', '学期名称须为 1–100 个字'), { field: 'name' });
    const from = parseDate(input.startsOn);
    if (!from.ok) throw badInput(from.error, { field: 'startsOn' });
    const to = parseDate(input.endsOn);
    if (!to.ok) throw badInput(to.error, { field: 'endsOn' });
    if (to.value < from.value) throw badInput(tx('the semester ends before it starts', '学期结束日期早于开始日期'), { field: 'endsOn' });
    const d = defaultSemester(code)!;
    // Dates far from the code's academic year are a typo (2026-2027-1 starting in 2019).
    const year = Number(code.slice(0, 4));
    if (Number(from.value.slice(0, 4)) < year || Number(to.value.slice(0, 4)) > year + 1) {
      throw badInput(tx(`the dates must lie in the academic year ${code.slice(0, 9)}`, `日期须在 ${code.slice(0, 9)} 学年内`), { field: 'startsOn' });
    }
    const out = await em.transactional(async (t) => {
      // Semesters must not overlap, or "the semester of a date" would have two answers.
      const overlapping = await t.findOne(SemesterEntity, { code: { $ne: code }, startsOn: { $lte: to.value }, endsOn: { $gte: from.value } });
      if (overlapping) {
        throw badInput(tx(`the dates overlap semester ${overlapping.code}`, `日期与学期 ${overlapping.code} 重叠`), { field: 'startsOn' });
      }
      let e = await t.findOne(SemesterEntity, { code });
      if (e && input.version != null && input.version !== e.version) {
        throw conflict(tx('someone else changed this semester; reload and try again', '该学期已被他人修改，请刷新后重试'));
      }
      const before = e ? { name: e.name, startsOn: e.startsOn, endsOn: e.endsOn } : { name: d.name, startsOn: d.startsOn, endsOn: d.endsOn };
      if (!e) e = t.create(SemesterEntity, { code, name, startsOn: from.value, endsOn: to.value });
      else Object.assign(e, { name, startsOn: from.value, endsOn: to.value });
      this.audit.record(t, actor, { action: 'semester.set', recordType: 'semester', recordId: code, detail: { before, after: { name, startsOn: from.value, endsOn: to.value } } });
      await t.flush();
      return e;
    });
    return toSemester(out);
  }
}
