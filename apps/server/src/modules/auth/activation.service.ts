import { randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, canManageAccess, isActivePost, type NetworkLevel, toCsv, tx, type UserActor } from '@carenet/domain';
import type * as S from '@carenet/schema';
import { localDateTime } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import type { AuditService } from '../audit/audit.service.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../network/appointment.entities.js';
import { CollegeEntity, type StudentEntity } from '../org/org.entities.js';
import { collegeByCode } from '../org/org.service.js';
import { writeXlsx } from '../roster-import/table-reader.js';
import { ActivationCodeEntity } from './activation.entities.js';
import { LoginAttemptEntity, SessionEntity, UserEntity } from './auth.entities.js';
import { checkPassword, endSessions, forbidden, hashPassword, newSecret, sha256, unauthenticated, USERNAME } from './auth.common.js';
import type { SessionService } from './sessions.service.js';

/** Default lifetime of an activation code (ACTIVATION_CODE_DAYS). */
export const ACTIVATION_CODE_DAYS = 14;
/** 32 symbols without 0/O and 1/I, which people misread on paper. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 16 symbols of 5 bits: 80 random bits, too many to guess even offline from the stored hash. */
const CODE_LENGTH = 16;

/** A fresh code, written XXXX-XXXX-XXXX-XXXX. */
export function newActivationCode(): string {
  const s = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return s.match(/.{4}/g)!.join('-');
}

/** What is hashed: upper case, without the spaces and dashes people type or leave out. */
export const normaliseCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '');
export const codeHash = (raw: string) => sha256(normaliseCode(raw));

/**
 * The password hash of an account that has not been activated: random bytes in argon2id's format.
 * No password was ever hashed to it, so none matches, and checking one costs as long as for any
 * account (sign-in cannot tell a waiting account apart). No slow hashing for thousands of accounts.
 */
export function unusablePasswordHash(): string {
  const b64 = (n: number) => randomBytes(n).toString('base64').replace(/=+$/, '');
  return `$argon2id$v=19$m=65536,t=3,p=4$${b64(16)}$${b64(32)}`;
}

const WRONG_CODE = tx(
  'this activation code is wrong, has expired or was already used; ask your administrator for a new one',
  '激活码错误、已过期或已被使用，请向管理员索取新的激活码',
);

interface Holder {
  student: StudentEntity;
  college: CollegeEntity;
  units: string[];
}

interface IssuedRow {
  user: UserEntity;
  code: string;
  newAccount: boolean;
  holder: Holder | null;
}

/**
 * Accounts for student post holders (committee members, dorm officers) and the one-time codes that
 * activate them. The account carries no granted role: COMMITTEE_MEMBER / DORM_OFFICER follow from the
 * linked student's current posts, as for any account linked to a student (SPEC.md §6).
 */
export class ActivationService {
  constructor(
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly opts: { codeDays?: number; timeZone: string; now?: () => Date },
  ) {}

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  get codeDays(): number {
    return this.opts.codeDays ?? ACTIVATION_CODE_DAYS;
  }

  /** Active committee members and officers of a college (optionally one level), one entry per student. */
  private async postHolders(em: EntityManager, college: CollegeEntity, level: NetworkLevel | null): Promise<Holder[]> {
    const unit = { college, ...(level ? { level } : {}) };
    const populate = ['student.classGroup', 'student.dormitory'] as const;
    const [committee, officers] = await Promise.all([
      em.find(CommitteeAppointmentEntity, { endedOn: null, classGroup: unit, student: { status: 'ENROLLED' } }, { populate: ['classGroup', ...populate] }),
      em.find(DormOfficerAppointmentEntity, { endedOn: null, dormitory: unit, student: { status: 'ENROLLED' } }, { populate: ['dormitory', ...populate] }),
    ]);
    const byStudent = new Map<number, Holder>();
    const add = (student: StudentEntity, unitCode: string) => {
      const h = byStudent.get(student.id) ?? { student, college, units: [] };
      h.units.push(unitCode);
      byStudent.set(student.id, h);
    };
    // The same rule as the roster and the coverage SQL: a post counts while its holder is enrolled and still in the unit.
    for (const a of committee) {
      if (isActivePost({ endedOn: a.endedOn, unitId: a.classGroup.id }, { status: a.student.status, unitId: a.student.classGroup.id })) add(a.student, a.classGroup.code);
    }
    for (const a of officers) {
      if (isActivePost({ endedOn: a.endedOn, unitId: a.dormitory.id }, { status: a.student.status, unitId: a.student.dormitory?.id ?? null })) add(a.student, a.dormitory.code);
    }
    return [...byStudent.values()].sort((a, b) => (a.units[0] ?? '').localeCompare(b.units[0] ?? '') || a.student.studentNo.localeCompare(b.student.studentNo));
  }

