import { CreateUserInput, GrantInput, User } from '@carenet/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { USERS_PAGE_MAX } from './accounts.service.js';
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
  @Query(() => [User], { description: 'Accounts by username, one page (userCount gives how many match)' })
  async users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Part of a username or display name, any case' }) search?: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { defaultValue: USERS_PAGE_MAX, description: `Page size, 1–${USERS_PAGE_MAX}` }) limit = USERS_PAGE_MAX,
  ): Promise<User[]> {
    const items = await ctx.services.accounts.listUsers(ctx.em, ctx.actor, { search, offset, limit });
    return Promise.all(items.map((u) => userView(ctx, u)));
  }

  @Allow('manageAccess')
  @Query(() => Int, { description: 'How many accounts match `search` (all accounts without it)' })
  async userCount(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'As for users' }) search?: string | null,
  ): Promise<number> {
    return ctx.services.accounts.countUsers(ctx.em, ctx.actor, search);
  }
}
