import { render, type TrainingImportKind as Kind, tx } from '@carenet/domain';
import {
  AttendanceChange,
  CollegeTraining,
  CompletionChange,
  CreateTrainingSessionInput,
  DocumentFile,
  ImportResult,
  MyTraining,
  NetworkLevel,
  SessionAttendee,
  TrainingImportKind,
  TrainingProgramme,
  TrainingReport,
  TrainingSession,
  UpdateTrainingSessionInput,
} from '@carenet/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import { Allow } from '../../common/policy.js';
import type { ImportOutcome } from '../roster-import/import-run.js';
import { readCsv, readXlsx } from '../roster-import/table-reader.js';

function localized(outcome: ImportOutcome): ImportResult {
  const locale = currentLocale();
  return { ...outcome, errors: outcome.errors.map((e) => ({ ...e, message: render(e.message, locale) })) } as ImportResult;
}

/** The "basic skills +" training programme (docs/api.md, "Training"). */
@Resolver()
export class TrainingResolver {
  @Allow('aggregates')
  @Query(() => TrainingReport, { description: 'Training completion per college and the total for a semester (definitions: docs/metrics.md)' })
  trainingCompletion(
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Arg('semester') semester: string,
    @Ctx() ctx: Context,
  ): Promise<TrainingReport> {
    return ctx.services.trainingReport.completion(ctx.em, ctx.actor, level, semester);
  }

  @Allow('trainingRead')
  @Query(() => CollegeTraining, { description: "A college's trainees one by one and its sessions (leaders their college, counselors their classes)" })
  collegeTraining(
    @Arg('collegeCode') collegeCode: string,
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Arg('semester') semester: string,
    @Ctx() ctx: Context,
  ): Promise<CollegeTraining> {
    return ctx.services.trainingReport.college(ctx.em, ctx.actor, collegeCode, level, semester);
  }

  @Allow('signedIn')
  @Query(() => MyTraining, { description: "The caller's own post and training (committee members and dorm officers)" })
  myTraining(@Arg('semester') semester: string, @Ctx() ctx: Context): Promise<MyTraining> {
    return ctx.services.trainingReport.mine(ctx.em, ctx.actor, semester);
  }

  @Allow('trainingRead')
  @Query(() => DocumentFile, { description: "A college's training plan for a semester in the layout of 附件3 (XLSX); an audited export" })
  trainingPlanDocument(@Arg('collegeCode') collegeCode: string, @Arg('semester') semester: string, @Ctx() ctx: Context): Promise<DocumentFile> {
    return ctx.services.training.planDocument(ctx.em, ctx.actor, collegeCode, semester);
  }

  @Allow('signedIn')
  @Query(() => TrainingProgramme, { description: "A semester's basic-skills programme (the defaults until the Center sets it)" })
  trainingProgramme(@Arg('semester') semester: string, @Ctx() ctx: Context): Promise<TrainingProgramme> {
    return ctx.services.training.programme(ctx.em, semester);
  }

