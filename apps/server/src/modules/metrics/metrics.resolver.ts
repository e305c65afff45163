import type { NetworkLevel as Level } from '@carenet/domain';
import { CoverageHistory, CoverageReport, NetworkLevel } from '@carenet/schema';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

@Resolver()
export class MetricsResolver {
  @Allow('aggregates')
  @Query(() => CoverageReport, { description: 'Network coverage per college and the university total (definitions: docs/metrics.md)' })
  networkCoverage(@Arg('level', () => NetworkLevel) level: NetworkLevel, @Ctx() ctx: Context): Promise<CoverageReport> {
    return ctx.services.coverage.networkCoverage(ctx.em, ctx.actor, level as Level);
  }

  @Allow('aggregates')
  @Query(() => CoverageHistory, {
    description: 'Class and dorm coverage week by week, from appointment history: a semester (e.g. 2024-2025-1) or a from/to range',
  })
  coverageHistory(
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Ctx() ctx: Context,
    @Arg('semester', () => String, { nullable: true }) semester?: string,
    @Arg('from', () => String, { nullable: true }) from?: string,
    @Arg('to', () => String, { nullable: true }) to?: string,
  ): Promise<CoverageHistory> {
    return ctx.services.coverage.history(ctx.em, ctx.actor, level as Level, { semester, from, to });
  }
}
