import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  API_SCOPES,
  canManageAccess,
  GRANTABLE_ROLES,
  isActivePost,
  type Role,
  rolesOf,
  type Text,
  type TokenActor,
  tx,
  type UserActor,
} from '@carenet/domain';
import argon2 from 'argon2';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../network/appointment.entities.js';
import { ClassGroupEntity, CollegeEntity, StaffEntity, StudentEntity } from '../org/org.entities.js';
import { AddressThrottle } from './address-throttle.js';
import { ApiTokenEntity, LoginAttemptEntity, oneYearAfter, RoleGrantEntity, SessionEntity, UserEntity } from './auth.entities.js';

export const LOCK_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;
/** Sign-in attempts per client address and minute, per server instance (see AddressThrottle). */
export const LOGINS_PER_ADDRESS = { limit: 20, windowMs: 60_000 };
/** An API token lives at most this many days (a year, leap years included). */
export const TOKEN_MAX_DAYS = 366;
// Namespace of the PostgreSQL advisory locks that serialise sign-in attempts per username.
const LOGIN_LOCK_CLASS = 0x4c4f47;
const TOKEN_PREFIX = 'cn_';
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;
export const MIN_PASSWORD = 10;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

const unauthenticated = (message: Text, extra: Record<string, unknown> = {}) => new AppError('UNAUTHENTICATED', message, extra);
const wrongCredentials = () => unauthenticated(tx('wrong username or password', '用户名或密码错误'));
const forbidden = (message: Text) => new AppError('FORBIDDEN', message);

export interface Credentials {
  bearer?: string | null;
  session?: string | null;
}

export interface GrantInput {
  role: Role;
  collegeCode?: string | null;
}

export interface CreateUserData {
  username: string;
  password: string;
  staffNo?: string | null;
  studentNo?: string | null;
  grants: GrantInput[];
}

export interface CreateTokenData {
  name: string;
  scopes: string[];
  collegeCode?: string | null;
  expiresAt?: Date | null;
}

/** Accounts, sessions, API tokens and login throttling. */
export class AuthService {
  constructor(
    private readonly audit: AuditService,
    private readonly opts: { idleMinutes: number; maxHours?: number; now?: () => Date },
  ) {}

