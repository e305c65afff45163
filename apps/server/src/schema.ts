import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { gateRootFields } from './common/policy.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AccountResolver } from './modules/auth/accounts.resolver.js';
import { ActivationResolver } from './modules/auth/activation.resolver.js';
import { ApiTokenResolver } from './modules/auth/api-tokens.resolver.js';
import { SessionResolver } from './modules/auth/sessions.resolver.js';
import { MetricsResolver } from './modules/metrics/metrics.resolver.js';
import { BulkAppointResolver } from './modules/network/bulk-appoint.resolver.js';
import { NetworkResolver } from './modules/network/network.resolver.js';
import { OrgResolver } from './modules/org/org.resolver.js';
import { RosterImportResolver } from './modules/roster-import/roster-import.resolver.js';
import { SemesterResolver } from './modules/calendar/semester.resolver.js';
import { TrainingResolver } from './modules/training/training.resolver.js';
import { ScreeningResolver } from './modules/screening/screening.resolver.js';
import { SubmissionResolver } from './modules/submissions/submissions.resolver.js';

export const RESOLVERS = [SessionResolver, AccountResolver, ActivationResolver, ApiTokenResolver, AuditResolver, OrgResolver, NetworkResolver, BulkAppointResolver, RosterImportResolver, MetricsResolver, SemesterResolver, TrainingResolver, ScreeningResolver, SubmissionResolver] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return gateRootFields(await buildSchema({ resolvers: [...RESOLVERS], validate: false }));
}

/** The SDL committed at packages/schema/schema.graphql, sorted so diffs stay small. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export const SCHEMA_FILE = new URL('../../../packages/schema/schema.graphql', import.meta.url).pathname;
