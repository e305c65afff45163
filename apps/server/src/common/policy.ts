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
import type { GraphQLObjectType } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
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

export const policyGate: MiddlewareFn<Context> = async ({ info, context }, next) => {
  if (info.parentType.name !== 'Query' && info.parentType.name !== 'Mutation') return next();
  const policy = policyOf(info.parentType, info.fieldName);
  // Deny by default: a root field without a declared policy is never served.
  if (!policy) throw new AppError('FORBIDDEN', tx(`${info.fieldName} has no access policy`, `${info.fieldName} 未声明访问策略`));
  if (policy === 'public') return next();
  if (context.actor.kind === 'anonymous' && context.authError) throw context.authError;
  if (context.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', tx('sign in first', '请先登录'), { http: { status: 401 } });
  if (policy !== 'signedIn' && !CHECKS[policy](context)) {
    throw new AppError('FORBIDDEN', tx(`your roles do not allow ${info.fieldName}`, `您的角色无权使用 ${info.fieldName}`));
  }
  return next();
};
