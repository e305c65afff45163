import ExcelJS from 'exceljs';
import {
  type ColumnSpec,
  FACILITIES,
  FACILITY_ZH,
  type HeaderMapping,
  LEVEL_ZH,
  NETWORK_LEVELS,
  POSITION_ZH,
  POSITIONS,
  ROSTER_COLUMNS,
  type RosterKind,
  type RowError,
  STATUS_ZH,
  STUDENT_STATUSES,
  type Text,
  neutraliseFormula,
  templateHeaders,
  toCsv,
  tx,
} from '@carenet/domain';

export type TemplateLanguage = 'en' | 'zh';

/**
 * Codes and numbers starting with this are the templates' example data: a row holding one is the
 * example row left in the file, and an import refuses it (docs/api.md "Templates").
 */
export const EXAMPLE_PREFIX = 'EXAMPLE';

/** The columns that hold codes and numbers: where the example row is recognised. */
const IDENTIFIER_COLUMNS = new Set(['code', 'college_code', 'class_code', 'dorm_code', 'student_no', 'staff_no', 'counselor_staff_no']);

const EX = {
  college: 'EXAMPLE-CS',
  class: 'EXAMPLE-CS-2024-1',
  dorm: 'EXAMPLE-D101',
  student: 'EXAMPLE202401',
  staff: 'EXAMPLE0001',
};

/** A value shown in the Chinese template and its English template counterpart. */
const both = (zh: string, en: string) => ({ zh, en });
type ExampleValue = string | { zh: string; en: string };

/** One example row per kind, by column key; Chinese templates show the Chinese values, English ones the codes. */
const EXAMPLES: Record<RosterKind, Record<string, ExampleValue>> = {
  COLLEGES: { code: EX.college, name: both('示例学院', 'Example College') },
  CLASSES: {
    code: EX.class,
    name: both('示例班级（2024级1班）', 'Example class (2024, class 1)'),
    college_code: EX.college,
    level: both('本科生', 'UNDERGRADUATE'),
    grade: '2024',
    counselor_staff_no: EX.staff,
  },
  DORMITORIES: { code: EX.dorm, building: both('示例楼', 'Example Hall'), room: '101', college_code: EX.college, level: both('本科生', 'UNDERGRADUATE') },
  STUDENTS: {
    student_no: EX.student,
    name: both('示例学生', 'Example Student'),
    gender: both('女', 'F'),
    class_code: EX.class,
    dorm_code: EX.dorm,
    status: both('在读', 'ENROLLED'),
    is_dorm_head: both('否', 'false'),
    phone: '13800000000',
    emergency_contact: both('示例家长', 'Example Parent'),
    emergency_phone: '13900000000',
  },
  STAFF: { staff_no: EX.staff, name: both('示例老师', 'Example Teacher'), college_code: EX.college },
  WORKING_GROUP: { college_code: EX.college, staff_no: EX.staff, position: both('辅导员', 'COUNSELOR'), levels: both('本科生;研究生', 'UNDERGRADUATE;GRADUATE') },
  WORKSTATIONS: { college_code: EX.college, room: both('示例楼 201 室', 'Example Hall, room 201'), facilities: both('谈话桌椅;沙发', 'TALK_TABLE_CHAIRS;SOFA') },
  COMMITTEE_MEMBERS: {
    class_code: EX.class,
    student_no: EX.student,
    appointed_on: '2024-09-01',
    attests_service: both('是', 'true'),
    attests_wellbeing: both('是', 'true'),
  },
  DORM_OFFICERS: { dorm_code: EX.dorm, student_no: EX.student, appointed_on: '2024-09-01' },
};

/** The example row of a kind's template, in template column order. */
export function exampleRow(kind: RosterKind, language: TemplateLanguage): string[] {
  return ROSTER_COLUMNS[kind].map((c) => {
    const v = EXAMPLES[kind][c.key] ?? '';
    return typeof v === 'string' ? v : v[language];
  });
}

/**
 * Refuses the templates' example row: a row with a code or number that starts with EXAMPLE.
 * Reported on that row, naming the column as headed in the file.
 */
