import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FollowUpStatus, Instrument, NetworkLevel, ReferralTarget, UpiTier } from './enums.js';

@ObjectType({ description: 'A screening the Center runs (心理普测)' })
export class ScreeningCampaign {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field() semester!: string;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
  @Field(() => String, { nullable: true }) opensOn!: string | null;
  @Field(() => String, { nullable: true }) closesOn!: string | null;
  @Field(() => Int) followUpDays!: number;
  @Field({ description: 'The rule version new results are scored with' }) currentRuleVersion!: string;
  @Field(() => Int, { description: 'Results recorded' }) results!: number;
}

@InputType()
export class CreateScreeningCampaignInput {
  @Field() name!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field() semester!: string;
  @Field(() => [NetworkLevel], { nullable: true, description: 'Default: both levels' }) levels?: NetworkLevel[] | null;
  @Field(() => Int, { nullable: true, defaultValue: 7 }) followUpDays?: number | null;
  @Field(() => String, { nullable: true }) opensOn?: string | null;
  @Field(() => String, { nullable: true }) closesOn?: string | null;
}

@ObjectType({ description: 'Screening follow-up of one college at one level, or the total (docs/metrics.md). Counts are null where withheld (suppressed).' })
export class FollowUpRow {
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeCode!: string | null;
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeName!: string | null;
  @Field({ description: 'True when the counts are withheld: a token and fewer screened students than the minimum' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Distinct students with a result' }) screened!: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct students with a flagged result' }) flagged!: number | null;
  @Field(() => Int, { nullable: true }) pending!: number | null;
  @Field(() => Int, { nullable: true }) inProgress!: number | null;
  @Field(() => Int, { nullable: true }) referred!: number | null;
  @Field(() => Int, { nullable: true }) closed!: number | null;
  @Field(() => Int, { nullable: true, description: 'PENDING follow-ups past their due time' }) overdue!: number | null;
  @Field(() => Float, { nullable: true, description: 'flagged / screened (0 when none screened)' }) flaggedRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'closed / follow-ups (0 when there are none)' }) closedRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'overdue / follow-ups (0 when there are none)' }) overdueRate!: number | null;
}

@ObjectType()
export class FollowUpReport {
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) semester!: string | null;
  @Field({ description: 'The time overdue was measured at' }) asOf!: Date;
  @Field(() => Int, { description: 'College rows withheld from this caller (their counts are not in the total)' }) suppressedRows!: number;
  @Field(() => FollowUpRow) total!: FollowUpRow;
  @Field(() => [FollowUpRow]) colleges!: FollowUpRow[];
}

@ObjectType({ description: 'One step of a follow-up' })
export class FollowUpStep {
  @Field(() => FollowUpStatus) fromStatus!: FollowUpStatus;
  @Field(() => FollowUpStatus) toStatus!: FollowUpStatus;
  @Field(() => ReferralTarget, { nullable: true }) referredTo!: ReferralTarget | null;
  @Field() note!: string;
  @Field() actor!: string;
  @Field() at!: Date;
}

@ObjectType({ description: 'A follow-up of a flagged result. A screening result is not a diagnosis.' })
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field() studentNo!: string;
  @Field() studentName!: string;
  @Field() classCode!: string;
  @Field() collegeCode!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => String, { nullable: true, description: "The class counselor's name, who works the follow-up" }) counselorName!: string | null;
  @Field(() => ID) campaignId!: string;
  @Field(() => ID, { description: 'The result it follows up (screeningResult(id); answers for the Center and the class counselor only)' })
  resultId!: string;
  @Field() campaignName!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field() takenAt!: Date;
  @Field(() => UpiTier, { nullable: true, description: 'UPI class (null for other instruments)' }) tier!: UpiTier | null;
  @Field() urgent!: boolean;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field() dueAt!: Date;
  @Field({ description: 'PENDING past its due time' }) overdue!: boolean;
  @Field(() => ReferralTarget, { nullable: true }) referredTo!: ReferralTarget | null;
  @Field(() => [FollowUpStep]) steps!: FollowUpStep[];
  @Field(() => Int) version!: number;
}

@ObjectType()
export class FollowUpPage {
  @Field(() => [FollowUp]) items!: FollowUp[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class FollowUpFilter {
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => String, { nullable: true }) semester?: string | null;
  @Field(() => FollowUpStatus, { nullable: true }) status?: FollowUpStatus | null;
  @Field(() => String, { nullable: true }) collegeCode?: string | null;
  @Field(() => NetworkLevel, { nullable: true }) level?: NetworkLevel | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open follow-ups (not CLOSED)' }) openOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true }) overdueOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true }) urgentOnly?: boolean | null;
}

@ObjectType({ description: 'A result with its answers: the Center and the class counselor only; every read audited. Not a diagnosis.' })
export class ScreeningResult {
  @Field(() => ID) id!: string;
  @Field() studentNo!: string;
  @Field() studentName!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field() takenAt!: Date;
  @Field(() => [Int], { description: 'Answers in item order (UPI 1 = yes)' }) answers!: number[];
  @Field(() => Int) total!: number;
  @Field(() => UpiTier, { nullable: true }) tier!: UpiTier | null;
  @Field() flagged!: boolean;
  @Field() urgent!: boolean;
  @Field(() => [String], { description: 'Why flagged or watched (e.g. UPI_ITEM_25, PHQ9_ITEM_9)' }) reasons!: string[];
  @Field({ description: 'The rule version it was scored with' }) ruleVersion!: string;
  @Field({ description: 'Always shown with the result' }) disclaimer!: string;
}

@ObjectType({ description: 'An in-app alert: an urgent result to act on at once' })
export class Alert {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
  @Field(() => FollowUp) followUp!: FollowUp;
}

@ObjectType()
export class AlertList {
  @Field(() => Int) unread!: number;
  @Field(() => [Alert]) items!: Alert[];
}

@ObjectType({ description: 'What rescoring with another rule version would change for one result' })
export class RescoreChange {
  @Field() studentNo!: string;
  @Field() studentName!: string;
  @Field() fromVersion!: string;
  @Field(() => Int) fromTotal!: number;
  @Field(() => Int) toTotal!: number;
  @Field(() => UpiTier, { nullable: true }) fromTier!: UpiTier | null;
  @Field(() => UpiTier, { nullable: true }) toTier!: UpiTier | null;
  @Field() fromFlagged!: boolean;
  @Field() toFlagged!: boolean;
}

@ObjectType()
export class RescoreResult {
  @Field() ruleVersion!: string;
  @Field({ description: 'True for a preview: nothing was written' }) dryRun!: boolean;
  @Field(() => Int) results!: number;
  @Field(() => Int, { description: 'Results whose score changes' }) changed!: number;
  @Field(() => Int, { description: 'Follow-ups opened for newly flagged results' }) followUpsOpened!: number;
  @Field(() => [RescoreChange], { description: 'The changes (at most 500 listed)' }) changes!: RescoreChange[];
}
