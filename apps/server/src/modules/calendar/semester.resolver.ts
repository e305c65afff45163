import { Semester, SetSemesterInput } from '@carenet/schema';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';

@Resolver()
export class SemesterResolver {
  @Allow('signedIn')
  @Query(() => [Semester], { description: 'Stored semesters and the current one with its neighbours, newest first' })
  semesters(@Ctx() ctx: Context): Promise<Semester[]> {
    return ctx.services.semesters.list(ctx.em);
  }

  @Allow('signedIn')
  @Query(() => Semester, { description: 'The semester today falls in' })
  currentSemester(@Ctx() ctx: Context): Promise<Semester> {
    return ctx.services.semesters.current(ctx.em);
  }

  @Allow('calendarWrite')
  @Mutation(() => Semester, { description: 'Sets a semester’s name and dates (school administration); audited' })
  setSemester(@Arg('input', () => SetSemesterInput) input: SetSemesterInput, @Ctx() ctx: Context): Promise<Semester> {
    return ctx.services.semesters.set(ctx.em, ctx.actor, input);
  }
}