  private readonly addresses = new AddressThrottle(LOGINS_PER_ADDRESS.limit, LOGINS_PER_ADDRESS.windowMs);

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
    if (secret.startsWith(TOKEN_PREFIX)) return { actor: await this.tokenActor(em, secret), sessionId: null };
    const id = sha256(secret);
    const s = await em.findOne(SessionEntity, { id }, { populate: ['user'] });
    const now = this.now();
    const idleMs = this.opts.idleMinutes * 60_000;
    if (!s || s.endedAt || !s.user.active) throw unauthenticated(tx('your session has ended; please sign in again', '您的会话已结束，请重新登录'));
    // An absolute lifetime besides the idle timeout: a stolen but busy session does not live for ever.
    if (now.getTime() - s.createdAt.getTime() > this.maxHours * 3_600_000) {
      s.endedAt = now;
      await em.flush();
      throw unauthenticated(
        tx(
          `your session started more than ${this.maxHours} hours ago, the longest a session lasts; please sign in again`,
          `您的会话已超过 ${this.maxHours} 小时的最长时限，请重新登录`,
        ),
      );
    }
    if (now.getTime() - s.lastSeenAt.getTime() > idleMs) {
      s.endedAt = now;
      await em.flush();
      throw unauthenticated(
        tx(
          `your session was idle for more than ${this.opts.idleMinutes} minutes; please sign in again`,
          `您已超过 ${this.opts.idleMinutes} 分钟未操作，会话已结束，请重新登录`,
        ),
      );
    }
    // Touch at most once a minute: a write per request would be wasteful.
    if (now.getTime() - s.lastSeenAt.getTime() > 60_000) {
      s.lastSeenAt = now;
      await em.flush();
    }
    return { actor: await this.userActor(em, s.user), sessionId: id };
  }

  private async tokenActor(em: EntityManager, secret: string): Promise<TokenActor> {
    const t = await em.findOne(ApiTokenEntity, { tokenHash: sha256(secret) });
    const now = this.now();
    if (!t) throw unauthenticated(tx('unknown API token', '无法识别的 API 令牌'));
    if (t.revokedAt) throw unauthenticated(tx('this API token was revoked', '该 API 令牌已被撤销'));
    const expiry = t.expiry();
    if (expiry <= now) {
      const at = expiry.toISOString();
      throw unauthenticated(tx(`this API token expired on ${at}`, `该 API 令牌已于 ${at} 过期`));
    }
    if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > 60_000) {
      t.lastUsedAt = now;
      await em.flush();
    }
    return { kind: 'token', tokenId: t.id, name: t.name, scopes: t.scopeList(), collegeId: t.college?.id ?? null };
  }

  /** Granted roles plus the roles that follow from the person's current assignments (SPEC.md §6). */
  async userActor(em: EntityManager, user: UserEntity): Promise<UserActor> {
    const grants = await em.find(RoleGrantEntity, { user });
    const [counselorOf, committee, officer] = await Promise.all([
      user.staff ? em.find(ClassGroupEntity, { counselor: user.staff }, { fields: ['id'] }) : [],
      user.student
        ? em.find(CommitteeAppointmentEntity, { student: { id: user.student.id, status: 'ENROLLED' }, endedOn: null }, { populate: ['student'] })
        : [],
      user.student
        ? em.find(DormOfficerAppointmentEntity, { student: { id: user.student.id, status: 'ENROLLED' }, endedOn: null }, { populate: ['student'] })
        : [],
    ]);
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      admin: grants.some((g) => g.role === 'SCHOOL_ADMIN'),
      center: grants.some((g) => g.role === 'CENTER_STAFF'),
      leaderOf: grants.filter((g) => g.role === 'COLLEGE_LEADER' && g.college).map((g) => g.college!.id),
      counselorOf: (counselorOf as ClassGroupEntity[]).map((c) => c.id),
      committeeOf: (committee as CommitteeAppointmentEntity[])
        .filter((a) => isActivePost({ endedOn: a.endedOn, unitId: a.classGroup.id }, { status: a.student.status, unitId: a.student.classGroup.id }))
        .map((a) => a.classGroup.id),
      officerOf: (officer as DormOfficerAppointmentEntity[])
        .filter((a) => isActivePost({ endedOn: a.endedOn, unitId: a.dormitory.id }, { status: a.student.status, unitId: a.student.dormitory?.id ?? null }))
        .map((a) => a.dormitory.id),
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
  private async recordAttempt(em: EntityManager, username: string): Promise<number> {
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
      await argon2.verify(DUMMY_HASH, password);
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
    const verified = await argon2.verify(user?.passwordHash ?? DUMMY_HASH, password);
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
    await this.endSessions(em, user, keepSessionId);
    this.audit.record(em, actor, { action: 'auth.password.change', recordType: 'user', recordId: user.id });
    await em.flush();
    return true;
  }

  /** Validates grants: only the grantable roles, COLLEGE_LEADER with an existing college. */
  private async parseGrants(em: EntityManager, input: GrantInput[]): Promise<{ role: Role; college: CollegeEntity | null }[]> {
    const grants: { role: Role; college: CollegeEntity | null }[] = [];
    for (const g of input) {
      if (!GRANTABLE_ROLES.includes(g.role)) {
        throw badInput(
          tx(
            `${g.role} is not granted: it follows from the linked person's current class assignments and appointments`,
            `${g.role} 角色不能直接授予：它由所关联人员当前的班级分配和任职情况自动确定`,
          ),
          { field: 'grants' },
        );
      }
      if (g.role === 'COLLEGE_LEADER') {
        if (!g.collegeCode) throw badInput(tx('COLLEGE_LEADER needs a collegeCode', 'COLLEGE_LEADER（学院领导）角色须指定 collegeCode（学院代码）'), { field: 'grants' });
        const college = await em.findOne(CollegeEntity, { code: g.collegeCode.trim() });
        if (!college) throw notFound(tx(`no college with code "${g.collegeCode}"`, `未找到学院代码为“${g.collegeCode}”的学院`));
        grants.push({ role: 'COLLEGE_LEADER', college });
      } else {
        if (g.collegeCode) throw badInput(tx(`${g.role} is university-wide and takes no collegeCode`, `${g.role} 是全校范围的角色，不能指定 collegeCode（学院代码）`), { field: 'grants' });
        grants.push({ role: g.role, college: null });
      }
    }
    return grants;
  }

  async createUser(em: EntityManager, actor: Actor, input: CreateUserData): Promise<UserEntity> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may create accounts', '只有学校管理员可以创建账号'));
    const username = input.username.trim();
    if (!USERNAME.test(username)) {
      throw badInput(tx('a username is 3–64 letters, digits, ".", "_" or "-"', '用户名应为 3–64 位字母、数字、“.”、“_”或“-”'), { field: 'username' });
    }
    checkPassword(input.password);
    if (await em.count(UserEntity, { username })) throw conflict(tx(`the username "${username}" is taken`, `用户名“${username}”已被占用`));
    const staff = input.staffNo ? await em.findOne(StaffEntity, { staffNo: input.staffNo.trim() }) : null;
    if (input.staffNo && !staff) throw notFound(tx(`no staff member with number "${input.staffNo}"`, `未找到工号为“${input.staffNo}”的教职工`));
    const student = input.studentNo ? await em.findOne(StudentEntity, { studentNo: input.studentNo.trim() }) : null;
    if (input.studentNo && !student) throw notFound(tx(`no student with number "${input.studentNo}"`, `未找到学号为“${input.studentNo}”的学生`));
    const grants = await this.parseGrants(em, input.grants);
    const user = em.create(UserEntity, { username, passwordHash: await hashPassword(input.password), staff, student });
    for (const g of grants) em.persist(em.create(RoleGrantEntity, { user, role: g.role, college: g.college }));
    this.audit.record(em, actor, {
      action: 'user.create',
      recordType: 'user',
      recordId: username,
      detail: { username, staffNo: input.staffNo ?? null, studentNo: input.studentNo ?? null, grants: input.grants },
    });
    await em.flush();
    return user;
  }

  private async managedUser(em: EntityManager, actor: Actor, id: string): Promise<UserEntity> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may manage accounts', '只有学校管理员可以管理账号'));
    const user = await em.findOne(UserEntity, { id: Number(id) || -1 });
    if (!user) throw notFound(tx(`no account with id ${id}`, `未找到编号为 ${id} 的账号`));
    return user;
  }

  /** Ends every open session of a user (but `except`): a change of access or password takes effect at once. */
  private async endSessions(em: EntityManager, user: UserEntity, except: string | null = null): Promise<void> {
    for (const s of await em.find(SessionEntity, { user, endedAt: null })) if (s.id !== except) s.endedAt = this.now();
  }

  /** Replaces a user's granted roles. Administrators cannot remove their own SCHOOL_ADMIN. */
  async setUserGrants(em: EntityManager, actor: Actor, id: string, input: GrantInput[]): Promise<UserEntity> {
    const user = await this.managedUser(em, actor, id);
    const grants = await this.parseGrants(em, input);
    if (actor.kind === 'user' && actor.userId === user.id && !grants.some((g) => g.role === 'SCHOOL_ADMIN')) {
      throw badInput(tx('you cannot remove your own SCHOOL_ADMIN role', '不能取消自己的学校管理员角色'), { field: 'grants' });
    }
    // Old grants out, new grants and the audit event in: one transaction.
    await em.transactional(async (t) => {
      await t.nativeDelete(RoleGrantEntity, { user: user.id });
      for (const g of grants) t.persist(t.create(RoleGrantEntity, { user: user.id, role: g.role, college: g.college?.id ?? null }));
      this.audit.record(t, actor, { action: 'user.grants.set', recordType: 'user', recordId: user.username, detail: { grants: input } });
    });
    return user;
  }

  /** Deactivates (or reactivates) an account; deactivation ends its sessions. */
  async setUserActive(em: EntityManager, actor: Actor, id: string, active: boolean): Promise<UserEntity> {
    const user = await this.managedUser(em, actor, id);
    if (!active && actor.kind === 'user' && actor.userId === user.id) {
      throw badInput(tx('you cannot deactivate your own account', '不能停用自己的账号'), { field: 'active' });
    }
    user.active = active;
    if (!active) await this.endSessions(em, user);
    this.audit.record(em, actor, { action: active ? 'user.activate' : 'user.deactivate', recordType: 'user', recordId: user.username });
    await em.flush();
    return user;
  }

  /** Sets a new password for someone who lost theirs; their sessions end. */
  async resetUserPassword(em: EntityManager, actor: Actor, id: string, password: string): Promise<boolean> {
    const user = await this.managedUser(em, actor, id);
    checkPassword(password);
    user.passwordHash = await hashPassword(password);
    await this.endSessions(em, user);
    this.audit.record(em, actor, { action: 'user.password.reset', recordType: 'user', recordId: user.username });
    await em.flush();
    return true;
  }

  async createApiToken(em: EntityManager, actor: Actor, input: CreateTokenData): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may create API tokens', '只有学校管理员可以创建 API 令牌'));
    const name = input.name.trim();
    if (!name || name.length > 100) throw badInput(tx('a token needs a name of at most 100 characters', 'API 令牌须有名称，且不超过 100 个字符'), { field: 'name' });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw badInput(tx('a token needs at least one scope', 'API 令牌至少需要一个权限范围'), { field: 'scopes' });
    const bad = scopes.find((s) => !(API_SCOPES as readonly string[]).includes(s));
    if (bad) throw badInput(tx(`unknown scope ${bad}`, `未知的权限范围 ${bad}`), { field: 'scopes' });
    const now = this.now();
    if (input.expiresAt && input.expiresAt <= now) throw badInput(tx('expiresAt must be in the future', 'expiresAt（过期时间）必须晚于当前时间'), { field: 'expiresAt' });
    if (input.expiresAt && input.expiresAt.getTime() > now.getTime() + TOKEN_MAX_DAYS * 86_400_000) {
      throw badInput(
        tx(
          `a token lives at most a year: expiresAt must be within ${TOKEN_MAX_DAYS} days; create a new token when it expires`,
          `API 令牌的有效期最长一年：expiresAt（过期时间）须在 ${TOKEN_MAX_DAYS} 天之内，到期后请创建新令牌`,
        ),
        { field: 'expiresAt' },
      );
    }
    // Every token expires: a year from now unless an earlier date is asked for.
    const expiresAt = input.expiresAt ?? oneYearAfter(now);
    const college = input.collegeCode ? await em.findOne(CollegeEntity, { code: input.collegeCode.trim() }) : null;
    if (input.collegeCode && !college) throw notFound(tx(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const apiToken = em.create(ApiTokenEntity, {
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      scopes: scopes.join(','),
      college,
      expiresAt,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.kind === 'user' ? em.getReference(UserEntity, actor.userId) : null,
    });
    // One flush: the token and its audit event are written together (the prefix identifies the token).
    this.audit.record(em, actor, { action: 'apiToken.create', recordType: 'apiToken', recordId: apiToken.prefix, detail: { name, scopes, collegeCode: input.collegeCode ?? null, expiresAt: expiresAt.toISOString() } });
    await em.flush();
    return { token, apiToken };
  }

  async revokeApiToken(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may revoke API tokens', '只有学校管理员可以撤销 API 令牌'));
    const t = await em.findOne(ApiTokenEntity, Number(id) || -1);
    if (!t) throw notFound(tx(`no API token with id ${id}`, `未找到 ID 为 ${id} 的 API 令牌`));
    if (t.revokedAt) return true;
    t.revokedAt = this.now();
    this.audit.record(em, actor, { action: 'apiToken.revoke', recordType: 'apiToken', recordId: t.id });
    await em.flush();
    return true;
  }

  async listUsers(em: EntityManager, actor: Actor): Promise<UserEntity[]> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may list accounts', '只有学校管理员可以查看账号列表'));
    return em.find(UserEntity, {}, { populate: ['staff', 'student'], orderBy: { username: 'asc' }, limit: 1000 });
  }

  async listApiTokens(em: EntityManager, actor: Actor): Promise<ApiTokenEntity[]> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may list API tokens', '只有学校管理员可以查看 API 令牌列表'));
    return em.find(ApiTokenEntity, {}, { populate: ['college'], orderBy: { id: 'desc' }, limit: 1000 });
  }

  /** The grants of a user (for display). */
  async grantsOf(em: EntityManager, userId: number): Promise<{ role: Role; collegeCode: string | null }[]> {
    const g = await em.find(RoleGrantEntity, { user: userId }, { populate: ['college'] });
    return g.map((x) => ({ role: x.role, collegeCode: x.college?.code ?? null }));
  }

  /** ADMIN_USERNAME / ADMIN_PASSWORD on an empty database, and `cli create-admin`. */
  async createAdmin(em: EntityManager, username: string, password: string, onlyIfNoUsers: boolean): Promise<UserEntity | null> {
    if (onlyIfNoUsers && (await em.count(UserEntity, {})) > 0) return null;
    return this.createUser(em, { kind: 'system', name: 'bootstrap' }, { username, password, grants: [{ role: 'SCHOOL_ADMIN' }] });
  }

  roles(actor: Actor): Role[] {
    return rolesOf(actor);
  }
}

function checkPassword(p: string): void {
  if (p.length < MIN_PASSWORD) {
    throw badInput(tx(`a password has at least ${MIN_PASSWORD} characters`, `密码至少需要 ${MIN_PASSWORD} 个字符`), { field: 'password' });
  }
  if (p.length > 200) throw badInput(tx('a password has at most 200 characters', '密码最多 200 个字符'), { field: 'password' });
}

export const hashPassword = (p: string) => argon2.hash(p, { type: argon2.argon2id });

// A fixed hash of a random secret, verified against when the username does not exist.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$0ewN+VyHlZP+qbqDhZtGZp8sy+AUgaRu3eyP4w/Pqzs';
