import type { Actor, Scope } from '@carenet/domain';
import { aggregateScope, canManageAccess, canReadAudit, isNone, rolesOf, rosterReadScope, rosterWriteScope, tx } from '@carenet/domain';
import {
  AccessScope,
  ApiToken,
  CreateApiTokenInput,
  CreatedApiToken,
  CreateUserInput,
  GrantInput,
  Me,
  Session,
  User,
} from '@carenet/schema';
import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { SESSION_COOKIE } from '../../app-constants.js';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { AppError } from '../../common/errors.js';
import { Allow } from '../../common/policy.js';
import { ClassGroupEntity, CollegeEntity, DormitoryEntity } from '../org/org.entities.js';
import { type ApiTokenEntity, UserEntity } from './auth.entities.js';

async function userView(ctx: Context, user: UserEntity, actor?: Actor): Promise<User> {
  const em = ctx.em;
  await em.populate(user, ['staff', 'student']);
  const grants = await ctx.services.auth.grantsOf(em, user.id);
  const a = actor ?? (await ctx.services.auth.userActor(em, user));
  return {
    id: String(user.id),
    username: user.username,
    roles: rolesOf(a),
    grants: grants.map((g) => ({ role: g.role, collegeCode: g.collegeCode })),
    staffNo: user.staff?.staffNo ?? null,
    studentNo: user.student?.studentNo ?? null,
    displayName: user.staff?.name ?? user.student?.name ?? null,
    active: user.active,
  };
}

async function scopeView(em: EntityManager, s: Scope): Promise<AccessScope> {
  if (s.all) return { all: true, collegeCodes: [], classCodes: [], dormCodes: [] };
  const [colleges, classes, dorms] = await Promise.all([
    s.collegeIds.length ? em.find(CollegeEntity, { id: { $in: s.collegeIds } }) : [],
    s.classIds.length ? em.find(ClassGroupEntity, { id: { $in: s.classIds } }) : [],
    s.dormIds.length ? em.find(DormitoryEntity, { id: { $in: s.dormIds } }) : [],
  ]);
  return {
    all: false,
    collegeCodes: colleges.map((c) => c.code).sort(),
    classCodes: classes.map((c) => c.code).sort(),
    dormCodes: dorms.map((d) => d.code).sort(),
  };
}

const tokenView = (t: ApiTokenEntity): ApiToken => ({
  id: String(t.id),
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopeList(),
  collegeCode: t.college?.code ?? null,
  expiresAt: t.expiry(),
  revokedAt: t.revokedAt,
  lastUsedAt: t.lastUsedAt,
  createdAt: t.createdAt,
});

/** How many times the operation selects a root field of this name (through fragments too). */
function rootFieldCount(info: GraphQLResolveInfo, name: string): number {
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') n += sel.name.value === name ? 1 : 0;
      else if (sel.kind === 'InlineFragment') n += count(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && info.fragments[sel.name.value]) {
        seen.add(sel.name.value);
        n += count((info.fragments[sel.name.value] as { selectionSet: SelectionSetNode }).selectionSet, seen);
      }
    }
    return n;
  };
  return count(info.operation.selectionSet, new Set());
}