  /** Usernames for new accounts: the student number (3–64 letters/digits), else stu-<number>; -2, -3 … when taken. */
  private async usernames(em: EntityManager, students: StudentEntity[]): Promise<string[]> {
    const bases = students.map((s) => (USERNAME.test(s.studentNo) ? s.studentNo : `stu-${s.studentNo}`));
    const taken = new Set((await em.find(UserEntity, { username: { $in: bases } }, { fields: ['username'] })).map((u) => u.username));
    const clashing = bases.filter((b) => taken.has(b));
    if (clashing.length) {
      const variants = clashing.flatMap((b) => Array.from({ length: 8 }, (_, i) => `${b}-${i + 2}`));
      for (const u of await em.find(UserEntity, { username: { $in: variants } }, { fields: ['username'] })) taken.add(u.username);
    }
    return bases.map((b) => {
      const name = [b, ...Array.from({ length: 8 }, (_, i) => `${b}-${i + 2}`)].find((n) => !taken.has(n)) ?? `${b}-${randomBytes(3).toString('hex')}`;
      taken.add(name);
      return name;
    });
  }

  /** A new code for a user; their older outstanding codes are revoked first (one outstanding code per account). */
  private async issue(em: EntityManager, actor: Actor, user: UserEntity, expiresAt: Date): Promise<string> {
    // A new account (no id before the flush) has nothing to revoke; never run this update without a user.
    if (user.id) await em.nativeUpdate(ActivationCodeEntity, { user: user.id, usedAt: null, revokedAt: null }, { revokedAt: this.now() });
    const code = newActivationCode();
    em.persist(
      em.create(ActivationCodeEntity, {
        user,
        codeHash: codeHash(code),
        expiresAt,
        createdBy: actor.kind === 'user' ? em.getReference(UserEntity, actor.userId) : null,
      }),
    );
    return code;
  }

