import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Facility, Gender, NetworkLevel, Position, StudentStatus } from './enums.js';

@ObjectType({ description: '学院' })
export class College {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType({ description: '教职工' })
export class Staff {
  @Field(() => ID) id!: string;
  @Field() staffNo!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) collegeCode!: string | null;
}

@ObjectType({ description: '班级 (an administrative class)' })
export class ClassGroup {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() grade!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field() collegeCode!: string;
  @Field(() => Staff, { nullable: true }) counselor!: Staff | null;
}

@ObjectType({ description: '宿舍 (one room)' })
export class Dormitory {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() building!: string;
  @Field() room!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field() collegeCode!: string;
}

@ObjectType({ description: '学生' })
export class Student {
  @Field(() => ID) id!: string;
  @Field() studentNo!: string;
  @Field() name!: string;
  @Field(() => Gender, { nullable: true, description: 'Null where the caller may see names only (committee members, dorm officers)' })
  gender!: Gender | null;
  @Field(() => StudentStatus, { nullable: true, description: 'Null where the caller may see names only' })
  status!: StudentStatus | null;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field(() => Boolean, { nullable: true, description: 'Null where the caller may see names only' })
  isDormHead!: boolean | null;
  @Field() collegeCode!: string;
  @Field() classCode!: string;
  @Field() className!: string;
  @Field(() => String, { nullable: true }) dormCode!: string | null;
}

@ObjectType({ description: '学院学生心理健康工作组成员' })
export class WorkingGroupMember {
  @Field(() => ID) id!: string;
  @Field(() => Position) position!: Position;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
  @Field(() => Staff) staff!: Staff;
  @Field() collegeCode!: string;
}

@ObjectType({ description: '学生心理健康教育工作站' })
export class Workstation {
  @Field(() => ID) id!: string;
  @Field() collegeCode!: string;
  @Field(() => String, { nullable: true }) room!: string | null;
  @Field(() => [Facility]) facilities!: Facility[];
  @Field(() => [Facility], { description: 'Checklist items not yet in place' }) missingFacilities!: Facility[];
  @Field(() => Int, { description: 'Optimistic-lock version; pass it back when editing' }) version!: number;
}

@InputType()
export class WorkingGroupMemberInput {
  @Field() collegeCode!: string;
  @Field() staffNo!: string;
  @Field(() => Position) position!: Position;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
}

@InputType()
export class WorkstationInput {
  @Field() collegeCode!: string;
  @Field() room!: string;
  @Field(() => [Facility]) facilities!: Facility[];
  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT' })
  expectedVersion?: number;
}
