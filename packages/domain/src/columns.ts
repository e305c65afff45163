import type { RosterKind } from './enums.js';
import { type Text, tx } from './i18n.js';
import {
  type IdentifierPatterns,
  type Parsed,
  parseBoolean,
  parseCode,
  parseDate,
  parseFacilities,
  parseGender,
  parseLevel,
  parseLevels,
  parsePhone,
  parsePosition,
  parseStaffNo,
  parseStatus,
  parseStudentNo,
  parseText,
  VALUE_REQUIRED,
} from './values.js';

export interface ColumnSpec {
  /** Canonical (English) header, also the key of the parsed record. */
  key: string;
  /** Accepted Chinese headers; the first one is used in templates. */
  zh: string[];
  required: boolean;
  /** Whether an empty cell is allowed (the value is then null). */
  optionalValue?: boolean;
  /** `patterns`: the university's stricter identifier formats, for the number columns. */
  parse: (raw: string, patterns: IdentifierPatterns) => Parsed<unknown>;
}

export const col = (key: string, zh: string[], parse: ColumnSpec['parse'], opts: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  zh,
  parse,
  required: true,
  ...opts,
});
const nullable = { optionalValue: true };

const collegeCode = col('college_code', ['学院代码'], parseCode);
const classCode = col('class_code', ['班级代码'], parseCode);
const dormCode = col('dorm_code', ['宿舍代码'], parseCode);
const studentNoValue = (raw: string, p: IdentifierPatterns) => parseStudentNo(raw, p.studentNo);
const staffNoValue = (raw: string, p: IdentifierPatterns) => parseStaffNo(raw, p.staffNo);
const studentNo = col('student_no', ['学号'], studentNoValue);
const staffNo = col('staff_no', ['工号'], staffNoValue);
const level = col('level', ['培养层次'], parseLevel);
const appointedOn = col('appointed_on', ['任职日期'], parseDate);

/** Columns of each import kind (SPEC.md §7), in template order. */
export const ROSTER_COLUMNS: Record<RosterKind, ColumnSpec[]> = {
  COLLEGES: [col('code', ['学院代码'], parseCode), col('name', ['学院名称', '名称'], (s) => parseText(s))],
  CLASSES: [
    col('code', ['班级代码'], parseCode),
    col('name', ['班级名称', '名称'], (s) => parseText(s)),
    collegeCode,
    level,
    col('grade', ['年级'], (s) => parseText(s, 20)),
    col('counselor_staff_no', ['辅导员工号'], staffNoValue, { ...nullable, required: false }),
  ],
  DORMITORIES: [
    col('code', ['宿舍代码'], parseCode),
    col('building', ['楼栋'], (s) => parseText(s, 100)),
    col('room', ['房间号'], (s) => parseText(s, 50)),
    collegeCode,
    level,
  ],
  STUDENTS: [
    studentNo,
    col('name', ['姓名'], (s) => parseText(s, 100)),
    col('gender', ['性别'], parseGender),
    classCode,
    { ...dormCode, required: false, optionalValue: true },
    col('status', ['学籍状态'], parseStatus),
    col('is_dorm_head', ['是否宿舍长'], parseBoolean, { required: false, optionalValue: true }),
    // Contact data is sensitive (SPEC.md §6): optional columns, read only through audited paths.
    col('phone', ['联系电话', '手机号'], parsePhone, { required: false, optionalValue: true }),
    col('emergency_contact', ['紧急联系人'], (s) => parseText(s, 100), { required: false, optionalValue: true }),
    col('emergency_phone', ['紧急联系电话'], parsePhone, { required: false, optionalValue: true }),
  ],
  STAFF: [
    staffNo,
    col('name', ['姓名'], (s) => parseText(s, 100)),
    col('college_code', ['学院代码'], parseCode, { required: false, optionalValue: true }),
  ],
  WORKING_GROUP: [collegeCode, staffNo, col('position', ['职务'], parsePosition), col('levels', ['服务层次'], parseLevels)],
  WORKSTATIONS: [
    collegeCode,
    col('room', ['地点'], (s) => parseText(s, 200)),
    col('facilities', ['设施'], parseFacilities, { optionalValue: true }),
  ],
  COMMITTEE_MEMBERS: [
    classCode,
    studentNo,
    appointedOn,
    // Notice §一(二): the two basic conditions, attested by whoever appoints (optional in files).
    col('attests_service', ['热心服务'], parseBoolean, { required: false, optionalValue: true }),
    col('attests_wellbeing', ['身心健康'], parseBoolean, { required: false, optionalValue: true }),
  ],
  DORM_OFFICERS: [dormCode, studentNo, appointedOn],
};

