import {
  AppointCommitteeMemberInput,
  AppointDormOfficerInput,
  ClassGroup,
  College,
  CollegeRoster,
  CommitteeAppointment,
  Dormitory,
  DormOfficerAppointment,
  EndAppointmentInput,
  NetworkLevel,
  Staff,
  StudentConnection,
  StudentContact,
  StudentStatus,
  WorkingGroupMember,
  WorkingGroupMemberInput,
  Workstation,
  WorkstationInput,
} from '@carenet/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

@Resolver()
export class NetworkResolver {
  @Allow('signedIn')
  @Query(() => [College], { description: 'Every college, by code' })
  colleges(@Ctx() ctx: Context): Promise<College[]> {
    return ctx.services.roster.colleges(ctx.em, ctx.actor);
  }

  @Allow('rosterRead')
  @Query(() => [ClassGroup])
  classes(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level: NetworkLevel | null,
    @Ctx() ctx: Context,
  ): Promise<ClassGroup[]> {
    return ctx.services.roster.classes(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('rosterRead')
  @Query(() => [Dormitory])
  dormitories(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level: NetworkLevel | null,
    @Ctx() ctx: Context,
  ): Promise<Dormitory[]> {
    return ctx.services.roster.dormitories(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('rosterRead')
  @Query(() => [Staff], { description: 'Staff of a college (whole-college access only)' })
  staff(@Arg('collegeCode') collegeCode: string, @Ctx() ctx: Context): Promise<Staff[]> {
    return ctx.services.roster.staff(ctx.em, ctx.actor, collegeCode);
  }

  @Allow('rosterRead')
  @Query(() => CollegeRoster, { description: "A college's network at one level: posts, holders and gaps" })
  roster(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Ctx() ctx: Context,
  ): Promise<CollegeRoster> {
    return ctx.services.roster.roster(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('rosterRead')
  @Query(() => StudentConnection, { description: 'Students in a stable order; first defaults to 50, at most 500' })
  students(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('collegeCode', () => String, { nullable: true }) collegeCode?: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level?: NetworkLevel,
    @Arg('classCode', () => String, { nullable: true }) classCode?: string,
    @Arg('dormCode', () => String, { nullable: true }) dormCode?: string,
    @Arg('status', () => StudentStatus, { nullable: true }) status?: StudentStatus,
    @Arg('search', () => String, { nullable: true, description: 'A student number, or part of a name' }) search?: string,
  ): Promise<StudentConnection> {
    return ctx.services.roster.students(ctx.em, ctx.actor, { first, after, collegeCode, level, classCode, dormCode, status, search });
  }

  @Allow('contactRead')
  @Query(() => StudentContact, { description: "A student's contact data: sensitive, every read is audited" })
  studentContact(@Arg('studentNo') studentNo: string, @Ctx() ctx: Context): Promise<StudentContact> {
    return ctx.services.roster.studentContact(ctx.em, ctx.actor, studentNo);
  }

  @Allow('rosterWrite')
  @Mutation(() => CommitteeAppointment, { description: 'Appoint a class psychological committee member (班级心理委员)' })
  appointCommitteeMember(@Arg('input') input: AppointCommitteeMemberInput, @Ctx() ctx: Context): Promise<CommitteeAppointment> {
    return ctx.services.network.appointCommitteeMember(ctx.em, ctx.actor, input);
  }

  @Allow('rosterWrite')
  @Mutation(() => CommitteeAppointment, { description: 'End (dismiss) a committee appointment; history is kept' })
  endCommitteeMember(@Arg('input') input: EndAppointmentInput, @Ctx() ctx: Context): Promise<CommitteeAppointment> {
    return ctx.services.network.endCommitteeMember(ctx.em, ctx.actor, input);
  }

  @Allow('rosterWrite')
  @Mutation(() => DormOfficerAppointment, { description: 'Appoint a dorm psychological information officer (宿舍心理信息员)' })
  appointDormOfficer(@Arg('input') input: AppointDormOfficerInput, @Ctx() ctx: Context): Promise<DormOfficerAppointment> {
    return ctx.services.network.appointDormOfficer(ctx.em, ctx.actor, input);
  }

  @Allow('rosterWrite')
  @Mutation(() => DormOfficerAppointment, { description: 'End (dismiss) a dorm officer appointment; history is kept' })
  endDormOfficer(@Arg('input') input: EndAppointmentInput, @Ctx() ctx: Context): Promise<DormOfficerAppointment> {
    return ctx.services.network.endDormOfficer(ctx.em, ctx.actor, input);
  }

  @Allow('rosterWrite')
  @Mutation(() => WorkingGroupMember, { description: 'Add a working-group member, or change the levels they serve' })
  upsertWorkingGroupMember(@Arg('input') input: WorkingGroupMemberInput, @Ctx() ctx: Context): Promise<WorkingGroupMember> {
    return ctx.services.network.upsertWorkingGroupMember(ctx.em, ctx.actor, input);
  }

  @Allow('rosterWrite')
  @Mutation(() => Boolean)
  removeWorkingGroupMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.network.removeWorkingGroupMember(ctx.em, ctx.actor, id);
  }

  @Allow('rosterWrite')
  @Mutation(() => Workstation, { description: "Set a college's workstation room and facility checklist" })
  setWorkstation(@Arg('input') input: WorkstationInput, @Ctx() ctx: Context): Promise<Workstation> {
    return ctx.services.network.setWorkstation(ctx.em, ctx.actor, input);
  }
}
