import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, tx, type UserActor } from '@carenet/domain';
import argon2 from 'argon2';
import { instantOf } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { sqlFlag } from '../../db/reads.js';
import { activeHolderJoin } from '../metrics/coverage.sql.js';
import { AuditService } from '../audit/audit.service.js';
import { AddressThrottle } from './address-throttle.js';
import { LoginAttemptEntity, SessionEntity, UserEntity } from './auth.entities.js';
import type { ApiTokenService } from './api-tokens.service.js';
import {
  checkPassword,
  type Credentials,
  dummyHash,
  endSessions,
  hashPassword,
  LOCK_FAILURES,
  LOCK_WINDOW_MS,
  LOGIN_LOCK_CLASS,
  LOGINS_PER_ADDRESS,
  newSecret,
  sha256,
  TOKEN_PREFIX,
  unauthenticated,
  USERNAME,
  wrongCredentials,
} from './auth.common.js';

/** The person behind an account, as userActor needs it (a UserEntity is one). */
export interface UserRef {
  id: number;
  username: string;
  staff: { id: number } | null;
  student: { id: number } | null;
}

/** The columns resolveActor reads of a session and its account. */
interface SessionRow {
  created_at: unknown;
  last_seen_at: unknown;
  ended_at: unknown;
  user_id: number | string;
  username: string;
  active: unknown;
  staff_id: number | string | null;
  student_id: number | string | null;
}

/** Sessions: sign-in with throttling, who a request is, sign-out, password change. */
export class SessionService {
  constructor(
    private readonly audit: AuditService,
    private readonly tokens: ApiTokenService,
    private readonly opts: { idleMinutes: number; maxHours?: number; loginsPerAddress?: number; now?: () => Date },
  ) {
    this.addresses = new AddressThrottle(opts.loginsPerAddress ?? LOGINS_PER_ADDRESS.limit, LOGINS_PER_ADDRESS.windowMs);
  }

  // Shared with account activation (activation.service.ts): one budget per address for every sign-in path.
  readonly addresses: AddressThrottle;

  /** Sessions end this many hours after sign-in, however active (SESSION_MAX_HOURS). */
  get maxHours(): number {
    return this.opts.maxHours ?? 12;
  }

