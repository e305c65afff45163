import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, canManageAccess, GRANTABLE_ROLES, type Role, tx } from '@carenet/domain';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { CollegeEntity, StaffEntity, StudentEntity } from '../org/org.entities.js';
import { RoleGrantEntity, UserEntity } from './auth.entities.js';
import {
  checkPassword,
  type CreateUserData,
  endSessions,
  forbidden,
  type GrantInput,
  hashPassword,
  USERNAME,
} from './auth.common.js';

/** The most accounts one `users` page holds (also its default size). */
export const USERS_PAGE_MAX = 1000;
const USER_SEARCH_MAX_LENGTH = 100;

export interface UserQuery {
  search?: string | null;
  offset?: number | null;
  limit?: number | null;
}

/** Accounts: creation, granted roles, deactivation, password resets (school administrators). */
export class AccountService {
  constructor(
    private readonly audit: AuditService,
    private readonly opts: { now?: () => Date } = {},
  ) {}

  private now(): Date {
    return this.opts.now?.() ?? new Date();
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
    if (!active) await endSessions(em, user, this.now());
    this.audit.record(em, actor, { action: active ? 'user.activate' : 'user.deactivate', recordType: 'user', recordId: user.username });
    await em.flush();
    return user;
  }

  /** Sets a new password for someone who lost theirs; their sessions end. */
  async resetUserPassword(em: EntityManager, actor: Actor, id: string, password: string): Promise<boolean> {
    const user = await this.managedUser(em, actor, id);
    checkPassword(password);
    user.passwordHash = await hashPassword(password);
    await endSessions(em, user, this.now());
    this.audit.record(em, actor, { action: 'user.password.reset', recordType: 'user', recordId: user.username });
    await em.flush();
    return true;
  }

  /** Accounts whose username or linked person's name (display name) contains `search`, in any case. */
  private matching(em: EntityManager, actor: Actor, search: string | null | undefined) {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may list accounts', '只有学校管理员可以查看账号列表'));
    const term = search?.trim() ?? '';
    if (term.length > USER_SEARCH_MAX_LENGTH) {
      throw badInput(tx(`search is longer than ${USER_SEARCH_MAX_LENGTH} characters`, `搜索内容超过 ${USER_SEARCH_MAX_LENGTH} 个字符`), { field: 'search' });
    }
    const qb = em.createQueryBuilder(UserEntity, 'u').leftJoin('u.staff', 'sf').leftJoin('u.student', 'st');
    if (term) {
      // lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not; % and _ are literal.
      const p = `%${term.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
      qb.where(`(lower(u.username) like ? escape '!' or lower(sf.name) like ? escape '!' or lower(st.name) like ? escape '!')`, [p, p, p]);
    }
    return qb;
  }

  /** One page of the matching accounts, by username. */
  async listUsers(em: EntityManager, actor: Actor, q: UserQuery = {}): Promise<UserEntity[]> {
    const offset = q.offset ?? 0;
    const limit = q.limit ?? USERS_PAGE_MAX;
    if (limit < 1 || limit > USERS_PAGE_MAX) {
      throw badInput(tx(`limit must be between 1 and ${USERS_PAGE_MAX}`, `limit 必须在 1 到 ${USERS_PAGE_MAX} 之间`), { field: 'limit' });
    }
    if (offset < 0) throw badInput(tx('offset must not be negative', 'offset 不能为负数'), { field: 'offset' });
    const items = await this.matching(em, actor, q.search).orderBy({ username: 'asc' }).limit(limit).offset(offset).getResultList();
    await em.populate(items, ['staff', 'student']);
    return items;
  }

  /** How many accounts match (all of them without a search). */
  countUsers(em: EntityManager, actor: Actor, search?: string | null): Promise<number> {
    return this.matching(em, actor, search).getCount();
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
}
