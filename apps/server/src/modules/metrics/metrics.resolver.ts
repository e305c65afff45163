import { type NetworkLevel as Level, parseDate, parseSemester, render, tx } from '@carenet/domain';
import { CoverageHistory, CoverageReport, NetworkLevel } from '@carenet/schema';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { badInput } from '../../common/errors.js';
import { today } from '../../common/dates.js';

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
    let range = semester ? parseSemester(semester) : null;
    if (semester && !range) throw badInput(tx(`"${semester}" is not a semester code like 2024-2025-1`, `"${semester}" 不是有效的学期代码（例如 2024-2025-1）`), { field: 'semester' });
    if (!range) {
      if (!from) throw badInput(tx('give a semester, or a from date', '请提供学期，或起始日期'), { field: 'from' });
      const f = parseDate(from);
      const t = to ? parseDate(to) : null;
      if (!f.ok) throw badInput(tx(`from: ${String(f.error)}`, `起始日期：${render(f.error, 'zh')}`), { field: 'from' });
      if (t && !t.ok) throw badInput(tx(`to: ${String(t.error)}`, `截止日期：${render(t.error, 'zh')}`), { field: 'to' });
      range = { from: f.value, to: t?.ok ? t.value : today(process.env.TZ || 'Asia/Shanghai') };
    }
    if (range.from > range.to) throw badInput(tx('from is after to', '起始日期晚于截止日期'), { field: 'from' });
    // No figures for days that have not come yet: the range stops today.
    const now = today(process.env.TZ || 'Asia/Shanghai');
    if (range.to > now) range = { ...range, to: now < range.from ? range.from : now };
    if (range.from > now) return Promise.resolve({ level, from: range.from, to: range.to, points: [] });
    return ctx.services.coverage.coverageHistory(ctx.em, ctx.actor, level as Level, range);
  }
}
