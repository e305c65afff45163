import { aggregateScope, canManageAccess, canReadAudit, committeeWriteScope, isNone, rosterReadScope, rosterWriteScope, tx } from '@carenet/domain';
import { Me, Session, User } from '@carenet/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { SESSION_COOKIE } from '../../app-constants.js';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { AppError } from '../../common/errors.js';
import { Allow } from '../../common/policy.js';
import { UserEntity } from './auth.entities.js';
import { rootFieldCount, scopeView, userView } from './auth.views.js';

/** Sign-in, sign-out, the signed-in user and what they may do. */
@Resolver()
export class SessionResolver {
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
      // Colleges: every post and import; classes: their committee members only (a counselor's classes).
      writeScope: await scopeView(ctx.em, committeeWriteScope(a)),
      sessionIdleMinutes: ctx.services.sessions.idleMinutes,
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
    const { token, user, actor } = await ctx.services.sessions.login(ctx.em, username, password, ctx.req?.ip ?? null);
    // Secure whenever the request came over HTTPS, directly or through a proxy named in TRUST_PROXY.
    ctx.res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.req?.secure ?? false, path: '/' });
    return { token, user: await userView(ctx, user, actor) };
  }

  @Allow('public')
  @Mutation(() => Boolean, { description: 'End this session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return ctx.services.sessions.logout(ctx.em, ctx.actor, ctx.sessionId);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Change your password; your other sessions end' })
  changePassword(@Arg('currentPassword') current: string, @Arg('newPassword') next: string, @Ctx() ctx: Context): Promise<boolean> {
    // The session in use stays; every other session of this user ends.
    return ctx.services.sessions.changePassword(ctx.em, ctx.actor, current, next, ctx.sessionId);
  }
}
