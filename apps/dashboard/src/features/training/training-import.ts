import type { TrainingImportKind } from '@/gql/graphql';

// The training import box's glue: which mutation a file goes to and the columns each kind takes
// (docs/training.md, "Imports"). The file reading (CSV in UTF-8 or GB18030, XLSX as base64) is
// the roster import's (lib/read-file.ts).

export const TRAINING_IMPORT_KINDS: readonly TrainingImportKind[] = ['MODULE_COMPLETIONS', 'SESSION_ATTENDANCE'];

/** The headers a file may use for each kind, English then Chinese (both are accepted). */
export const TRAINING_IMPORT_COLUMNS: Record<TrainingImportKind, readonly (readonly [string, string])[]> = {
  MODULE_COMPLETIONS: [
    ['student_no', '学号'],
    ['module_code', '模块代码'],
    ['completed_on', '完成日期'],
  ],
  SESSION_ATTENDANCE: [
    ['session_code', '培训代码'],
    ['student_no', '学号'],
  ],
};

export interface TrainingImportPayload {
  format: 'csv' | 'xlsx';
  /** CSV text, or the workbook as base64 */
  content: string;
}

export type TrainingImportCall =
  | { mutation: 'csv'; variables: { kind: TrainingImportKind; semester: string; csv: string; dryRun: boolean } }
  | { mutation: 'xlsx'; variables: { kind: TrainingImportKind; semester: string; xlsxBase64: string; dryRun: boolean } };

export function trainingImportCall(payload: TrainingImportPayload, kind: TrainingImportKind, semester: string, dryRun: boolean): TrainingImportCall {
  return payload.format === 'csv'
    ? { mutation: 'csv', variables: { kind, semester, csv: payload.content, dryRun } }
    : { mutation: 'xlsx', variables: { kind, semester, xlsxBase64: payload.content, dryRun } };
}

/** A CSV template of a kind (Chinese headers and one example row), for the "download template" link. */
export function templateCsv(kind: TrainingImportKind, example: { studentNo: string; moduleCode: string; sessionCode: string; date: string }): string {
  const header = TRAINING_IMPORT_COLUMNS[kind].map(([, zh]) => zh).join(',');
  const row = kind === 'MODULE_COMPLETIONS' ? [example.studentNo, example.moduleCode, example.date] : [example.sessionCode, example.studentNo];
  return `${header}\r\n${row.join(',')}\r\n`;
}