export function exampleRowError(kind: RosterKind, mapping: HeaderMapping, cells: string[], row: number): RowError | null {
  for (const c of ROSTER_COLUMNS[kind]) {
    if (!IDENTIFIER_COLUMNS.has(c.key)) continue;
    const i = mapping.index.get(c.key);
    const value = i === undefined ? '' : (cells[i] ?? '').trim();
    if (!value.toUpperCase().startsWith(EXAMPLE_PREFIX)) continue;
    const column = mapping.label.get(c.key) ?? c.key;
    return {
      row,
      column,
      message: tx(
        `this is the template's example row (${column} "${value}"): delete it or replace it with real data; codes and numbers starting with ${EXAMPLE_PREFIX} are reserved for the example`,
        `这是模板中的示例行（${column}为“${value}”）：请删除该行，或替换为真实数据；以 ${EXAMPLE_PREFIX} 开头的代码和编号仅用于示例`,
      ),
    };
  }
  return null;
}

// ---- The notes sheet (说明): each column, whether required, its format and its allowed values ----

const codeFormat = tx(
  '1–40 letters, digits, "-", "_" or "."; starting with a letter or digit',
  '1–40 个字母、数字、“-”、“_”或“.”，以字母或数字开头',
);
const numberFormat = (what: Text) =>
  tx(
    `${what.en}: 1–32 letters and digits (e.g. 202101100001, SY2106101), compared exactly after trimming`,
    `${what.zh}：1–32 个字母和数字（例如 202101100001、SY2106101），去掉首尾空格后按原样比较`,
  );
const textFormat = (max: number) => tx(`text, at most ${max} characters`, `文本，最多 ${max} 个字符`);
const existing = (what: Text, format: Text) => tx(`${format.en}; ${what.en}`, `${format.zh}；${what.zh}`);
const booleanFormat = tx('yes or no; empty means no', '是或否；留空表示否');
const dateFormat = tx('date YYYY-MM-DD, a real calendar day, not after today', '日期 YYYY-MM-DD，须为真实日期，不晚于今天');
const phoneFormat = tx('5–20 digits, spaces and "-", starting with a digit, optionally after "+"', '5–20 个数字、空格或“-”，以数字开头（前面可加“+”）');
const listOf = (what: Text) =>
  tx(`one or more ${what.en}, separated by ; or , (half- or full-width)`, `一个或多个${what.zh}，用 ; 或 ,（半角或全角）分隔`);

