import { type NetworkLevel as Level, tx } from '@carenet/domain';
import {
  CollegeChecklist,
  DocumentFile,
  NetworkLevel,
  Submission,
  SubmissionCheck,
  SubmissionEvent,
  SubmissionKind,
  SubmitInput,
} from '@carenet/schema';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { AppError } from '../../common/errors.js';
import { Allow } from '../../common/policy.js';

/** Submissions of 附件1 and 附件3 and a college's checklist (docs/submissions.md). */
@Resolver(() => Submission)
export class SubmissionResolver {
  @Allow('submissionRead')
  @Query(() => [Submission], { description: "A semester's submissions by college, kind and level, in the caller's scope" })
  submissions(
    @Arg('semester') semester: string,
    @Ctx() ctx: Context,
    @Arg('collegeCode', () => String, { nullable: true }) collegeCode?: string,
    @Arg('level', () => NetworkLevel, { nullable: true }) level?: NetworkLevel,
  ): Promise<Submission[]> {
    return ctx.services.submissions.list(ctx.em, ctx.actor, semester, collegeCode, level as Level | undefined);
  }

  @FieldResolver(() => Boolean)
  changedSinceSubmission(@Root() s: Submission, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.submissions.changedSince(ctx.em, s);
  }

  @FieldResolver(() => [SubmissionEvent])
  history(@Root() s: Submission, @Ctx() ctx: Context): Promise<SubmissionEvent[]> {
    // Tools read states and dates; who did what is for people.
    if (ctx.actor.kind === 'token') return Promise.resolve([]);
    return ctx.services.submissions.history(ctx.em, s);
  }

  @Allow('deadlineWrite')
  @Mutation(() => [Submission], { description: 'Sets the due date of a kind of submission for every college (school administration); audited' })
  setSubmissionDeadline(
    @Arg('semester') semester: string,
    @Arg('kind', () => SubmissionKind) kind: SubmissionKind,
    @Arg('dueOn') dueOn: string,
    @Ctx() ctx: Context,
  ): Promise<Submission[]> {
    return ctx.services.submissions.setDeadline(ctx.em, ctx.actor, semester, kind, dueOn);
  }

  @Allow('submit')
  @Query(() => SubmissionCheck, { description: 'What submitting now would refuse (blocking) or warn about' })
  submissionCheck(@Arg('input', () => SubmitInput) input: SubmitInput, @Ctx() ctx: Context): Promise<SubmissionCheck> {
    return ctx.services.submissions.checkView(ctx.em, ctx.actor, input);
  }

  @Allow('submit')
  @Mutation(() => Submission, { description: 'Submits a roster (per level) or the training plan: checks, freezes a snapshot; audited' })
  submit(@Arg('input', () => SubmitInput) input: SubmitInput, @Ctx() ctx: Context): Promise<Submission> {
    return ctx.services.submissions.submit(ctx.em, ctx.actor, input);
  }

  @Allow('submissionReview')
  @Mutation(() => Submission, { description: 'Records the date the stamped paper copy arrived (the Center)' })
  recordPaperReceipt(
    @Arg('id', () => ID) id: string,
    @Arg('receivedOn') receivedOn: string,
    @Ctx() ctx: Context,
    @Arg('revision', () => Int, { nullable: true }) revision?: number,
  ): Promise<Submission> {
    return ctx.services.submissions.review(ctx.em, ctx.actor, id, 'RECORD_PAPER', { receivedOn, revision });
  }

  @Allow('submissionReview')
  @Mutation(() => Submission, { description: 'Accepts a submission whose paper copy arrived (the Center)' })
  acceptSubmission(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Arg('revision', () => Int, { nullable: true }) revision?: number): Promise<Submission> {
    return ctx.services.submissions.review(ctx.em, ctx.actor, id, 'ACCEPT', { revision });
  }

  @Allow('submissionReview')
  @Mutation(() => Submission, { description: 'Returns a submission with a reason (the Center); the college resubmits' })
  returnSubmission(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
    @Arg('revision', () => Int, { nullable: true }) revision?: number,
  ): Promise<Submission> {
    return ctx.services.submissions.review(ctx.em, ctx.actor, id, 'RETURN', { reason, revision });
  }

  @Allow('submissionRead')
  @Query(() => DocumentFile, { description: 'A submitted version as its official XLSX (附件1 or 附件3), made from the snapshot; audited' })
  submissionDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Arg('version', () => Int, { nullable: true }) version?: number): Promise<DocumentFile> {
    return ctx.services.submissions.document(ctx.em, ctx.actor, id, version);
  }

  @Allow('submissionRead')
  @Query(() => CollegeChecklist, { description: "A college's completion checklist for a semester" })
  collegeChecklist(@Arg('collegeCode') collegeCode: string, @Arg('semester') semester: string, @Ctx() ctx: Context): Promise<CollegeChecklist> {
    if (ctx.actor.kind === 'token') throw new AppError('FORBIDDEN', tx('the checklist is for people', '清单仅供登录用户查看'));
    const s = ctx.services;
    return s.submissions.checklist(ctx.em, ctx.actor, collegeCode, semester, {
      training: async (level) => {
        const r = await s.trainingReport.completion(ctx.em, ctx.actor, level, semester);
        const row = r.colleges.find((c) => c.collegeCode === collegeCode);
        return row ? { trainees: row.trainees, completed: row.completed } : null;
      },
      overdueFollowUps: async (level) => {
        const r = await s.screeningReport.report(ctx.em, ctx.actor, level, null, semester);
        return r.colleges.find((c) => c.collegeCode === collegeCode)?.overdue ?? 0;
      },
    });
  }
}
