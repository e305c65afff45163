import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EndReason, NetworkLevel, Position } from './enums.js';
import { ClassGroup, College, Dormitory, Student, WorkingGroupMember, Workstation } from './org.types.js';

@ObjectType({ description: '班级心理委员 appointment, with history' })
export class CommitteeAppointment {
  @Field(() => ID) id!: string;
  @Field(() => Student) student!: Student;
  @Field() classCode!: string;
  @Field() startedOn!: string;
  @Field(() => String, { nullable: true }) endedOn!: string | null;
  @Field(() => EndReason, { nullable: true }) endReason!: EndReason | null;
  @Field({ description: 'Attested: 热心班级心理健康工作, 服务意识好, 能遵守保密原则' }) attestsService!: boolean;
  @Field({ description: 'Attested: 心理健康状况良好, 善于观察与沟通' }) attestsWellbeing!: boolean;
  @Field() active!: boolean;
}

@ObjectType({ description: '宿舍心理信息员 appointment, with history' })
export class DormOfficerAppointment {
  @Field(() => ID) id!: string;
  @Field(() => Student) student!: Student;
  @Field() dormCode!: string;
  @Field() startedOn!: string;
  @Field(() => String, { nullable: true }) endedOn!: string | null;
  @Field(() => EndReason, { nullable: true }) endReason!: EndReason | null;
  @Field() active!: boolean;
}

@ObjectType()
export class ClassRosterEntry {
  @Field(() => ClassGroup) classGroup!: ClassGroup;
  @Field(() => Int, { description: 'ENROLLED students of the class' }) enrolledCount!: number;
  @Field({ description: 'Active: has at least one ENROLLED student' }) active!: boolean;
  @Field(() => [CommitteeAppointment], { description: 'Active committee members' }) committeeMembers!: CommitteeAppointment[];
  @Field({ description: 'Active class with at least one active committee member' }) covered!: boolean;
}

@ObjectType()
export class DormRosterEntry {
  @Field(() => Dormitory) dormitory!: Dormitory;
  @Field(() => Int, { description: 'ENROLLED residents' }) enrolledResidents!: number;
  @Field({ description: 'Active: has at least one ENROLLED resident' }) active!: boolean;
  @Field(() => DormOfficerAppointment, { nullable: true }) officer!: DormOfficerAppointment | null;
  @Field({ description: 'Active dorm with an active officer' }) covered!: boolean;
  @Field(() => Student, { nullable: true, description: 'Default suggestion: the enrolled dorm head (宿舍长)' })
  suggestedOfficer!: Student | null;
}

@ObjectType()
export class RosterSummary {
  @Field(() => Int) classes!: number;
  @Field(() => Int) classesCovered!: number;
  @Field(() => Int) dormitories!: number;
  @Field(() => Int) dormitoriesCovered!: number;
  @Field(() => Int) committeeMembers!: number;
  @Field(() => Int) dormOfficers!: number;
  @Field(() => Float, { description: 'classesCovered / classes (0 when there are none); as networkCoverage' }) classCoverage!: number;
  @Field(() => Float, { description: 'dormitoriesCovered / dormitories (0 when there are none); as networkCoverage' }) dormCoverage!: number;
}

@ObjectType({ description: 'A college network at one level: who holds which post, and the gaps' })
export class CollegeRoster {
  @Field(() => College) college!: College;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => [WorkingGroupMember]) workingGroup!: WorkingGroupMember[];
  @Field(() => [Position], { description: 'Required positions with nobody serving this level' }) missingPositions!: Position[];
  @Field(() => Workstation, { nullable: true }) workstation!: Workstation | null;
  @Field({ description: 'The college has a workstation with a room (as counted by networkCoverage)' }) hasWorkstation!: boolean;
  @Field(() => [ClassRosterEntry]) classes!: ClassRosterEntry[];
  @Field(() => [DormRosterEntry]) dormitories!: DormRosterEntry[];
  @Field(() => RosterSummary) summary!: RosterSummary;
}

@ObjectType()
export class CollegeGapSummary {
  @Field(() => College) college!: College;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => RosterSummary) summary!: RosterSummary;
  @Field(() => [Position]) missingPositions!: Position[];
  @Field() hasWorkstation!: boolean;
}

@InputType()
export class AppointCommitteeMemberInput {
  @Field() classCode!: string;
  @Field() studentNo!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' }) appointedOn?: string;
  @Field() attestsService!: boolean;
  @Field() attestsWellbeing!: boolean;
}

@InputType()
export class AppointDormOfficerInput {
  @Field() dormCode!: string;
  @Field() studentNo!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' }) appointedOn?: string;
}

@InputType()
export class EndAppointmentInput {
  @Field(() => ID) id!: string;
  @Field(() => EndReason, { defaultValue: EndReason.DISMISSED }) reason!: EndReason;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' }) endedOn?: string;
}
