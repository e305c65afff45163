import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  API_SCOPES,
  type ApiScope,
  canManageAccess,
  GRANTABLE_ROLES,
  type Role,
  rolesOf,
  type TokenActor,
  type UserActor,
} from '@carenet/domain';
import argon2 from 'argon2';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../network/appointment.entities.js';
import { ClassGroupEntity, CollegeEntity, StaffEntity, StudentEntity } from '../org/org.entities.js';
import { ApiTokenEntity, LoginAttemptEntity, RoleGrantEntity, SessionEntity, UserEntity } from './auth.entities.js';

export const LOCK_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;
const TOKEN_PREFIX = 'cn_';
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;
export const MIN_PASSWORD = 10;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

const unauthenticated = (message: string, extra: Record<string, unknown> = {}) => new AppError('UNAUTHENTICATED', message, extra);
const forbidden = (message: string) => new AppError('FORBIDDEN', message);

export interface Credentials {
  bearer?: string | null;
  session?: string | null;
}

export interface GrantInput {
  role: string;
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
    private readonly opts: { idleMinutes: number; now?: () => Date },
  ) {}

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
    if (!s || s.endedAt || !s.user.active) throw unauthenticated('your session has ended; please sign in again');
    if (now.getTime() - s.lastSeenAt.getTime() > idleMs) {
      s.endedAt = now;
      await em.flush();
      throw unauthenticated(`your session was idle for more than ${this.opts.idleMinutes} minutes; please sign in again`);
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
    if (!t) throw unauthenticated('unknown API token');
    if (t.revokedAt) throw unauthenticated('this API token was revoked');
    if (t.expiresAt && t.expiresAt <= now) throw unauthenticated(`this API token expired on ${t.expiresAt.toISOString()}`);
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
      // Active only while the student is still in that class / dorm.
      committeeOf: (committee as CommitteeAppointmentEntity[])
        .filter((a) => a.student.classGroup.id === a.classGroup.id)
        .map((a) => a.classGroup.id),
      officerOf: (officer as DormOfficerAppointmentEntity[])
        .filter((a) => a.student.dormitory?.id === a.dormitory.id)
        .map((a) => a.dormitory.id),
    };
  }

  /** When a locked username may try again, or null when it is not locked. */
  async lockedUntil(em: EntityManager, username: string): Promise<Date | null> {
    const since = new Date(this.now().getTime() - LOCK_WINDOW_MS);
    const recent = await em.find(LoginAttemptEntity, { username, at: { $gt: since } }, { orderBy: { at: 'desc', id: 'desc' } });
    const lastSuccess = recent.findIndex((a) => a.success);
    const failures = (lastSuccess === -1 ? recent : recent.slice(0, lastSuccess)).filter((a) => !a.success);
    if (failures.length < LOCK_FAILURES) return null;
    // Locked until the fifth most recent failure leaves the window.
    return new Date((failures[LOCK_FAILURES - 1] as LoginAttemptEntity).at.getTime() + LOCK_WINDOW_MS);
  }

  async login(em: EntityManager, username: string, password: string): Promise<{ token: string; user: UserEntity; actor: UserActor }> {
    const name = username.trim();
    const locked = await this.lockedUntil(em, name);
    if (locked) {
      const minutes = Math.max(1, Math.ceil((locked.getTime() - this.now().getTime()) / 60_000));
      throw unauthenticated(
        `too many failed sign-ins for "${name}": try again after ${locked.toISOString()} (in about ${minutes} minute${minutes === 1 ? '' : 's'})`,
        { retryAt: locked.toISOString() },
      );
    }
    const user = await em.findOne(UserEntity, { username: name });
    // Verify even for unknown users so timing does not reveal which usernames exist.
    const ok = user
      ? user.active && (await argon2.verify(user.passwordHash, password))
      : (await argon2.verify(DUMMY_HASH, password), false);
    em.persist(em.create(LoginAttemptEntity, { username: name, success: ok, at: this.now() }));
    if (!ok || !user) {
      await em.flush();
      throw unauthenticated('wrong username or password');
    }
    const token = newSecret();
    em.persist(em.create(SessionEntity, { id: sha256(token), user, createdAt: this.now(), lastSeenAt: this.now() }));
    const actor = await this.userActor(em, user);
    this.audit.record(em, actor, { action: 'auth.login', recordType: 'user', recordId: user.id });
    await em.flush();
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

  async changePassword(em: EntityManager, actor: Actor, current: string, next: string): Promise<boolean> {
    if (actor.kind !== 'user') throw unauthenticated('sign in to change your password');
    checkPassword(next);
    const user = await em.findOneOrFail(UserEntity, actor.userId);
    if (!(await argon2.verify(user.passwordHash, current))) throw badInput('the current password is wrong', { field: 'currentPassword' });
    user.passwordHash = await hashPassword(next);
    this.audit.record(em, actor, { action: 'auth.password.change', recordType: 'user', recordId: user.id });
    await em.flush();
    return true;
  }

  async createUser(em: EntityManager, actor: Actor, input: CreateUserData): Promise<UserEntity> {
    if (!canManageAccess(actor)) throw forbidden('only a school administrator may create accounts');
    const username = input.username.trim();
    if (!USERNAME.test(username)) throw badInput('a username is 3–64 letters, digits, ".", "_" or "-"', { field: 'username' });
    checkPassword(input.password);
    if (await em.count(UserEntity, { username })) throw conflict(`the username "${username}" is taken`);
    const staff = input.staffNo ? await em.findOne(StaffEntity, { staffNo: input.staffNo.trim() }) : null;
    if (input.staffNo && !staff) throw notFound(`no staff member with number "${input.staffNo}"`);
    const student = input.studentNo ? await em.findOne(StudentEntity, { studentNo: input.studentNo.trim() }) : null;
    if (input.studentNo && !student) throw notFound(`no student with number "${input.studentNo}"`);
    const grants: { role: Role; college: CollegeEntity | null }[] = [];
    for (const g of input.grants) {
      if (!GRANTABLE_ROLES.includes(g.role as Role)) {
        throw badInput(`${g.role} is not granted: it follows from the linked person's current class assignments and appointments`, { field: 'grants' });
      }
      if (g.role === 'COLLEGE_LEADER') {
        if (!g.collegeCode) throw badInput('COLLEGE_LEADER needs a collegeCode', { field: 'grants' });
        const college = await em.findOne(CollegeEntity, { code: g.collegeCode.trim() });
        if (!college) throw notFound(`no college with code "${g.collegeCode}"`);
        grants.push({ role: 'COLLEGE_LEADER', college });
      } else {
        if (g.collegeCode) throw badInput(`${g.role} is university-wide and takes no collegeCode`, { field: 'grants' });
        grants.push({ role: g.role as Role, college: null });
      }
    }
    const user = em.create(UserEntity, { username, passwordHash: await hashPassword(input.password), staff, student });
    for (const g of grants) em.persist(em.create(RoleGrantEntity, { user, role: g.role, college: g.college }));
    this.audit.record(em, actor, {
      action: 'user.create',
      recordType: 'user',
      detail: { username, staffNo: input.staffNo ?? null, studentNo: input.studentNo ?? null, grants: input.grants },
    });
    await em.flush();
    return user;
  }

  async createApiToken(em: EntityManager, actor: Actor, input: CreateTokenData): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    if (!canManageAccess(actor)) throw forbidden('only a school administrator may create API tokens');
    const name = input.name.trim();
    if (!name || name.length > 100) throw badInput('a token needs a name of at most 100 characters', { field: 'name' });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw badInput('a token needs at least one scope', { field: 'scopes' });
    const bad = scopes.find((s) => !(API_SCOPES as readonly string[]).includes(s));
    if (bad) throw badInput(`unknown scope ${bad}`, { field: 'scopes' });
    if (input.expiresAt && input.expiresAt <= this.now()) throw badInput('expiresAt must be in the future', { field: 'expiresAt' });
    const college = input.collegeCode ? await em.findOne(CollegeEntity, { code: input.collegeCode.trim() }) : null;
    if (input.collegeCode && !college) throw notFound(`no college with code "${input.collegeCode}"`);
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const apiToken = em.create(ApiTokenEntity, {
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      scopes: (scopes as ApiScope[]).join(','),
      college,
      expiresAt: input.expiresAt ?? null,
      createdBy: actor.kind === 'user' ? em.getReference(UserEntity, actor.userId) : null,
    });
    this.audit.record(em, actor, { action: 'apiToken.create', recordType: 'apiToken', detail: { name, scopes, collegeCode: input.collegeCode ?? null } });
    await em.flush();
    return { token, apiToken };
  }

  async revokeApiToken(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
    if (!canManageAccess(actor)) throw forbidden('only a school administrator may revoke API tokens');
    const t = await em.findOne(ApiTokenEntity, Number(id) || -1);
    if (!t) throw notFound(`no API token with id ${id}`);
    if (t.revokedAt) return true;
    t.revokedAt = this.now();
    this.audit.record(em, actor, { action: 'apiToken.revoke', recordType: 'apiToken', recordId: t.id });
    await em.flush();
    return true;
  }

  async listUsers(em: EntityManager, actor: Actor): Promise<UserEntity[]> {
    if (!canManageAccess(actor)) throw forbidden('only a school administrator may list accounts');
    return em.find(UserEntity, {}, { populate: ['staff', 'student'], orderBy: { username: 'asc' }, limit: 1000 });
  }

  async listApiTokens(em: EntityManager, actor: Actor): Promise<ApiTokenEntity[]> {
    if (!canManageAccess(actor)) throw forbidden('only a school administrator may list API tokens');
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
  if (p.length < MIN_PASSWORD) throw badInput(`a password has at least ${MIN_PASSWORD} characters`, { field: 'password' });
  if (p.length > 200) throw badInput('a password has at most 200 characters', { field: 'password' });
}

export const hashPassword = (p: string) => argon2.hash(p, { type: argon2.argon2id });

// A fixed hash of a random secret, verified against when the username does not exist.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$0ewN+VyHlZP+qbqDhZtGZp8sy+AUgaRu3eyP4w/Pqzs';
