import { CreateUserInput, GrantInput, User } from '@carenet/schema';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { userView } from './auth.views.js';

/** Accounts and their granted roles (school administrators). */
@Resolver()
export class AccountResolver {
  @Allow('manageAccess')
  @Mutation(() => User, { description: 'Create an account (SCHOOL_ADMIN)' })
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.services.accounts.createUser(ctx.em, ctx.actor, input);
    return userView(ctx, user);
  }

  @Allow('manageAccess')
  @Mutation(() => User, { description: "Replace an account's granted roles (SCHOOL_ADMIN, CENTER_STAFF, COLLEGE_LEADER)" })
  async setUserGrants(
    @Arg('userId', () => ID) userId: string,
    @Arg('grants', () => [GrantInput]) grants: GrantInput[],
    @Ctx() ctx: Context,
  ): Promise<User> {
    return userView(ctx, await ctx.services.accounts.setUserGrants(ctx.em, ctx.actor, userId, grants));
  }

  @Allow('manageAccess')
  @Mutation(() => User, { description: 'Deactivate or reactivate an account; deactivation ends its sessions' })
  async setUserActive(@Arg('userId', () => ID) userId: string, @Arg('active') active: boolean, @Ctx() ctx: Context): Promise<User> {
    return userView(ctx, await ctx.services.accounts.setUserActive(ctx.em, ctx.actor, userId, active));
  }

  @Allow('manageAccess')
  @Mutation(() => Boolean, { description: "Set a new password for an account; its sessions end" })
  resetUserPassword(@Arg('userId', () => ID) userId: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.accounts.resetUserPassword(ctx.em, ctx.actor, userId, newPassword);
  }

  @Allow('manageAccess')
  @Query(() => [User])
  async users(@Ctx() ctx: Context): Promise<User[]> {
    const list = await ctx.services.accounts.listUsers(ctx.em, ctx.actor);
    return Promise.all(list.map((u) => userView(ctx, u)));
  }
}