  /**
   * Creates accounts for a college's active post holders who have none, with a code each; with
   * reissueUnactivated, also a new code for holders whose account was never activated by a code.
   * School administrators only (account management, SPEC.md §6). One transaction, audited per account.
   */
  async createPostHolderAccounts(em: EntityManager, actor: Actor, input: S.CreatePostHolderAccountsInput): Promise<S.ActivationCodeSheet> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may create accounts', '只有学校管理员可以创建账号'));
    const college = await collegeByCode(em, input.collegeCode.trim());
    const holders = await this.postHolders(em, college, input.level ?? null);
    const expiresAt = new Date(this.now().getTime() + this.codeDays * 86_400_000);
    const issued = await em.transactional(async (t) => {
      const accounts = holders.length ? await t.find(UserEntity, { student: { $in: holders.map((h) => h.student.id) } }, { populate: ['student'] }) : [];
      const accountOf = new Map(accounts.map((u) => [u.student!.id, u]));
      // Never activated: it has had codes and none was used (an account made with a password has none).
      const codes = accounts.length ? await t.find(ActivationCodeEntity, { user: { $in: accounts.map((u) => u.id) } }) : [];
      const unactivated = (u: UserEntity) => {
        const mine = codes.filter((c) => c.user.id === u.id);
        return u.active && mine.length > 0 && mine.every((c) => c.usedAt === null);
      };
      const fresh = holders.filter((h) => !accountOf.has(h.student.id));
      const names = await this.usernames(t, fresh.map((h) => h.student));
      const rows: IssuedRow[] = [];
      for (const [i, h] of fresh.entries()) {
        const user = t.create(UserEntity, { username: names[i]!, passwordHash: unusablePasswordHash(), student: h.student });
        rows.push({ user, code: await this.issue(t, actor, user, expiresAt), newAccount: true, holder: h });
        this.audit.record(t, actor, {
          action: 'user.create',
          recordType: 'user',
          recordId: user.username,
          studentNo: h.student.studentNo,
          detail: { username: user.username, studentNo: h.student.studentNo, grants: [], postHolder: h.units, activationCodeExpiresAt: expiresAt },
        });
      }
      if (input.reissueUnactivated) {
        for (const h of holders) {
          const user = accountOf.get(h.student.id);
          if (!user || !unactivated(user)) continue;
          rows.push({ user, code: await this.issue(t, actor, user, expiresAt), newAccount: false, holder: h });
          this.audit.record(t, actor, {
            action: 'user.activationCode.issue',
            recordType: 'user',
            recordId: user.username,
            studentNo: h.student.studentNo,
            detail: { expiresAt, reissue: true },
          });
        }
      }
      await t.flush();
      return rows;
    });
    const created = issued.filter((r) => r.newAccount).length;
    return this.sheet(issued, expiresAt, { created, reissued: issued.length - created, skipped: holders.length - issued.length });
  }

  /** A new code for one account (a lost code, a forgotten password): the older code stops working. */
  async issueActivationCode(em: EntityManager, actor: Actor, userId: string): Promise<S.ActivationCodeSheet> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may manage accounts', '只有学校管理员可以管理账号'));
    const user = await em.findOne(UserEntity, { id: Number(userId) || -1 }, { populate: ['student.classGroup.college', 'student.dormitory', 'staff.college'] });
    if (!user) throw notFound(tx(`no account with id ${userId}`, `未找到编号为 ${userId} 的账号`));
    if (!user.active) {
      throw badInput(tx(`the account ${user.username} is deactivated; reactivate it first`, `账号 ${user.username} 已停用，请先启用`), { field: 'userId' });
    }
    const expiresAt = new Date(this.now().getTime() + this.codeDays * 86_400_000);
    const code = await em.transactional(async (t) => {
      const c = await this.issue(t, actor, t.merge(user), expiresAt);
      this.audit.record(t, actor, {
        action: 'user.activationCode.issue',
        recordType: 'user',
        recordId: user.username,
        studentNo: user.student?.studentNo ?? null,
        detail: { expiresAt },
      });
      await t.flush();
      return c;
    });
    const s = user.student;
    const holder: Holder | null = s ? { student: s, college: s.classGroup.college, units: [s.classGroup.code, ...(s.dormitory ? [s.dormitory.code] : [])] } : null;
    return this.sheet([{ user, code, newAccount: false, holder }], expiresAt, { created: 0, reissued: 1, skipped: 0 });
  }

  /** The result: rows shown once, and the same rows as CSV and XLSX to print or hand out. */
  private async sheet(
    issued: IssuedRow[],
    expiresAt: Date,
    counts: { created: number; reissued: number; skipped: number },
  ): Promise<S.ActivationCodeSheet> {
    const rows: S.ActivationCodeRow[] = issued.map((r) => {
      const staffCollege = r.user.staff?.college ?? null;
      const college = r.holder?.college ?? staffCollege;
      return {
        collegeCode: college?.code ?? null,
        collegeName: college?.name ?? null,
        units: r.holder ? r.holder.units.join(' / ') : null,
        name: r.holder?.student.name ?? r.user.staff?.name ?? null,
        studentNo: r.holder?.student.studentNo ?? null,
        username: r.user.username,
        code: r.code,
        expiresAt,
        newAccount: r.newAccount,
      };
    });
    const zh = currentLocale() === 'zh';
    const header = zh
      ? ['学院', '班级/宿舍', '姓名', '学号', '用户名', '激活码', '有效期至']
      : ['College', 'Class/dorm', 'Name', 'Student number', 'Username', 'Activation code', 'Expires'];
    const expires = localDateTime(this.opts.timeZone, expiresAt);
    const cells = rows.map((r) => [r.collegeName ? `${r.collegeName}（${r.collegeCode}）` : '', r.units ?? '', r.name ?? '', r.studentNo ?? '', r.username, r.code, expires]);
    const xlsx = await writeXlsx(zh ? '激活码' : 'Activation codes', header, cells);
    return { rows, ...counts, expiresAt, csv: toCsv([header, ...cells]), xlsxBase64: xlsx.toString('base64') };
  }

  /**
   * First sign-in with a code: sets the password and signs in. Throttled as sign-in is (attempts per
   * address, and the per-username lockout shared with `login`). A wrong, expired, used or replaced
   * code, an unknown or deactivated account: one answer for all.
   */
  async activate(
    em: EntityManager,
    username: string,
    code: string,
    newPassword: string,
    clientAddress: string | null = null,
  ): Promise<{ token: string; user: UserEntity; actor: UserActor }> {
    const now = this.now();
    const busy = this.sessions.addresses.take(clientAddress ?? 'unknown', now);
    if (busy) {
      const at = busy.toISOString();
      throw unauthenticated(tx(`too many attempts from your network address: try again after ${at}`, `您所在网络地址的尝试过于频繁，请在 ${at} 之后重试`), { retryAt: at });
    }
    checkPassword(newPassword);
    const name = username.trim();
    // No account has such a name: store nothing (it may be huge), answer as for a wrong code.
    if (!USERNAME.test(name)) throw unauthenticated(WRONG_CODE);
    const attempt = await this.sessions.recordAttempt(em, name);
    const locked = await this.sessions.lockedUntil(em, name, attempt);
    if (locked) {
      await em.nativeDelete(LoginAttemptEntity, { id: attempt });
      const at = locked.toISOString();
      throw unauthenticated(tx(`too many failed attempts for "${name}": try again after ${at}`, `用户名“${name}”失败次数过多，请在 ${at} 之后重试`), { retryAt: at });
    }
    const user = await em.findOne(UserEntity, { username: name });
    const found = user?.active && code.length <= 100 ? await em.findOne(ActivationCodeEntity, { user, codeHash: codeHash(code) }) : null;
    const usable = found && !found.usedAt && !found.revokedAt && found.expiresAt > now;
    if (!user || !found || !usable) {
      this.audit.record(em, { kind: 'anonymous' }, { action: 'auth.activation.failed', recordType: 'user', recordId: name });
      await em.flush();
      throw unauthenticated(WRONG_CODE);
    }
    const passwordHash = await hashPassword(newPassword);
    const token = newSecret();
    const actor = await em.transactional(async (t) => {
      // Single use, also against a parallel activation with the same code: only one update matches.
      const n = await t.nativeUpdate(ActivationCodeEntity, { id: found.id, usedAt: null, revokedAt: null }, { usedAt: now });
      if (n !== 1) throw unauthenticated(WRONG_CODE);
      const u = await t.findOneOrFail(UserEntity, user.id);
      u.passwordHash = passwordHash;
      // Whoever may have had a session of this account loses it with the new password.
      await endSessions(t, u, now);
      t.persist(t.create(SessionEntity, { id: sha256(token), user: u, createdAt: now, lastSeenAt: now }));
      const a = await this.sessions.userActor(t, u);
      this.audit.record(t, a, { action: 'auth.activation', recordType: 'user', recordId: u.id, studentNo: null, detail: { username: u.username } });
      this.audit.record(t, a, { action: 'auth.login', recordType: 'user', recordId: u.id });
      await t.flush();
      return a;
    });
    await em.nativeUpdate(LoginAttemptEntity, { id: attempt }, { success: true });
    return { token, user: await em.findOneOrFail(UserEntity, user.id, { refresh: true }), actor };
  }
}