  get idleMinutes(): number {
    return this.opts.idleMinutes;
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  /** Who a request is: a session cookie, a session bearer token or an API token; anonymous without any. */
  async resolveActor(em: EntityManager, c: Credentials): Promise<{ actor: Actor; sessionId: string | null }> {
    const secret = c.bearer?.trim() || c.session?.trim();
    if (!secret) return { actor: { kind: 'anonymous' }, sessionId: null };
    if (secret.startsWith(TOKEN_PREFIX)) return { actor: await this.tokens.tokenActor(em, secret), sessionId: null };
    const id = sha256(secret);
    // Rows, not entities: every signed-in request starts here (docs/performance.md, "The cost of a request").
    const [s] = await em.execute<SessionRow[]>(
      `select s.created_at, s.last_seen_at, s.ended_at, u.id as user_id, u.username, u.active, u.staff_id, u.student_id
       from user_session s join app_user u on u.id = s.user_id where s.id = ?`,
      [id],
      'all',
    );
    const now = this.now();
    const idleMs = this.opts.idleMinutes * 60_000;
    if (!s || s.ended_at !== null || !sqlFlag(s.active)) throw unauthenticated(tx('your session has ended; please sign in again', '您的会话已结束，请重新登录'));
    const createdAt = instantOf(s.created_at) as Date;
    const lastSeenAt = instantOf(s.last_seen_at) as Date;
    // An absolute lifetime besides the idle timeout: a stolen but busy session does not live for ever.
    if (now.getTime() - createdAt.getTime() > this.maxHours * 3_600_000) {
      await em.nativeUpdate(SessionEntity, { id }, { endedAt: now });
      throw unauthenticated(
        tx(
          `your session started more than ${this.maxHours} hours ago, the longest a session lasts; please sign in again`,
          `您的会话已超过 ${this.maxHours} 小时的最长时限，请重新登录`,
        ),
      );
    }
    if (now.getTime() - lastSeenAt.getTime() > idleMs) {
      await em.nativeUpdate(SessionEntity, { id }, { endedAt: now });
      throw unauthenticated(
        tx(
          `your session was idle for more than ${this.opts.idleMinutes} minutes; please sign in again`,
          `您已超过 ${this.opts.idleMinutes} 分钟未操作，会话已结束，请重新登录`,
        ),
      );
    }
    // Touch at most once a minute: a write per request would be wasteful. One conditional statement,
    // not a flush in a transaction: requests arriving together then do not queue on the row's lock.
    if (now.getTime() - lastSeenAt.getTime() > 60_000) {
      await em.nativeUpdate(SessionEntity, { id, lastSeenAt: { $lt: new Date(now.getTime() - 60_000) } }, { lastSeenAt: now });
    }
    const user: UserRef = {
      id: Number(s.user_id),
      username: String(s.username),
      staff: s.staff_id === null ? null : { id: Number(s.staff_id) },
      student: s.student_id === null ? null : { id: Number(s.student_id) },
    };
    return { actor: await this.userActor(em, user), sessionId: id };
  }

  /**
   * Granted roles plus the roles that follow from the person's current assignments (SPEC.md §6), in
   * one statement. A post counts while it is active (isActivePost: not ended, and its holder is still
   * ENROLLED in that very class or dorm), as everywhere else.
   */
  async userActor(em: EntityManager, user: UserRef): Promise<UserActor> {
    const staffId = user.staff?.id ?? null;
    const studentId = user.student?.id ?? null;
    // Through the entity manager, so that it reads inside the caller's transaction (activation).
    const rows = await em.execute<{ k: string; role: string | null; unit_id: number | string | null }[]>(
      `select 'grant' as k, role, college_id as unit_id from role_grant where user_id = ?
       union all select 'counselor', null, id from class_group where counselor_id = ?
       union all select 'committee', null, a.class_group_id from committee_appointment a
         ${activeHolderJoin('class_group_id')}
         where a.student_id = ? and a.ended_on is null
       union all select 'officer', null, a.dormitory_id from dorm_officer_appointment a
         ${activeHolderJoin('dormitory_id')}
         where a.student_id = ? and a.ended_on is null`,
      [user.id, staffId, studentId, studentId],
      'all',
    );
    const units = (k: string) => rows.filter((r) => r.k === k && r.unit_id !== null).map((r) => Number(r.unit_id));
    const grants = rows.filter((r) => r.k === 'grant');
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      admin: grants.some((g) => g.role === 'SCHOOL_ADMIN'),
      center: grants.some((g) => g.role === 'CENTER_STAFF'),
      leaderOf: grants.filter((g) => g.role === 'COLLEGE_LEADER' && g.unit_id !== null).map((g) => Number(g.unit_id)),
      counselorOf: units('counselor'),
      committeeOf: units('committee'),
      officerOf: units('officer'),
    };
  }

  /**
   * When a locked username may try again, or null when it is not locked: locked once the 5 attempts
   * before `before` (an attempt id) since the last successful sign-in, within 15 minutes, all failed.
   */
  async lockedUntil(em: EntityManager, username: string, before = Number.MAX_SAFE_INTEGER): Promise<Date | null> {
    const since = new Date(this.now().getTime() - LOCK_WINDOW_MS);
    const lastSuccess = await em.findOne(
      LoginAttemptEntity,
      { username, success: true, at: { $gt: since }, id: { $lt: before } },
      { orderBy: { id: 'desc' }, fields: ['id'] },
    );
    const failures = await em.find(
      LoginAttemptEntity,
      { username, success: false, at: { $gt: since }, id: { $lt: before, $gt: lastSuccess?.id ?? 0 } },
      { orderBy: { id: 'desc' }, limit: LOCK_FAILURES },
    );
    if (failures.length < LOCK_FAILURES) return null;
    // Locked until the fifth most recent failure leaves the window.
    return new Date((failures[LOCK_FAILURES - 1] as LoginAttemptEntity).at.getTime() + LOCK_WINDOW_MS);
  }

  /**
   * Stores a sign-in attempt as failed before its password is checked, and returns its id: an attempt
   * counts against the lockout while it is still running, so parallel guesses cannot all slip through.
   */
  async recordAttempt(em: EntityManager, username: string): Promise<number> {
    const insert = (e: EntityManager) => e.insert(LoginAttemptEntity, { username, success: false, at: this.now() });
    // SQLite has one writer: an id is taken and committed at once. On PostgreSQL an id is taken before
    // its row commits, so an attempt could miss an earlier one still in flight; a per-username lock held
    // until commit makes every earlier id of that username visible.
    if (!em.getDriver().getDependencies().includes('pg')) return insert(em);
    const key = createHash('sha256').update(username).digest().readInt32BE(0);
    return em.transactional(async (t) => {
      await t.execute('select pg_advisory_xact_lock(?::int, ?::int)', [LOGIN_LOCK_CLASS, key]);
      return insert(t);
    });
  }

