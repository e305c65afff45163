import type { EntityManager } from '@mikro-orm/core';
import { type IdentifierPatterns, type RosterKind, type RowError, mapHeaders, parseRow, rosterWriteScope, tx } from '@carenet/domain';
import type { Actor } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import { retryOnConflict } from '../../common/retry.js';
import { refreshStatistics } from '../../db/reads.js';
import { checkLengths } from '../../common/length-guard.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Table } from './table-reader.js';


import { importClasses } from './kinds/classes.js';
import { importColleges } from './kinds/colleges.js';
import { importCommitteeMembers } from './kinds/committee-members.js';
import { importDormOfficers } from './kinds/dorm-officers.js';
import { importDormitories } from './kinds/dormitories.js';
import { importStaff } from './kinds/staff.js';
import { importStudents } from './kinds/students.js';
import { importWorkingGroup } from './kinds/working-group.js';
import { importWorkstations } from './kinds/workstations.js';
import { type Handler, type RosterImportOutcome, type ImportProgress, NewRow, noItems, Rollback, Run, type Row } from './import-run.js';
import { exampleRowError } from './templates.js';

export type { ImportItem, ImportItems, ImportOutcome, ImportProgress, RosterImportOutcome } from './import-run.js';

/**
 * Imports one roster file (SPEC.md §7): idempotent upserts by natural key, all-or-nothing,
 * every error named by row and column, the rules of §3 enforced on every row.
 */
export class RosterImportService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    /** STUDENT_NO_PATTERN / STAFF_NO_PATTERN from the configuration */
    private readonly identifiers: IdentifierPatterns = {},
    /** Told of every committed import (the server's metrics) */
    private readonly onImported?: (kind: RosterKind, counts: { created: number; updated: number; unchanged: number }) => void,
  ) {}

  async importTable(
    em: EntityManager,
    actor: Actor,
    kind: RosterKind,
    table: Table,
    opts: { dryRun?: boolean; onProgress?: ImportProgress } = {},
  ): Promise<RosterImportOutcome> {
    const dryRun = opts.dryRun ?? false;
    const mapping = mapHeaders(kind, table.header);
    if (mapping.errors.length > 0) {
      return fail(mapping.errors.map((e) => ({ row: 1, ...e })), dryRun);
    }
    const rows: Row[] = [];
    const parseErrors: RowError[] = [];
    table.rows.forEach((cells, i) => {
      if (cells.length === 0) return;
      // The templates' example row (templates.ts) is refused by name, before its cells are checked.
      const example = exampleRowError(kind, mapping, cells, i + 2);
      if (example) {
        parseErrors.push(example);
        return;
      }
      const { record, errors } = parseRow(kind, mapping, cells, i + 2, this.identifiers);
      if (errors.length > 0) parseErrors.push(...errors);
      else rows.push({ n: i + 2, r: record });
    });
    if (rows.length === 0 && parseErrors.length === 0) {
      return fail(
        [{ row: 2, column: mapping.label.values().next().value ?? '', message: tx('the file has no data rows', '文件中没有数据行') }],
        dryRun,
      );
    }

    let outcome: RosterImportOutcome | undefined;
    try {
      // Two identical imports at once: the second, run again after the first commits, finds every
      // row in place and reports it unchanged instead of failing on the unique key the first took.
      await retryOnConflict(() => em.transactional(async (tx) => {
        const run = new Run(tx, rosterWriteScope(actor), today(this.timeZone), mapping.label, opts.onProgress, rows.length);
        run.errors.push(...parseErrors);
        await HANDLERS[kind](run, rows);
        outcome = run.outcome(dryRun);
        if (outcome.errors.length > 0 || dryRun) throw new Rollback();
        // The audit event is written in the same transaction as the rows it describes.
        this.audit.record(tx, actor, {
          action: 'roster.import',
          recordType: kind,
          detail: { created: run.created, updated: run.updated, unchanged: run.unchanged, appointmentsEnded: run.ended.total },
        });
        // The changes to existing rows first; then new rows in chunks so a long import can show
        // progress, inserted directly: through the unit of work every flush compared every row
        // loaded and written so far, and an 80,000-row import spent most of its time doing that.
        await tx.flush();
        const CHUNK = 2000;
        for (let i = 0; i < run.fresh.length; i += CHUNK) {
          await insertAll(tx, run.fresh.slice(i, i + CHUNK));
          opts.onProgress?.('writing', Math.min(i + CHUNK, run.fresh.length), run.fresh.length);
        }
      }));
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    if (!outcome) throw new Error('import finished without an outcome');
    if (outcome.errors.length > 0) return fail(outcome.errors, dryRun);
    // The roster feeds every report: refresh the statistics of every table.
    if (!dryRun) await refreshStatistics(em, outcome.created + outcome.updated);
    if (!dryRun) this.onImported?.(kind, outcome);
    return outcome;
  }
}

/** New records of one or more kinds, inserted in the order they came, each checked against its column lengths. */
async function insertAll(tx: EntityManager, records: (object | NewRow)[]): Promise<void> {
  const kindOf = (r: object | NewRow) => (r instanceof NewRow ? r.entity : r.constructor);
  const groups: (object | NewRow)[][] = [];
  for (const r of records) {
    const last = groups[groups.length - 1];
    if (last && kindOf(last[0]!) === kindOf(r)) last.push(r);
    else groups.push([r]);
  }
  for (const group of groups) {
    const first = group[0]!;
    const meta = tx.getMetadata((kindOf(first) as { name: string }).name);
    if (first instanceof NewRow) {
      const rows = (group as NewRow[]).map((r) => r.data);
      for (const r of rows) checkLengths(meta, r);
      await tx.insertMany(first.entity, rows);
      continue;
    }
    for (const e of group) checkLengths(meta, e as Record<string, unknown>);
    await tx.insertMany(group);
  }
}

function fail(errors: RowError[], dryRun: boolean): RosterImportOutcome {
  return { created: 0, updated: 0, unchanged: 0, errors, dryRun, appointmentsEnded: 0, added: noItems(), changed: noItems(), ended: noItems() };
}

const HANDLERS: Record<RosterKind, Handler> = {
  COLLEGES: importColleges,
  STAFF: importStaff,
  CLASSES: importClasses,
  DORMITORIES: importDormitories,
  STUDENTS: importStudents,
  WORKING_GROUP: importWorkingGroup,
  WORKSTATIONS: importWorkstations,
  COMMITTEE_MEMBERS: importCommitteeMembers,
  DORM_OFFICERS: importDormOfficers,
};