@Resolver()
export class AuthResolver {
  @Allow('public')
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (ctx.actor.kind !== 'user') return null;
    return userView(ctx, await ctx.em.findOneOrFail(UserEntity, ctx.actor.userId), ctx.actor);
  }

  @Allow('signedIn')
  @Query(() => Me, { description: 'The signed-in user with what they may see and do, for menus' })
  async myAccess(@Ctx() ctx: Context): Promise<Me> {
    // An API token is signed in too, but has no account or menus.
    if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', tx('myAccess describes a signed-in person; an API token has none', 'myAccess 仅适用于已登录的用户，API 令牌不适用'));
    const a = ctx.actor;
    return {
      user: await userView(ctx, await ctx.em.findOneOrFail(UserEntity, a.userId), a),
      rosterScope: await scopeView(ctx.em, rosterReadScope(a)),
      aggregateScope: await scopeView(ctx.em, aggregateScope(a)),
      writeScope: await scopeView(ctx.em, rosterWriteScope(a)),
      sessionIdleMinutes: ctx.services.auth.idleMinutes,
      canWriteRoster: !isNone(rosterWriteScope(a)),
      canManageAccess: canManageAccess(a),
      canReadAudit: canReadAudit(a),
    };
  }

  @Allow('public')
  @Mutation(() => Session, { description: 'Sign in (one login per request); also sets an HTTP-only session cookie' })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Session> {
    // Aliases would run many slow password checks in one request, past every per-request limit.
    if (rootFieldCount(info, 'login') > 1) {
      throw badInput(tx('sign in with one login per request', '每个请求只能包含一次登录（login）'), { field: 'login' });
    }
    const { token, user, actor } = await ctx.services.auth.login(ctx.em, username, password, ctx.req?.ip ?? null);
    // Secure whenever the request came over HTTPS, directly or through a proxy named in TRUST_PROXY.
    ctx.res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.req?.secure ?? false, path: '/' });
    return { token, user: await userView(ctx, user, actor) };
  }

  @Allow('public')
  @Mutation(() => Boolean, { description: 'End this session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return ctx.services.auth.logout(ctx.em, ctx.actor, ctx.sessionId);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Change your password; your other sessions end' })
  changePassword(@Arg('currentPassword') current: string, @Arg('newPassword') next: string, @Ctx() ctx: Context): Promise<boolean> {
    // The session in use stays; every other session of this user ends.
    return ctx.services.auth.changePassword(ctx.em, ctx.actor, current, next, ctx.sessionId);
  }

  @Allow('manageAccess')
  @Mutation(() => User, { description: 'Create an account (SCHOOL_ADMIN)' })
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.services.auth.createUser(ctx.em, ctx.actor, input);
    return userView(ctx, user);
  }

  @Allow('manageAccess')
  @Mutation(() => User, { description: "Replace an account's granted roles (SCHOOL_ADMIN, CENTER_STAFF, COLLEGE_LEADER)" })
  async setUserGrants(
    @Arg('userId', () => ID) userId: string,
    @Arg('grants', () => [GrantInput]) grants: GrantInput[],
    @Ctx() ctx: Context,
  ): Promise<User> {
    return userView(ctx, await ctx.services.auth.setUserGrants(ctx.em, ctx.actor, userId, grants));
  }

  @Allow('manageAccess')
  @Mutation(() => User, { description: 'Deactivate or reactivate an account; deactivation ends its sessions' })
  async setUserActive(@Arg('userId', () => ID) userId: string, @Arg('active') active: boolean, @Ctx() ctx: Context): Promise<User> {
    return userView(ctx, await ctx.services.auth.setUserActive(ctx.em, ctx.actor, userId, active));
  }

  @Allow('manageAccess')
  @Mutation(() => Boolean, { description: "Set a new password for an account; its sessions end" })
  resetUserPassword(@Arg('userId', () => ID) userId: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.resetUserPassword(ctx.em, ctx.actor, userId, newPassword);
  }

  @Allow('manageAccess')
  @Query(() => [User])
  async users(@Ctx() ctx: Context): Promise<User[]> {
    const list = await ctx.services.auth.listUsers(ctx.em, ctx.actor);
    return Promise.all(list.map((u) => userView(ctx, u)));
  }

  @Allow('manageAccess')
  @Mutation(() => CreatedApiToken, { description: 'Create an API token for another tool; the token is shown once' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    const { token, apiToken } = await ctx.services.auth.createApiToken(ctx.em, ctx.actor, input);
    await ctx.em.populate(apiToken, ['college']);
    return { token, apiToken: tokenView(apiToken) };
  }

  @Allow('manageAccess')
  @Mutation(() => Boolean)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.revokeApiToken(ctx.em, ctx.actor, id);
  }

  @Allow('manageAccess')
  @Query(() => [ApiToken])
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return (await ctx.services.auth.listApiTokens(ctx.em, ctx.actor)).map(tokenView);
  }
}
