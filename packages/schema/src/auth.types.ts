import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApiScope, Role } from './enums.js';

@ObjectType({ description: 'A granted role; COLLEGE_LEADER carries its college' })
export class RoleGrant {
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) collegeCode!: string | null;
}

@ObjectType({ description: 'What the signed-in user may see, for menus (the server enforces it regardless)' })
export class AccessScope {
  @Field({ description: 'Every college' }) all!: boolean;
  @Field(() => [String]) collegeCodes!: string[];
  @Field(() => [String]) classCodes!: string[];
  @Field(() => [String]) dormCodes!: string[];
}

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => [Role], { description: 'Granted roles and those that follow from current assignments' }) roles!: Role[];
  @Field(() => [RoleGrant]) grants!: RoleGrant[];
  @Field(() => String, { nullable: true }) staffNo!: string | null;
  @Field(() => String, { nullable: true }) studentNo!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field({ description: 'A deactivated account cannot sign in' }) active!: boolean;
}

@ObjectType()
export class Me {
  @Field(() => User) user!: User;
  @Field(() => AccessScope, { description: 'Roster names this user may read' }) rosterScope!: AccessScope;
  @Field(() => AccessScope, { description: 'Aggregates this user may read' }) aggregateScope!: AccessScope;
  @Field(() => AccessScope, { description: 'Roster this user may change: whole colleges, or (classCodes) the committee members of a counselor’s classes' }) writeScope!: AccessScope;
  @Field(() => Int, { description: 'A session ends after this many idle minutes' }) sessionIdleMinutes!: number;
  @Field() canWriteRoster!: boolean;
  @Field() canManageAccess!: boolean;
  @Field() canReadAudit!: boolean;
}

@ObjectType({ description: 'A signed-in session. The token also arrives as an HTTP-only cookie.' })
export class Session {
  @Field() token!: string;
  @Field(() => User) user!: User;
}

@InputType()
export class GrantInput {
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true }) collegeCode?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field() username!: string;
  @Field() password!: string;
  @Field(() => String, { nullable: true }) staffNo?: string | null;
  @Field(() => String, { nullable: true }) studentNo?: string | null;
  @Field(() => [GrantInput], { defaultValue: [] }) grants!: GrantInput[];
}

@ObjectType()
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the token, to recognise it' }) prefix!: string;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => String, { nullable: true }) collegeCode!: string | null;
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the token stops working: at most a year after it was created (a token stored without an expiry expires a year after createdAt)',
  })
  expiresAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) revokedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'Shown once: only its hash is stored' }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@InputType()
export class CreateApiTokenInput {
  @Field() name!: string;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => String, { nullable: true }) collegeCode?: string | null;
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the token stops working; default one year from now, at most 366 days ahead (later is refused)',
  })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'An append-only audit record of a change or of a read of sensitive data' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTimeISO) at!: Date;
  @Field() actorKind!: string;
  @Field() actorName!: string;
  @Field({ description: 'Roles (or token scopes) of the actor at the time' }) actorRoles!: string;
  @Field() action!: string;
  @Field() recordType!: string;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => String, { nullable: true }) studentNo!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) detail!: string | null;
  @Field(() => String, { nullable: true, description: "The client's network address; null for the command line" }) clientAddress!: string | null;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent]) items!: AuditEvent[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true, description: 'Actor name (username, or token:<name>#<id>)' }) actor?: string | null;
  @Field(() => String, { nullable: true }) studentNo?: string | null;
  @Field(() => String, { nullable: true, description: 'Action, or its prefix (e.g. "roster.")' }) action?: string | null;
  @Field(() => [String], { nullable: true, description: 'Exactly one of these actions (auditActions lists them); at most 100' }) actions?: string[] | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) from?: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) to?: Date | null;
}

export const AuditOutcome = { SUCCEEDED: 'SUCCEEDED', REFUSED: 'REFUSED' } as const;
export type AuditOutcome = keyof typeof AuditOutcome;
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'SUCCEEDED: the change or read was made; REFUSED: the attempt was turned away (failed sign-in, no permission)',
});

@ObjectType({ description: 'An action the audit log records, named in both languages' })
export class AuditActionInfo {
  @Field({ description: 'The code stored in AuditEvent.action, e.g. "roster.import"' }) action!: string;
  @Field() nameZh!: string;
  @Field() nameEn!: string;
  @Field(() => AuditOutcome) outcome!: AuditOutcome;
}

@ObjectType({ description: 'A group of audit actions sharing a prefix (filter on the prefix to get them all)' })
export class AuditActionGroup {
  @Field({ description: 'e.g. "user."' }) prefix!: string;
  @Field() nameZh!: string;
  @Field() nameEn!: string;
  @Field(() => [AuditActionInfo]) actions!: AuditActionInfo[];
}

@ObjectType({ description: 'Contact data of a student: sensitive, every read is audited' })
export class StudentContact {
  @Field() studentNo!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) emergencyContact!: string | null;
  @Field(() => String, { nullable: true }) emergencyPhone!: string | null;
}