const FORMATS: Record<string, Text> = {
  'COLLEGES.code': tx(`${codeFormat.en}; the key of the row`, `${codeFormat.zh}；为本行的键`),
  'COLLEGES.name': textFormat(200),
  'CLASSES.code': tx(`${codeFormat.en}; the key of the row`, `${codeFormat.zh}；为本行的键`),
  'CLASSES.name': textFormat(200),
  'CLASSES.grade': textFormat(20),
  'CLASSES.counselor_staff_no': existing(
    tx("a staff member of the class's college (STAFF import)", '须为该班级所属学院的教职工（先导入教职工）'),
    numberFormat(tx('staff number', '工号')),
  ),
  'DORMITORIES.code': tx(`${codeFormat.en}; the key of the row`, `${codeFormat.zh}；为本行的键`),
  'DORMITORIES.building': textFormat(100),
  'DORMITORIES.room': textFormat(50),
  'STUDENTS.student_no': tx(`${numberFormat(tx('student number', '学号')).en}; the key of the row`, `${numberFormat(tx('student number', '学号')).zh}；为本行的键`),
  'STUDENTS.name': textFormat(100),
  'STUDENTS.dorm_code': existing(
    tx('an existing dorm (DORMITORIES import); empty: no dorm (e.g. living off campus)', '须为已导入的宿舍；留空表示无宿舍（如校外住宿）'),
    codeFormat,
  ),
  'STUDENTS.phone': phoneFormat,
  'STUDENTS.emergency_contact': textFormat(100),
  'STUDENTS.emergency_phone': phoneFormat,
  'STAFF.staff_no': tx(`${numberFormat(tx('staff number', '工号')).en}; the key of the row`, `${numberFormat(tx('staff number', '工号')).zh}；为本行的键`),
  'STAFF.name': textFormat(100),
  'STAFF.college_code': existing(tx("an existing college; empty: no college (university-wide, e.g. the Center's staff)", '须为已导入的学院；留空表示不属于任何学院（如心理中心教职工）'), codeFormat),
  'WORKING_GROUP.staff_no': existing(tx('a staff member of that college (STAFF import)', '须为该学院的教职工（先导入教职工）'), numberFormat(tx('staff number', '工号'))),
  'WORKSTATIONS.college_code': existing(tx('an existing college; one workstation per college', '须为已导入的学院；每个学院一个工作站'), codeFormat),
  'WORKSTATIONS.room': textFormat(200),
  'COMMITTEE_MEMBERS.student_no': existing(
    tx('an enrolled student of that class; at most 2 members per class', '须为该班级在读学生；每班最多 2 名心理委员'),
    numberFormat(tx('student number', '学号')),
  ),
  'DORM_OFFICERS.student_no': existing(
    tx('an enrolled student living in that dorm; 1 officer per dorm', '须为住在该宿舍的在读学生；每个宿舍 1 名信息员'),
    numberFormat(tx('student number', '学号')),
  ),
  college_code: existing(tx('an existing college (COLLEGES import)', '须为已导入的学院（先导入学院）'), codeFormat),
  class_code: existing(tx('an existing class (CLASSES import)', '须为已导入的班级（先导入班级）'), codeFormat),
  dorm_code: existing(tx('an existing dorm (DORMITORIES import)', '须为已导入的宿舍（先导入宿舍）'), codeFormat),
  level: tx('one level', '一个培养层次'),
  levels: listOf(tx('levels', '培养层次')),
  gender: tx('one gender', '一个性别'),
  status: tx('one status', '一个学籍状态'),
  is_dorm_head: booleanFormat,
  position: tx('one position; the key is college + staff number + position', '一个职务；学院、工号和职务共同构成本行的键'),
  facilities: tx(`${listOf(tx('facilities', '设施')).en}; the cell may be empty (none)`, `${listOf(tx('facilities', '设施')).zh}；可留空（表示没有）`),
  appointed_on: dateFormat,
  attests_service: tx(`${booleanFormat.en} (the member is keen to serve)`, `${booleanFormat.zh}（热心服务）`),
  attests_wellbeing: tx(`${booleanFormat.en} (the member is in good physical and mental health)`, `${booleanFormat.zh}（身心健康）`),
};

/** How a column's values are written (exported for the test that every column has one). */
export function columnFormat(kind: RosterKind, key: string): Text | undefined {
  return FORMATS[`${kind}.${key}`] ?? FORMATS[key];
}

const enumValues = (codes: readonly string[], zh: Record<string, string>): Text => {
  const names = (code: string) => Object.entries(zh).filter(([, c]) => c === code).map(([n]) => n);
  return tx(
    codes.map((c) => `${c} (${names(c).join(' / ')})`).join('; '),
    codes.map((c) => `${names(c).join(' / ')}（${c}）`).join('；'),
  );
};
const BOOLEAN_VALUES = tx('true / false, yes / no, 1 / 0, 是 / 否', '是 / 否、true / false、1 / 0、yes / no');

/** The values a column accepts, Chinese names with the codes; null for free text and numbers. */
export function allowedValues(key: string): Text | null {
  switch (key) {
    case 'level':
    case 'levels':
      return enumValues(NETWORK_LEVELS, LEVEL_ZH);
    case 'status':
      return enumValues(STUDENT_STATUSES, STATUS_ZH);
    case 'position':
      return enumValues(POSITIONS, POSITION_ZH);
    case 'facilities':
      return enumValues(FACILITIES, FACILITY_ZH);
    case 'gender':
      return enumValues(['M', 'F'], { 男: 'M', 女: 'F' });
    case 'is_dorm_head':
    case 'attests_service':
    case 'attests_wellbeing':
      return BOOLEAN_VALUES;
    default:
      return null;
  }
}

