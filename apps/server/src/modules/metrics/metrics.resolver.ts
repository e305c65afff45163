import type { NetworkLevel as Level } from '@carenet/domain';
import { CoverageReport, NetworkLevel } from '@carenet/schema';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

@Resolver()
export class MetricsResolver {
  @Allow('aggregates')
  @Query(() => CoverageReport, { description: 'Network coverage per college and the university total (SPEC.md §4)' })
  networkCoverage(@Arg('level', () => NetworkLevel) level: NetworkLevel, @Ctx() ctx: Context): Promise<CoverageReport> {
    return ctx.services.coverage.networkCoverage(ctx.em, ctx.actor, level as Level);
  }
}