  @Allow('programmeWrite')
  @Mutation(() => TrainingProgramme, { description: "Sets a semester's required modules and minSelfDesignedAttendance (the Center); audited" })
  setTrainingProgramme(
    @Arg('semester') semester: string,
    @Arg('moduleCodes', () => [String]) moduleCodes: string[],
    @Arg('minSelfDesignedAttendance', () => Int) minSelfDesignedAttendance: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgramme> {
    return ctx.services.training.setProgramme(ctx.em, ctx.actor, semester, moduleCodes, minSelfDesignedAttendance);
  }

  @Allow('trainingRead')
  @Query(() => [TrainingSession], { description: 'Self-designed sessions of a semester, by college, within the caller’s scope' })
  trainingSessions(
    @Arg('semester') semester: string,
    @Ctx() ctx: Context,
    @Arg('collegeCode', () => String, { nullable: true }) collegeCode?: string,
  ): Promise<TrainingSession[]> {
    return ctx.services.training.sessions(ctx.em, ctx.actor, semester, collegeCode);
  }

  @Allow('trainingRead')
  @Query(() => [SessionAttendee], { description: "A session's attendance list, with whether each attendance can count" })
  sessionAttendees(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<SessionAttendee[]> {
    return ctx.services.training.attendees(ctx.em, ctx.actor, sessionId);
  }

  @Allow('trainingWrite')
  @Mutation(() => TrainingSession, { description: "Adds a college's self-designed session (code unique within the semester); audited" })
  createTrainingSession(@Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput, @Ctx() ctx: Context): Promise<TrainingSession> {
    return ctx.services.training.createSession(ctx.em, ctx.actor, input);
  }

  @Allow('trainingWrite')
  @Mutation(() => TrainingSession, { description: 'Changes a session’s details (optimistic: send the version read); audited' })
  updateTrainingSession(@Arg('input', () => UpdateTrainingSessionInput) input: UpdateTrainingSessionInput, @Ctx() ctx: Context): Promise<TrainingSession> {
    return ctx.services.training.updateSession(ctx.em, ctx.actor, input);
  }

  @Allow('trainingWrite')
  @Mutation(() => TrainingSession, { description: 'Marks a session held on a date, or back to planned; audited' })
  setTrainingSessionHeld(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('held') held: boolean,
    @Ctx() ctx: Context,
    @Arg('heldOn', () => String, { nullable: true }) heldOn?: string,
  ): Promise<TrainingSession> {
    return ctx.services.training.setHeld(ctx.em, ctx.actor, id, version, held, heldOn);
  }

  @Allow('trainingWrite')
  @Mutation(() => Boolean, { description: 'Deletes a session nobody attended; audited' })
  deleteTrainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.training.deleteSession(ctx.em, ctx.actor, id);
  }

  @Allow('trainingWrite')
  @Mutation(() => AttendanceChange, { description: 'Records students as attending a session (idempotent); audited' })
  recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('studentNos', () => [String]) studentNos: string[],
    @Ctx() ctx: Context,
  ): Promise<AttendanceChange> {
    return ctx.services.training.recordAttendance(ctx.em, ctx.actor, sessionId, studentNos);
  }

  @Allow('trainingWrite')
  @Mutation(() => TrainingSession, { description: "Takes a student off a session's attendance list; audited" })
  removeAttendance(@Arg('sessionId', () => ID) sessionId: string, @Arg('studentNo') studentNo: string, @Ctx() ctx: Context): Promise<TrainingSession> {
    return ctx.services.training.removeAttendance(ctx.em, ctx.actor, sessionId, studentNo);
  }

  @Allow('trainingWrite')
  @Mutation(() => CompletionChange, { description: 'Records a module completed by students (one or a list; idempotent); audited' })
  recordModuleCompletions(
    @Arg('semester') semester: string,
    @Arg('moduleCode') moduleCode: string,
    @Arg('studentNos', () => [String]) studentNos: string[],
    @Ctx() ctx: Context,
    @Arg('completedOn', () => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) completedOn?: string,
  ): Promise<CompletionChange> {
    return ctx.services.training.recordCompletions(ctx.em, ctx.actor, semester, moduleCode, completedOn ?? '', studentNos);
  }

  @Allow('trainingWrite')
  @Mutation(() => Boolean, { description: "Removes a student's completion of a module (false when there was none); audited" })
  removeModuleCompletion(
    @Arg('semester') semester: string,
    @Arg('moduleCode') moduleCode: string,
    @Arg('studentNo') studentNo: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.training.removeCompletion(ctx.em, ctx.actor, semester, moduleCode, studentNo);
  }

  @Allow('trainingWrite')
  @Mutation(() => ImportResult, { description: 'Imports module completions or session attendance (CSV; columns: docs/api.md); all-or-nothing' })
  async importTraining(
    @Arg('kind', () => TrainingImportKind) kind: TrainingImportKind,
    @Arg('semester') semester: string,
    @Arg('csv') csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return localized(await ctx.services.trainingImport.importTable(ctx.em, ctx.actor, kind as Kind, semester, readCsv(csv), dryRun));
  }

  @Allow('trainingWrite')
  @Mutation(() => ImportResult, { description: 'importTraining from the first sheet of an XLSX workbook, sent as base64' })
  async importTrainingXlsx(
    @Arg('kind', () => TrainingImportKind) kind: TrainingImportKind,
    @Arg('semester') semester: string,
    @Arg('xlsxBase64') xlsxBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(xlsxBase64)) throw badInput(tx('xlsxBase64 is not base64', 'xlsxBase64 不是有效的 base64 编码'), { field: 'xlsxBase64' });
    const table = await readXlsx(Buffer.from(xlsxBase64, 'base64'));
    return localized(await ctx.services.trainingImport.importTable(ctx.em, ctx.actor, kind as Kind, semester, table, dryRun));
  }
}
