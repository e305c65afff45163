import { AppointSuggestedOfficersInput, SuggestedOfficersResult } from '@carenet/schema';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

/** Appointing every suggested dorm officer of a college at a level: preview, then all-or-nothing. */
@Resolver()
export class BulkAppointResolver {
  @Allow('rosterWrite')
  @Mutation(() => SuggestedOfficersResult, {
    description:
      'Appoint the suggested officer (the dorm head) of every dorm without one, for a college at a level (任命全部建议人选). ' +
      'dryRun: true previews the rows and any problem; a commit sends those rows back as `expected` and is refused (CONFLICT) when the suggestions changed; ' +
      'one transaction: any refused row refuses the whole, naming the dorm and the student.',
  })
  appointSuggestedOfficers(@Arg('input') input: AppointSuggestedOfficersInput, @Ctx() ctx: Context): Promise<SuggestedOfficersResult> {
    return ctx.services.bulkAppoint.appointSuggested(ctx.em, ctx.actor, input);
  }
}
