import {
  aggregateScope,
  canManageAccess,
  canReadAudit,
  canReviewSubmissions,
  canRunScreening,
  canSetDeadlines,
  canSetProgramme,
  followUpReadScope,
  followUpWriteScope,
  screeningResultScope,
  submissionReadScope,
  submitScope,
  committeeWriteScope,
  contactReadScope,
  isNone,
  rosterReadScope,
  rosterWriteScope,
  trainingReadScope,
  trainingWriteScope,
  tx,
} from '@carenet/domain';
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from './context.js';
import { AppError } from './errors.js';

/**
 * The coarse access policy of each root field. Row-level scope is applied by the services; this
 * gate makes every Query and Mutation field declare a policy, and refuses fields that have none.
 */
export type Policy = 'public' | 'signedIn' | 'aggregates' | 'rosterRead' | 'rosterWrite' | 'committeeWrite' | 'contactRead' | 'manageAccess' | 'auditRead'
  | 'trainingRead' | 'trainingWrite' | 'programmeWrite' | 'calendarWrite'
  | 'screeningRun' | 'followUpRead' | 'followUpWrite' | 'screeningResultRead'
  | 'submissionRead' | 'submit' | 'submissionReview' | 'deadlineWrite';

export const Allow = (policy: Policy) => Extensions({ policy });

const CHECKS: Record<Exclude<Policy, 'public' | 'signedIn'>, (ctx: Context) => boolean> = {
  aggregates: (c) => !isNone(aggregateScope(c.actor)),
  rosterRead: (c) => !isNone(rosterReadScope(c.actor)),
  rosterWrite: (c) => !isNone(rosterWriteScope(c.actor)),
  // Appointing and ending committee members only: leaders, admin and counselors of classes.
  committeeWrite: (c) => !isNone(committeeWriteScope(c.actor)),
  contactRead: (c) => !isNone(contactReadScope(c.actor)),
  manageAccess: (c) => canManageAccess(c.actor),
  auditRead: (c) => canReadAudit(c.actor),
  trainingRead: (c) => !isNone(trainingReadScope(c.actor)),
  trainingWrite: (c) => !isNone(trainingWriteScope(c.actor)),
  programmeWrite: (c) => canSetProgramme(c.actor),
  // The semester calendar is the school administration's (SPEC §6: SCHOOL_ADMIN).
  calendarWrite: (c) => c.actor.kind === 'system' || (c.actor.kind === 'user' && c.actor.admin),
  screeningRun: (c) => canRunScreening(c.actor),
  followUpRead: (c) => !isNone(followUpReadScope(c.actor)),
  followUpWrite: (c) => !isNone(followUpWriteScope(c.actor)),
  screeningResultRead: (c) => !isNone(screeningResultScope(c.actor)),
  submissionRead: (c) => !isNone(submissionReadScope(c.actor)),
  submit: (c) => !isNone(submitScope(c.actor)),
  submissionReview: (c) => canReviewSubmissions(c.actor),
  deadlineWrite: (c) => canSetDeadlines(c.actor),
};

export function policyOf(type: GraphQLObjectType, field: string): Policy | undefined {
  return type.getFields()[field]?.extensions?.policy as Policy | undefined;
}

/**
 * Refuses a root field (Query or Mutation) the caller may not use. Deny by default: a root field
 * without a declared policy is never served. Throws; returns when the field may run.
 */
export function checkPolicy(type: GraphQLObjectType, field: string, context: Context): void {
  const policy = policyOf(type, field);
  if (!policy) throw new AppError('FORBIDDEN', tx(`${field} has no access policy`, `${field} 未声明访问策略`));
  if (policy === 'public') return;
  if (context.actor.kind === 'anonymous' && context.authError) throw context.authError;
  if (context.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', tx('sign in first', '请先登录'), { http: { status: 401 } });
  if (policy !== 'signedIn' && !CHECKS[policy](context)) {
    throw new AppError('FORBIDDEN', tx(`your roles do not allow ${field}`, `您的角色无权使用 ${field}`));
  }
}

/**
 * Puts checkPolicy in front of every root field's resolver. Done on the built schema rather than
 * as a type-graphql global middleware: that one wrapped every field of every object in two
 * promises, which cost a 450-dorm roster 250 ms.
 */
export function gateRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        checkPolicy(type, field.name, context);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
