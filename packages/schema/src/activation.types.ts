import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { NetworkLevel } from './enums.js';

// Accounts for student post holders, handed out as one-time activation codes.

@ObjectType({ description: 'One account and its activation code: shown once, the server keeps only a hash of the code' })
export class ActivationCodeRow {
  @Field(() => String, { nullable: true, description: "The person's college; null for an account without one" }) collegeCode!: string | null;
  @Field(() => String, { nullable: true }) collegeName!: string | null;
  @Field(() => String, { nullable: true, description: 'The class and/or dorm of the posts held, e.g. "CS-U1" or "CS-U1 / D101"' }) units!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) studentNo!: string | null;
  @Field() username!: string;
  @Field({ description: 'The one-time code, XXXX-XXXX-XXXX-XXXX' }) code!: string;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
  @Field({ description: 'True when this account was created now; false for a new code for an existing account' }) newAccount!: boolean;
}

@ObjectType({ description: 'Activation codes issued by one operation, with the sheet to hand them out' })
export class ActivationCodeSheet {
  @Field(() => [ActivationCodeRow]) rows!: ActivationCodeRow[];
  @Field(() => Int, { description: 'Accounts created' }) created!: number;
  @Field(() => Int, { description: 'New codes for existing accounts (their older codes stop working)' }) reissued!: number;
  @Field(() => Int, { description: 'Post holders left alone: they already have an account (and, unless reissued, it is activated or not asked for)' })
  skipped!: number;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
  @Field({ description: 'The rows as CSV (UTF-8, headers in the caller’s language): college, class/dorm, name, student number, username, code, expires' })
  csv!: string;
  @Field({ description: 'The same sheet as an XLSX workbook, base64-encoded' }) xlsxBase64!: string;
}

@InputType()
export class CreatePostHolderAccountsInput {
  @Field() collegeCode!: string;
  @Field(() => NetworkLevel, { nullable: true, description: 'Only posts of classes and dorms at this level; both when omitted' })
  level?: NetworkLevel | null;
  @Field({
    defaultValue: false,
    description: 'Also give a new code to post holders whose account was never activated with a code (a lost sheet); their older codes stop working',
  })
  reissueUnactivated!: boolean;
}
