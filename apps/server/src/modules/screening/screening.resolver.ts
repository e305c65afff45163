import { render, tx } from '@carenet/domain';
import {
  AlertList,
  CreateScreeningCampaignInput,
  FollowUp,
  FollowUpFilter,
  FollowUpPage,
  FollowUpReport,
  FollowUpStatus,
  ImportResult,
  NetworkLevel,
  ReferralTarget,
  RescoreResult,
  ScreeningCampaign,
  ScreeningResult,
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

/** Screening campaigns, results and follow-ups (docs/screening.md). A result is not a diagnosis. */
@Resolver()
export class ScreeningResolver {
  @Allow('aggregates')
  @Query(() => FollowUpReport, { description: 'Follow-up status per college for one campaign or every campaign of a semester (docs/metrics.md)' })
  screeningFollowUp(
    @Arg('level', () => NetworkLevel) level: NetworkLevel,
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string,
    @Arg('semester', () => String, { nullable: true }) semester?: string,
  ): Promise<FollowUpReport> {
    return ctx.services.screeningReport.report(ctx.em, ctx.actor, level, campaignId, semester);
  }

  @Allow('aggregates')
  @Query(() => [ScreeningCampaign], { description: 'Screening campaigns, newest first (no individual data)' })
  screeningCampaigns(@Ctx() ctx: Context, @Arg('semester', () => String, { nullable: true }) semester?: string): Promise<ScreeningCampaign[]> {
    return ctx.services.screening.campaigns(ctx.em, semester);
  }

  @Allow('screeningRun')
  @Mutation(() => ScreeningCampaign, { description: 'Creates a campaign (the Center); audited' })
  createScreeningCampaign(@Arg('input', () => CreateScreeningCampaignInput) input: CreateScreeningCampaignInput, @Ctx() ctx: Context): Promise<ScreeningCampaign> {
    return ctx.services.screening.createCampaign(ctx.em, ctx.actor, input);
  }

  @Allow('screeningRun')
  @Mutation(() => ImportResult, { description: "Imports a campaign's results (CSV; columns: docs/screening.md); all-or-nothing; scored on the server" })
  async importScreeningResults(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('csv') csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return localized(await ctx.services.screening.importResults(ctx.em, ctx.actor, campaignId, readCsv(csv), dryRun));
  }

  @Allow('screeningRun')
  @Mutation(() => ImportResult, { description: 'importScreeningResults from the first sheet of an XLSX workbook, sent as base64' })
  async importScreeningResultsXlsx(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('xlsxBase64') xlsxBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(xlsxBase64)) throw badInput(tx('xlsxBase64 is not base64', 'xlsxBase64 不是有效的 base64 编码'), { field: 'xlsxBase64' });
    return localized(await ctx.services.screening.importResults(ctx.em, ctx.actor, campaignId, await readXlsx(Buffer.from(xlsxBase64, 'base64')), dryRun));
  }

  @Allow('screeningRun')
  @Mutation(() => RescoreResult, { description: "Rescores a campaign's results with a rule version (default: the current one). dryRun (default true) previews; audited when applied" })
  rescoreScreeningResults(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
    @Arg('ruleVersion', () => String, { nullable: true }) ruleVersion?: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean = true,
  ): Promise<RescoreResult> {
    return ctx.services.screening.rescore(ctx.em, ctx.actor, campaignId, ruleVersion, dryRun);
  }

  @Allow('followUpRead')
  @Query(() => FollowUpPage, { description: 'Follow-ups in scope: open, overdue and urgent first; first ≤ 200. Every read is audited' })
  followUps(
    @Ctx() ctx: Context,
    @Arg('filter', () => FollowUpFilter, { nullable: true }) filter?: FollowUpFilter,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number = 0,
  ): Promise<FollowUpPage> {
    return ctx.services.screening.followUps(ctx.em, ctx.actor, filter ?? {}, first, offset);
  }

  @Allow('screeningResultRead')
  @Query(() => ScreeningResult, { description: 'A result with its answers (the Center, the class counselor); audited' })
  screeningResult(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ScreeningResult> {
    return ctx.services.screening.result(ctx.em, ctx.actor, id);
  }

  @Allow('followUpWrite')
  @Mutation(() => FollowUp, { description: 'Moves a follow-up on (SPEC §5 state machine) with a note; audited' })
  updateFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FollowUpStatus) status: FollowUpStatus,
    @Arg('note') note: string,
    @Ctx() ctx: Context,
    @Arg('referredTo', () => ReferralTarget, { nullable: true }) referredTo?: ReferralTarget,
    @Arg('version', () => Int, { nullable: true, description: 'The version read; a stale one is refused' }) version?: number,
  ): Promise<FollowUp> {
    return ctx.services.screening.update(ctx.em, ctx.actor, id, status, note, referredTo, version);
  }

  @Allow('signedIn')
  @Query(() => AlertList, { description: "Urgent-result alerts in the caller's follow-up scope, with the unread count" })
  alerts(
    @Ctx() ctx: Context,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean = false,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number = 20,
  ): Promise<AlertList> {
    return ctx.services.screening.alerts(ctx.em, ctx.actor, unreadOnly, first);
  }

  @Allow('signedIn')
  @Mutation(() => Int, { description: 'Marks alerts read for the caller; returns how many changed' })
  markAlertsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<number> {
    return ctx.services.screening.markAlertsRead(ctx.em, ctx.actor, ids);
  }
}
