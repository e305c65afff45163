import type { EntityManager } from '@mikro-orm/knex';
import {
  type Actor,
  type IdentifierPatterns,
  inScope,
  isNone,
  mapHeaders,
  parseRow,
  type RowError,
  TRAINING_COLUMNS,
  type TrainingImportKind,
  trainingWriteScope,
  tx,
} from '@carenet/domain';
import { AppError } from '../../common/errors.js';
import { loadByKeys } from '../../common/lookup.js';
import { refreshStatistics } from '../../db/reads.js';
import type { AuditService } from '../audit/audit.service.js';
import { StudentEntity } from '../org/org.entities.js';
import type { ImportOutcome } from '../roster-import/import-run.js';
import type { Table } from '../roster-import/table-reader.js';
import { ModuleCompletionEntity, SessionAttendanceEntity, TrainingSessionEntity } from './training.entities.js';

/** The tables a training import writes, directly or through their triggers. */
const TRAINING_TABLES = ['session_attendance', 'module_completion', 'trainee', 'trainee_progress'];
import type { TrainingService } from './training.service.js';

interface Row {
  n: number;
  r: Record<string, string>;
}

class Rollback extends Error {}

/**
 * The training intake (SPEC §7): a course platform's module completions and sessions' sign-in
 * sheets. All-or-nothing, every error named by row and column as written in the file, idempotent.
 */
export class TrainingImportService {
  constructor(
    private readonly training: TrainingService,
    private readonly audit: AuditService,
    private readonly identifiers: IdentifierPatterns = {},
  ) {}

