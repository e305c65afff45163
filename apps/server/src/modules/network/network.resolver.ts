import {
  AppointCommitteeMemberInput,
  AppointDormOfficerInput,
  CollegeRoster,
  CommitteeAppointment,
  DormOfficerAppointment,
  EndAppointmentInput,
  NetworkLevel,
  WorkingGroupMember,
  WorkingGroupMemberInput,
  Workstation,
  WorkstationInput,
} from '@carenet/schema';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

@Resolver()
export class NetworkResolver {
  @Allow('rosterRead')
  @Query(() => CollegeRoster, { description: "A college's network at one level: posts, holders and gaps" })
  roster(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Ctx() ctx: Context,
  ): Promise<CollegeRoster> {
    return ctx.services.roster.roster(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('committeeWrite')
  @Mutation(() => CommitteeAppointment, { description: 'Appoint a class psychological committee member (班级心理委员)' })
  appointCommitteeMember(@Arg('input') input: AppointCommitteeMemberInput, @Ctx() ctx: Context): Promise<CommitteeAppointment> {
    return ctx.services.network.appointCommitteeMember(ctx.em, ctx.actor, input);
  }

  @Allow('committeeWrite')
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
