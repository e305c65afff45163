import { tx } from '@carenet/domain';
import { ActivationCodeSheet, CreatePostHolderAccountsInput, Session } from '@carenet/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { SESSION_COOKIE } from '../../app-constants.js';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { Allow } from '../../common/policy.js';
import { rootFieldCount, userView } from './auth.views.js';

/** Accounts for student post holders, handed out as one-time activation codes, and their activation. */
@Resolver()
export class ActivationResolver {
  @Allow('manageAccess')
  @Mutation(() => ActivationCodeSheet, {
    description:
      "Create accounts for a college's active committee members and dorm officers who have none, each with a one-time activation code (shown once; only its hash is stored). SCHOOL_ADMIN.",
  })
  createPostHolderAccounts(@Arg('input') input: CreatePostHolderAccountsInput, @Ctx() ctx: Context): Promise<ActivationCodeSheet> {
    return ctx.services.activation.createPostHolderAccounts(ctx.em, ctx.actor, input);
  }

  @Allow('manageAccess')
  @Mutation(() => ActivationCodeSheet, { description: "A new one-time activation code for an account; the account's older code stops working. SCHOOL_ADMIN." })
  issueActivationCode(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<ActivationCodeSheet> {
    return ctx.services.activation.issueActivationCode(ctx.em, ctx.actor, userId);
  }

  @Allow('public')
  @Mutation(() => Session, {
    description:
      'First sign-in with an activation code: sets the password and signs in (also sets the session cookie). Throttled as login; a wrong, expired or used code is refused.',
  })
  async activateAccount(
    @Arg('username') username: string,
    @Arg('code') code: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Session> {
    // One slow password hash per request, as for login: aliases must not multiply the guesses.
    if (rootFieldCount(info, 'activateAccount') + rootFieldCount(info, 'login') > 1) {
      throw badInput(tx('activate one account per request, without a login beside it', '每个请求只能激活一个账号，且不能同时登录'), { field: 'activateAccount' });
    }
    const { token, user, actor } = await ctx.services.activation.activate(ctx.em, username, code, newPassword, ctx.req?.ip ?? null);
    ctx.res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.req?.secure ?? false, path: '/' });
    return { token, user: await userView(ctx, user, actor) };
  }
}