  async importTable(em: EntityManager, actor: Actor, kind: TrainingImportKind, semesterRaw: string, table: Table, dryRun = false): Promise<ImportOutcome> {
    if (isNone(trainingWriteScope(actor))) {
      throw new AppError('FORBIDDEN', tx('you may not change training records', '您无权修改培训记录'));
    }
    const programme = await this.training.programme(em, semesterRaw);
    const semester = programme.semester;
    const specs = TRAINING_COLUMNS[kind];
    const mapping = mapHeaders(specs, table.header);
    const result = (errors: RowError[], c = { created: 0, updated: 0, unchanged: 0 }): ImportOutcome => ({
      ...c,
      errors: errors.sort((a, b) => a.row - b.row),
      dryRun,
      appointmentsEnded: 0,
    });
    if (mapping.errors.length > 0) return result(mapping.errors.map((e) => ({ row: 1, ...e })));
    const errors: RowError[] = [];
    const rows: Row[] = [];
    table.rows.forEach((cells, i) => {
      if (cells.length === 0 || cells.every((c) => c.trim() === '')) return;
      const p = parseRow(specs, mapping, cells, i + 2, this.identifiers);
      if (p.errors.length > 0) errors.push(...p.errors);
      else rows.push({ n: i + 2, r: p.record as Record<string, string> });
    });
    if (rows.length === 0 && errors.length === 0) {
      return result([{ row: 2, column: mapping.label.values().next().value ?? '', message: tx('the file has no data rows', '文件中没有数据行') }]);
    }
    const label = (k: string) => mapping.label.get(k) ?? k;
    const scope = trainingWriteScope(actor);
    const today = this.training.today();
    let outcome: ImportOutcome | undefined;
    try {
      await em.transactional(async (t) => {
        const students = await loadByKeys(t, StudentEntity, 'studentNo', rows.map((x) => x.r.student_no!), { populate: ['classGroup'] });
        const counts = { created: 0, updated: 0, unchanged: 0 };
        const unknownStudent = (row: Row) =>
          errors.push({
            row: row.n,
            column: label('student_no'),
            message: scope.all
              ? tx(`unknown student number "${row.r.student_no}"`, `学号“${row.r.student_no}”不存在`)
              : tx(`unknown student number "${row.r.student_no}" (or not of your college)`, `学号“${row.r.student_no}”不存在（或不属于本学院）`),
          });
        if (kind === 'MODULE_COMPLETIONS') {
          const existing = new Map<string, ModuleCompletionEntity>();
          const ids = [...students.values()].map((s) => s.id);
          for (let i = 0; i < ids.length; i += 1000) {
            for (const c of await t.find(ModuleCompletionEntity, { semester, student: { $in: ids.slice(i, i + 1000) } })) existing.set(`${c.student.id}/${c.moduleCode}`, c);
          }
          const seen = new Map<string, { n: number; date: string }>();
          for (const row of rows) {
            const st = students.get(row.r.student_no!);
            // Outside the caller's college reads as unknown, so a file cannot probe other colleges.
            if (!st || !inScope(scope, { collegeId: st.classGroup.college.id })) {
              unknownStudent(row);
              continue;
            }
            const code = row.r.module_code!;
            if (!programme.moduleCodes.includes(code)) {
              errors.push({
                row: row.n,
                column: label('module_code'),
                message: tx(`module ${code} is not in the programme of ${semester} (${programme.moduleCodes.join(', ')})`, `模块 ${code} 不在 ${semester} 学期的培训方案中（${programme.moduleCodes.join('、')}）`),
              });
              continue;
            }
            const date = row.r.completed_on!;
            if (date > today) {
              errors.push({ row: row.n, column: label('completed_on'), message: tx(`${date} is after today (${today})`, `${date} 晚于今天（${today}）`) });
              continue;
            }
            const key = `${st.id}/${code}`;
            const earlier = seen.get(key);
            if (earlier) {
              if (earlier.date !== date) {
                errors.push({
                  row: row.n,
                  column: label('completed_on'),
                  message: tx(`row ${earlier.n} gives this student and module another date (${earlier.date})`, `第 ${earlier.n} 行为同一学生和模块给出了不同日期（${earlier.date}）`),
                });
              } else counts.unchanged++;
              continue;
            }
            seen.set(key, { n: row.n, date });
            const c = existing.get(key);
            if (!c) {
              t.create(ModuleCompletionEntity, { semester, student: st, moduleCode: code, completedOn: date });
              counts.created++;
            } else if (c.completedOn !== date) {
              c.completedOn = date;
              counts.updated++;
            } else counts.unchanged++;
          }
        } else {
          const sessions = await loadByKeys(t, TrainingSessionEntity, 'code', rows.map((x) => x.r.session_code!));
          const inSemester = new Map([...sessions.values()].filter((s) => s.semester === semester).map((s) => [s.code, s]));
          // Codes are unique per semester, so a code of another semester must be looked up again in this one.
          const missing = rows.map((x) => x.r.session_code!).filter((c) => !inSemester.has(c));
          if (missing.length > 0) {
            for (const s of await t.find(TrainingSessionEntity, { semester, code: { $in: [...new Set(missing)] } })) inSemester.set(s.code, s);
          }
          const sessionIds = [...inSemester.values()].map((s) => s.id);
          const existing = new Set(
            sessionIds.length === 0 ? [] : (await t.find(SessionAttendanceEntity, { session: { $in: sessionIds } })).map((a) => `${a.session.id}/${a.student.id}`),
          );
          for (const row of rows) {
            const s = inSemester.get(row.r.session_code!);
            if (!s || !inScope(scope, { collegeId: s.college.id })) {
              errors.push({
                row: row.n,
                column: label('session_code'),
                message: tx(`no session "${row.r.session_code}" of your college in ${semester}`, `${semester} 学期没有本学院代码为“${row.r.session_code}”的培训`),
              });
              continue;
            }
            const st = students.get(row.r.student_no!);
            if (!st) {
              unknownStudent(row);
              continue;
            }
            const key = `${s.id}/${st.id}`;
            if (existing.has(key)) {
              counts.unchanged++;
              continue;
            }
            existing.add(key);
            t.create(SessionAttendanceEntity, { session: s, student: st });
            counts.created++;
          }
        }
        outcome = result(errors, counts);
        if (errors.length > 0 || dryRun) throw new Rollback();
        this.audit.record(t, actor, { action: 'training.import', recordType: kind, recordId: semester, detail: counts });
        await t.flush();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    if (!outcome) throw new Error('import finished without an outcome');
    // A refused file writes nothing and reports no counts.
    if (outcome.errors.length > 0) return result(outcome.errors);
    if (!dryRun) await refreshStatistics(em, outcome.created + outcome.updated, TRAINING_TABLES);
    return outcome;
  }
}
