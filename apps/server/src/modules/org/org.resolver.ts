import {
  ClassGroup,
  College,
  Dormitory,
  NetworkLevel,
  Staff,
  StudentConnection,
  StudentContact,
  StudentStatus,
} from '@carenet/schema';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

/** Colleges, classes, dorms, staff and students, as the caller's scope allows. */
@Resolver()
export class OrgResolver {
  @Allow('signedIn')
  @Query(() => [College], { description: 'Every college, by code' })
  colleges(@Ctx() ctx: Context): Promise<College[]> {
    return ctx.services.org.colleges(ctx.em, ctx.actor);
  }

  @Allow('rosterRead')
  @Query(() => [ClassGroup])
  classes(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level: NetworkLevel | null,
    @Ctx() ctx: Context,
  ): Promise<ClassGroup[]> {
    return ctx.services.org.classes(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('rosterRead')
  @Query(() => [Dormitory])
  dormitories(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level: NetworkLevel | null,
    @Ctx() ctx: Context,
  ): Promise<Dormitory[]> {
    return ctx.services.org.dormitories(ctx.em, ctx.actor, collegeCode, level);
  }

  @Allow('rosterRead')
  @Query(() => [Staff], { description: 'Staff of a college (whole-college access only)' })
  staff(@Arg('collegeCode') collegeCode: string, @Ctx() ctx: Context): Promise<Staff[]> {
    return ctx.services.org.staff(ctx.em, ctx.actor, collegeCode);
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
    @Arg('search', () => String, { nullable: true, description: 'A student number, or part of a name (any case)' }) search?: string,
    @Arg('offset', () => Int, { nullable: true, description: 'Students to skip (after `after` when given): page n of size s is offset (n - 1) * s' })
    offset?: number,
    @Arg('classSearch', () => String, { nullable: true, description: 'Part of a class code or name, any case ("c06-u2021"); classCode is exact' })
    classSearch?: string,
  ): Promise<StudentConnection> {
    return ctx.services.org.students(ctx.em, ctx.actor, { first, after, offset, collegeCode, level, classCode, classSearch, dormCode, status, search });
  }

  @Allow('rosterRead')
  @Query(() => [ClassGroup], { description: 'Classes whose code or name contains the text (any case), within your scope, by code; first defaults to 20, at most 100' })
  searchClasses(
    @Arg('search') search: string,
    @Ctx() ctx: Context,
    @Arg('collegeCode', () => String, { nullable: true }) collegeCode?: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level?: NetworkLevel,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
  ): Promise<ClassGroup[]> {
    return ctx.services.org.searchClasses(ctx.em, ctx.actor, { search, collegeCode, level, first });
  }

  @Allow('contactRead')
  @Query(() => StudentContact, { description: "A student's contact data: sensitive, every read is audited" })
  studentContact(@Arg('studentNo') studentNo: string, @Ctx() ctx: Context): Promise<StudentContact> {
    return ctx.services.org.studentContact(ctx.em, ctx.actor, studentNo);
  }
}
