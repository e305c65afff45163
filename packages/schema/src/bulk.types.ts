import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { NetworkLevel } from './enums.js';

// "Appoint all suggestions": the roster's suggested dorm officers (the dorm heads) of a college
// at one level, previewed and then appointed in one transaction.

@ObjectType({ description: 'A dorm without an officer and the student the roster suggests for it (the dorm head)' })
export class SuggestedOfficer {
  @Field() dormCode!: string;
  @Field() building!: string;
  @Field() room!: string;
  @Field() studentNo!: string;
  @Field() studentName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why this appointment would be refused (SPEC §3 rules), in the caller’s language; null when it can be made. Only a dry run reports problems: a commit refuses the whole.',
  })
  problem!: string | null;
}

@ObjectType()
export class SuggestedOfficersResult {
  @Field() collegeCode!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field({ description: 'True for the preview: nothing was written' }) dryRun!: boolean;
  @Field(() => [SuggestedOfficer], { description: 'What would be (dry run) or was appointed, ordered by dorm code' }) rows!: SuggestedOfficer[];
  @Field(() => Int, { description: 'Appointments made (0 on a dry run)' }) appointed!: number;
}

@InputType()
export class SuggestedOfficerInput {
  @Field() dormCode!: string;
  @Field() studentNo!: string;
}

@InputType()
export class AppointSuggestedOfficersInput {
  @Field() collegeCode!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field({ defaultValue: false, description: 'Preview: report what would be appointed and any problem, write nothing' }) dryRun!: boolean;
  @Field(() => [SuggestedOfficerInput], {
    nullable: true,
    description: 'Required to commit: the rows of the preview. When the suggestions are no longer exactly these, nothing is written (CONFLICT).',
  })
  expected?: SuggestedOfficerInput[] | null;
}
