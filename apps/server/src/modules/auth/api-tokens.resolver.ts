import { ApiToken, CreateApiTokenInput, CreatedApiToken } from '@carenet/schema';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { tokenView } from './auth.views.js';

/** API tokens for other tools (school administrators). */
@Resolver()
export class ApiTokenResolver {
  @Allow('manageAccess')
  @Mutation(() => CreatedApiToken, { description: 'Create an API token for another tool; the token is shown once' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    const { token, apiToken } = await ctx.services.tokens.createApiToken(ctx.em, ctx.actor, input);
    await ctx.em.populate(apiToken, ['college']);
    return { token, apiToken: tokenView(apiToken) };
  }

  @Allow('manageAccess')
  @Mutation(() => Boolean)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.tokens.revokeApiToken(ctx.em, ctx.actor, id);
  }

  @Allow('manageAccess')
  @Query(() => [ApiToken])
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return (await ctx.services.tokens.listApiTokens(ctx.em, ctx.actor)).map(tokenView);
  }
}