  /**
   * Signs in. Limits, in order: attempts per client address (in memory, per instance), usernames that
   * cannot exist (nothing stored), and at most 5 failed guesses per username in 15 minutes.
   */
  async login(
    em: EntityManager,
    username: string,
    password: string,
    clientAddress: string | null = null,
  ): Promise<{ token: string; user: UserEntity; actor: UserActor }> {
    const busy = this.addresses.take(clientAddress ?? 'unknown', this.now());
    if (busy) {
      const at = busy.toISOString();
      throw unauthenticated(
        tx(
          `too many sign-in attempts from your network address: try again after ${at}`,
          `您所在网络地址的登录尝试过于频繁，请在 ${at} 之后重试`,
        ),
        { retryAt: at },
      );
    }
    const name = username.trim();
    if (!USERNAME.test(name)) {
      // No account has such a name: store nothing (it may be megabytes, or a spreadsheet formula),
      // but take as long as a real check so the answer looks like any wrong password.
      await argon2.verify(await dummyHash(), password);
      throw wrongCredentials();
    }
    const attempt = await this.recordAttempt(em, name);
    const locked = await this.lockedUntil(em, name, attempt);
    if (locked) {
      // A refused attempt guessed nothing: forget it, so that it does not push the retry time later.
      await em.nativeDelete(LoginAttemptEntity, { id: attempt });
      const minutes = Math.max(1, Math.ceil((locked.getTime() - this.now().getTime()) / 60_000));
      throw unauthenticated(
        tx(
          `too many failed sign-ins for "${name}": try again after ${locked.toISOString()} (in about ${minutes} minute${minutes === 1 ? '' : 's'})`,
          `用户名“${name}”登录失败次数过多，请在 ${locked.toISOString()} 之后重试（约 ${minutes} 分钟后）`,
        ),
        { retryAt: locked.toISOString() },
      );
    }
    const user = await em.findOne(UserEntity, { username: name });
    // Always verify (unknown and deactivated accounts too): the time taken must not tell them apart.
    const verified = await argon2.verify(user?.passwordHash ?? (await dummyHash()), password);
    if (!verified || !user || !user.active) {
      // Failed sign-ins are part of the audit trail too (who tried which account).
      this.audit.record(em, { kind: 'anonymous' }, { action: 'auth.login.failed', recordType: 'user', recordId: name });
      await em.flush();
      throw wrongCredentials();
    }
    const token = newSecret();
    em.persist(em.create(SessionEntity, { id: sha256(token), user, createdAt: this.now(), lastSeenAt: this.now() }));
    const actor = await this.userActor(em, user);
    this.audit.record(em, actor, { action: 'auth.login', recordType: 'user', recordId: user.id });
    await em.flush();
    await em.nativeUpdate(LoginAttemptEntity, { id: attempt }, { success: true });
    return { token, user, actor };
  }

  async logout(em: EntityManager, actor: Actor, sessionId: string | null): Promise<boolean> {
    if (!sessionId) return false;
    const s = await em.findOne(SessionEntity, { id: sessionId });
    if (!s || s.endedAt) return false;
    s.endedAt = this.now();
    this.audit.record(em, actor, { action: 'auth.logout', recordType: 'user', recordId: s.user.id });
    await em.flush();
    return true;
  }

  /** Changes the signed-in user's password and ends their other sessions (`keepSessionId` is the one in use). */
  async changePassword(em: EntityManager, actor: Actor, current: string, next: string, keepSessionId: string | null = null): Promise<boolean> {
    if (actor.kind !== 'user') throw unauthenticated(tx('sign in to change your password', '请先登录再修改密码'));
    checkPassword(next);
    const user = await em.findOneOrFail(UserEntity, actor.userId);
    if (!(await argon2.verify(user.passwordHash, current))) throw badInput(tx('the current password is wrong', '当前密码不正确'), { field: 'currentPassword' });
    user.passwordHash = await hashPassword(next);
    // Whoever may have learnt the old password loses the sessions they opened with it.
    await endSessions(em, user, this.now(), keepSessionId);
    this.audit.record(em, actor, { action: 'auth.password.change', recordType: 'user', recordId: user.id });
    await em.flush();
    return true;
  }
}
