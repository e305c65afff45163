import { AuditActionGroup, AuditEvent, AuditEventPage, AuditFilterInput } from '@carenet/schema';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { auditActionGroups } from './audit-actions.js';
import type { AuditEventEntity } from './audit.entity.js';

const view = (e: AuditEventEntity): AuditEvent => ({ ...e, id: String(e.id) });

/** Read-only: the API has no operation that changes or deletes an audit event. */
@Resolver()
export class AuditResolver {
  @Allow('auditRead')
  @Query(() => AuditEventPage, { description: 'The audit log, newest first (SCHOOL_ADMIN, CENTER_STAFF)' })
  async auditEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter?: AuditFilterInput,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<AuditEventPage> {
    const { items, totalCount } = await ctx.services.audit.list(ctx.em, ctx.actor, filter ?? {}, first, offset);
    return { items: items.map(view), totalCount };
  }

  @Allow('auditRead')
  @Query(() => [AuditActionGroup], { description: 'Every action the audit log records, by group, named in Chinese and English' })
  auditActions(): AuditActionGroup[] {
    return auditActionGroups().map((g) => ({
      prefix: g.prefix,
      nameZh: g.name.zh,
      nameEn: g.name.en,
      actions: g.actions.map((a) => ({ action: a.action, nameZh: a.name.zh, nameEn: a.name.en, outcome: a.outcome })),
    }));
  }

  @Allow('auditRead')
  @Query(() => String, { description: 'The filtered audit log as CSV, oldest first' })
  auditEventsCsv(@Ctx() ctx: Context, @Arg('filter', () => AuditFilterInput, { nullable: true }) filter?: AuditFilterInput): Promise<string> {
    return ctx.services.audit.csv(ctx.em, ctx.actor, filter ?? {});
  }
}