export interface HeaderMapping {
  /** column key → index in the row */
  index: Map<string, number>;
  /** column key → header as written in the file (for error messages) */
  label: Map<string, string>;
  errors: { column: string; message: Text }[];
}

const norm = (h: string) => h.replace(/^\uFEFF/, '').trim();

/** Maps a file's header row to the columns of a kind; English or Chinese headers, any order. */
export function mapHeaders(kind: RosterKind | readonly ColumnSpec[], header: string[]): HeaderMapping {
  // Other imports (training) pass their own column list.
  const specs = typeof kind === 'string' ? ROSTER_COLUMNS[kind] : kind;
  const index = new Map<string, number>();
  const label = new Map<string, string>();
  const errors: HeaderMapping['errors'] = [];
  header.forEach((raw, i) => {
    const h = norm(raw);
    if (h === '') return;
    const spec = specs.find((s) => s.key === h.toLowerCase() || s.zh.includes(h));
    if (!spec) return; // extra columns are ignored, as spreadsheets often carry notes
    if (index.has(spec.key)) {
      errors.push({ column: h, message: tx(`column "${h}" appears twice`, `列“${h}”重复出现`) });
      return;
    }
    index.set(spec.key, i);
    label.set(spec.key, h);
  });
  for (const s of specs) {
    if (s.required && !index.has(s.key)) {
      errors.push({
        column: s.key,
        message: tx(`missing column "${s.key}" (${s.zh[0]})`, `缺少列“${s.zh[0]}”（${s.key}）`),
      });
    }
  }
  return { index, label, errors };
}

export interface RowError {
  row: number;
  column: string;
  message: Text;
}

/**
 * Parses one data row into a record keyed by canonical column names.
 * `rowNumber` is the spreadsheet row (header = 1); `patterns` are the configured identifier formats.
 */
export function parseRow(
  kind: RosterKind | readonly ColumnSpec[],
  mapping: HeaderMapping,
  cells: string[],
  rowNumber: number,
  patterns: IdentifierPatterns = {},
): { record: Record<string, unknown>; errors: RowError[] } {
  const record: Record<string, unknown> = {};
  const errors: RowError[] = [];
  for (const spec of typeof kind === 'string' ? ROSTER_COLUMNS[kind] : kind) {
    const i = mapping.index.get(spec.key);
    const column = mapping.label.get(spec.key) ?? spec.key;
    // A column the file does not have stays undefined, so an update leaves that field alone.
    if (i === undefined) continue;
    const raw = cells[i];
    if (raw === undefined) {
      errors.push({ row: rowNumber, column, message: tx(`row ends before column "${column}"`, `该行数据不完整：缺少“${column}”列及其后各列`) });
      continue;
    }
    if (raw.trim() === '') {
      if (spec.optionalValue) {
        record[spec.key] = null;
        continue;
      }
      errors.push({ row: rowNumber, column, message: VALUE_REQUIRED });
      continue;
    }
    const r = spec.parse(raw, patterns);
    if (r.ok) record[spec.key] = r.value;
    else errors.push({ row: rowNumber, column, message: r.error });
  }
  return { record, errors };
}

/** The header row of a template file: English key and Chinese label. */
export function templateHeaders(kind: RosterKind, language: 'en' | 'zh'): string[] {
  return ROSTER_COLUMNS[kind].map((s) => (language === 'en' ? s.key : (s.zh[0] ?? s.key)));
}
