import { type RosterKind as Kind, render, tx } from '@carenet/domain';
import { ImportResult, RosterKind } from '@carenet/schema';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../../common/policy.js';
import { badInput } from '../../common/errors.js';
import { currentLocale } from '../../common/locale.js';
import type { ImportItems, RosterImportOutcome } from './roster-import.service.js';
import { readCsv, readXlsx } from './table-reader.js';

/** The outcome as the API returns it: each error message and item detail in the caller's language. */
function localized(outcome: RosterImportOutcome): ImportResult {
  const locale = currentLocale();
  const list = (l: ImportItems) => ({ total: l.total, items: l.items.map((i) => ({ ...i, detail: i.detail ? render(i.detail, locale) : null })) });
  return {
    ...outcome,
    errors: outcome.errors.map((e) => ({ ...e, message: render(e.message, locale) })),
    added: list(outcome.added),
    changed: list(outcome.changed),
    ended: list(outcome.ended),
  };
}

@Resolver()
export class RosterImportResolver {
  @Allow('rosterWrite')
  @Mutation(() => ImportResult, { description: 'Import a roster CSV (columns and rules: docs/api.md); all-or-nothing; dryRun writes nothing' })
  importRoster(
    @Arg('kind', () => RosterKind) kind: RosterKind,
    @Arg('csv') csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return ctx.services.rosterImport.importTable(ctx.em, ctx.actor, kind as Kind, readCsv(csv), { dryRun }).then(localized);
  }

  @Allow('rosterWrite')
  @Mutation(() => ImportResult, { description: 'Import a roster from the first sheet of an XLSX workbook, sent as base64' })
  async importRosterXlsx(
    @Arg('kind', () => RosterKind) kind: RosterKind,
    @Arg('xlsxBase64') xlsxBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(xlsxBase64)) {
      throw badInput(tx('xlsxBase64 is not base64', 'xlsxBase64 不是有效的 base64 编码'), { field: 'xlsxBase64' });
    }
    const table = await readXlsx(Buffer.from(xlsxBase64, 'base64'));
    return localized(await ctx.services.rosterImport.importTable(ctx.em, ctx.actor, kind as Kind, table, { dryRun }));
  }
}
