import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NetworkLevel } from './enums.js';

@ObjectType({ description: 'Network coverage of one college at one level, or the university total (definitions: docs/metrics.md)' })
export class CoverageRow {
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeCode!: string | null;
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeName!: string | null;
  @Field(() => Int, { description: 'Active classes: ≥1 ENROLLED student' }) classes!: number;
  @Field(() => Int, { description: 'Active classes with ≥1 active committee member' }) classesCovered!: number;
  @Field(() => Int, { description: 'Active dorms: ≥1 ENROLLED resident' }) dormitories!: number;
  @Field(() => Int, { description: 'Active dorms with an active officer' }) dormitoriesCovered!: number;
  @Field(() => Int, { description: 'Active committee members' }) committeeMembers!: number;
  @Field(() => Int, { description: 'Active dorm officers' }) dormOfficers!: number;
  @Field(() => Int, { description: '1 on a college row; the number of college rows on the total' }) colleges!: number;
  @Field(() => Int) collegesWithCompleteWorkingGroup!: number;
  @Field(() => Int) collegesWithWorkstation!: number;
  @Field(() => Float, { description: 'classesCovered / classes (0 when there are none)' }) classCoverage!: number;
  @Field(() => Float, { description: 'dormitoriesCovered / dormitories (0 when there are none)' }) dormCoverage!: number;
  @Field(() => Float, { description: 'collegesWithCompleteWorkingGroup / colleges (0 when there are none)' }) workingGroupCompleteness!: number;
  @Field(() => Float, { description: 'collegesWithWorkstation / colleges (0 when there are none)' }) workstationPresence!: number;
}

@ObjectType()
export class CoverageReport {
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => CoverageRow) total!: CoverageRow;
  @Field(() => [CoverageRow]) colleges!: CoverageRow[];
}

@ObjectType({ description: 'Coverage on one day of a week, from appointment history' })
export class CoverageHistoryPoint {
  @Field({ description: 'Monday of the week' }) weekStart!: string;
  @Field({ description: 'The day measured: the Sunday, or the last day of the range' }) measuredOn!: string;
  @Field(() => Int, { description: 'Active classes (as of now)' }) classes!: number;
  @Field(() => Int, { description: 'Of those, classes with a committee appointment running on measuredOn' }) classesCovered!: number;
  @Field(() => Int) dormitories!: number;
  @Field(() => Int) dormitoriesCovered!: number;
  @Field(() => Float) classCoverage!: number;
  @Field(() => Float) dormCoverage!: number;
}

@ObjectType()
export class CoverageHistory {
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [CoverageHistoryPoint]) points!: CoverageHistoryPoint[];
}
