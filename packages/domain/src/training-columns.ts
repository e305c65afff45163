// Import columns of the training intake (SPEC §7): an online course platform's completion export
// and a session's sign-in sheet. Headers in English or Chinese, in any order.
import { type ColumnSpec, col } from './columns.js';
import type { TrainingImportKind } from './enums.js';
import { tx } from './i18n.js';
import { type IdentifierPatterns, type Parsed, parseDate, parseStudentNo } from './values.js';
import { MODULE_CODE, normalizeModuleCode, SESSION_CODE } from './training.js';

/**
 * A completion date as course platforms write it: 2026-10-08, 2026/10/8, 2026.10.8, 2026年10月8日,
 * optionally followed by a time (2026-10-08 14:03:22, 2026-10-08T14:03:22+08:00); the date part is kept.
 */
export function parseDay(raw: string): Parsed<string> {
  const v = raw.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:[T\s]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) {
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const r = parseDate(iso);
    if (r.ok) return r;
  }
  return {
    ok: false,
    error: tx(`"${raw}" is not a valid date; expected YYYY-MM-DD (a time after it is allowed)`, `“${raw}”不是有效的日期，应为 YYYY-MM-DD 格式（其后可带时间）`),
  };
}

function parseModuleCode(raw: string): Parsed<string> {
  const v = normalizeModuleCode(raw);
  return MODULE_CODE.test(v)
    ? { ok: true, value: v }
    : { ok: false, error: tx(`"${raw}" is not a module code (letters, digits, _ or -)`, `“${raw}”不是有效的模块代码（字母、数字、_ 或 -）`) };
}

function parseSessionCode(raw: string): Parsed<string> {
  const v = raw.trim();
  return SESSION_CODE.test(v)
    ? { ok: true, value: v }
    : { ok: false, error: tx(`"${raw}" is not a session code (letters, digits, _ or -)`, `“${raw}”不是有效的培训代码（字母、数字、_ 或 -）`) };
}

const studentNo = col('student_no', ['学号'], (raw: string, p: IdentifierPatterns) => parseStudentNo(raw, p.studentNo));

export const TRAINING_COLUMNS: Record<TrainingImportKind, ColumnSpec[]> = {
  MODULE_COMPLETIONS: [studentNo, col('module_code', ['模块代码', '模块'], parseModuleCode), col('completed_on', ['完成日期', '完成时间'], parseDay)],
  SESSION_ATTENDANCE: [col('session_code', ['培训代码'], parseSessionCode), studentNo],
};