function requirement(c: ColumnSpec): Text {
  if (c.required && !c.optionalValue) return tx('required', '必填');
  if (c.required) return tx('column required; the cell may be empty', '必须有此列，单元格可留空');
  return tx('optional: the column may be left out, the cell may be empty', '可选：可不含此列，单元格可留空');
}

/** Other headers the importer accepts for a column. */
function otherHeaders(c: ColumnSpec, language: TemplateLanguage): string {
  const all = [c.key, ...c.zh];
  const shown = language === 'en' ? c.key : (c.zh[0] ?? c.key);
  return all.filter((h) => h !== shown).join(' / ');
}

const NOTES_HEADER = {
  zh: ['列（模板表头）', '也可写作', '是否必填', '格式', '可选值', '示例'],
  en: ['Column (template header)', 'Also accepted as', 'Required', 'Format', 'Allowed values', 'Example'],
};

/** The rows of the notes sheet: one per column, then the general rules. */
export function notesRows(kind: RosterKind, language: TemplateLanguage): string[][] {
  const headers = templateHeaders(kind, language);
  const example = exampleRow(kind, language);
  const rows = ROSTER_COLUMNS[kind].map((c, i) => [
    headers[i] ?? c.key,
    otherHeaders(c, language),
    requirement(c).in(language),
    columnFormat(kind, c.key)?.in(language) ?? '',
    allowedValues(c.key)?.in(language) ?? '',
    example[i] ?? '',
  ]);
  const rules = [
    tx(
      `Row 2 of the first sheet is an example (its codes and numbers start with ${EXAMPLE_PREFIX}): delete it or replace it with real data. A file that still has it is refused, naming the row.`,
      `第一个工作表的第 2 行是示例（其代码和编号以 ${EXAMPLE_PREFIX} 开头）：导入前请删除或替换为真实数据。仍含示例行的文件会被拒绝，并指出该行。`,
    ),
    tx(
      'Headers may be the English or the Chinese names, in any order; other columns are ignored.',
      '表头可以使用英文或中文列名，列的顺序不限；其他列会被忽略。',
    ),
    tx(
      'Only the first sheet is imported; this notes sheet is not.',
      '只导入第一个工作表；本说明页不会被导入。',
    ),
    tx(
      'A file is applied all-or-nothing: with any error nothing is written. Importing the same file again changes nothing.',
      '文件全部成功才会写入，有任何错误则什么都不写入；重复导入同一文件不会产生变化。',
    ),
  ];
  return [NOTES_HEADER[language], ...rows, [], [language === 'en' ? 'Rules' : '规则'], ...rules.map((r) => [r.in(language)])];
}

/** A template as CSV: BOM (spreadsheet programs then read UTF-8), header row, example row. */
export function templateCsv(kind: RosterKind, language: TemplateLanguage): string {
  return `\uFEFF${toCsv([templateHeaders(kind, language), exampleRow(kind, language)])}`;
}

/** A template as XLSX: the kind's sheet (header, example row) and a notes sheet (说明 / Notes). */
export async function templateXlsx(kind: RosterKind, language: TemplateLanguage): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(kind);
  data.addRow(templateHeaders(kind, language).map(neutraliseFormula));
  data.getRow(1).font = { bold: true };
  data.addRow(exampleRow(kind, language).map(neutraliseFormula));
  // Grey italics: the example looks like one, and the notes sheet says what to do with it.
  data.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };
  data.columns.forEach((c) => {
    c.width = 20;
  });
  data.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = wb.addWorksheet(language === 'en' ? 'Notes' : '说明');
  for (const r of notesRows(kind, language)) notes.addRow(r.map(neutraliseFormula));
  notes.getRow(1).font = { bold: true };
  const widths = [22, 26, 18, 48, 48, 24];
  notes.columns.forEach((c, i) => {
    c.width = widths[i] ?? 20;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  // The rules below the table span its width.
  const rulesAt = ROSTER_COLUMNS[kind].length + 3;
  notes.getRow(rulesAt).font = { bold: true };
  for (let r = rulesAt + 1; r <= notes.rowCount; r++) {
    notes.mergeCells(r, 1, r, widths.length);
    notes.getRow(r).height = 32;
  }
  notes.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
