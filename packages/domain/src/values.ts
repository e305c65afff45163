import {
  FACILITIES,
  type Facility,
  type Gender,
  NETWORK_LEVELS,
  type NetworkLevel,
  POSITIONS,
  type Position,
  STUDENT_STATUSES,
  type StudentStatus,
} from './enums.js';
import { type Text, tx } from './i18n.js';

/** Result of parsing one cell: a value, or a message (both languages) explaining why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Text };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: Text): Parsed<T> => ({ ok: false, error });

function lookup<T extends string>(raw: string, codes: readonly T[], zh: Record<string, T>, what: Text): Parsed<T> {
  const v = raw.trim();
  const upper = v.toUpperCase() as T;
  if (codes.includes(upper)) return ok(upper);
  const z = zh[v];
  if (z) return ok(z);
  const expected = [...codes, ...Object.keys(zh)];
  return fail(
    tx(
      `"${raw}" is not a valid ${what.en}; expected one of ${expected.join(', ')}`,
      `“${raw}”不是有效的${what.zh}，应为以下之一：${expected.join('、')}`,
    ),
  );
}

export const LEVEL_ZH: Record<string, NetworkLevel> = { 本科生: 'UNDERGRADUATE', 本科: 'UNDERGRADUATE', 研究生: 'GRADUATE' };
export const STATUS_ZH: Record<string, StudentStatus> = {
  在读: 'ENROLLED',
  休学: 'SUSPENDED',
  毕业: 'GRADUATED',
  退学: 'WITHDRAWN',
  转学: 'TRANSFERRED',
};
export const POSITION_ZH: Record<string, Position> = {
  党组织书记: 'PARTY_SECRETARY',
  院长: 'DEAN',
  党组织副书记: 'DEPUTY_PARTY_SECRETARY',
  辅导员: 'COUNSELOR',
  其他: 'OTHER',
};
export const FACILITY_ZH: Record<string, Facility> = {
  谈话桌椅: 'TALK_TABLE_CHAIRS',
  沙发: 'SOFA',
  茶几: 'TEA_TABLE',
  书籍: 'BOOKS',
};

const WHAT = {
  level: tx('level', '培养层次'),
  status: tx('student status', '学籍状态'),
  position: tx('position', '职务'),
  facility: tx('facility', '设施'),
};

export const parseLevel = (raw: string) => lookup(raw, NETWORK_LEVELS, LEVEL_ZH, WHAT.level);
export const parseStatus = (raw: string) => lookup(raw, STUDENT_STATUSES, STATUS_ZH, WHAT.status);
export const parsePosition = (raw: string) => lookup(raw, POSITIONS, POSITION_ZH, WHAT.position);

export function parseGender(raw: string): Parsed<Gender> {
  const v = raw.trim();
  if (v === 'M' || v === 'm' || v === '男') return ok('M');
  if (v === 'F' || v === 'f' || v === '女') return ok('F');
  return fail(tx(`"${raw}" is not a valid gender; expected 男, 女, M or F`, `“${raw}”不是有效的性别，应为 男、女、M 或 F`));
}

export function parseBoolean(raw: string): Parsed<boolean> {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === '是' || v === 'yes') return ok(true);
  if (v === 'false' || v === '0' || v === '否' || v === 'no' || v === '') return ok(false);
  return fail(tx(`"${raw}" is not a valid boolean; expected true/false, 是/否 or 1/0`, `“${raw}”不是有效的是/否值，应为 是/否、true/false 或 1/0`));
}

/** A calendar date `YYYY-MM-DD` that exists (no 2024-02-30). */
export function parseDate(raw: string): Parsed<string> {
  const v = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) return ok(v);
  }
  return fail(tx(`"${raw}" is not a valid date; expected YYYY-MM-DD`, `“${raw}”不是有效的日期，应为 YYYY-MM-DD 格式`));
}

function parseList<T extends string>(raw: string, one: (s: string) => Parsed<T>, what: Text): Parsed<T[]> {
  const parts = raw
    .split(/[;；,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return fail(tx(`at least one ${what.en} is required`, `至少需要填写一项${what.zh}`));
  const out: T[] = [];
  for (const p of parts) {
    const r = one(p);
    if (!r.ok) return r;
    if (!out.includes(r.value)) out.push(r.value);
  }
  return ok(out);
}

export const parseLevels = (raw: string) => parseList(raw, parseLevel, WHAT.level);
export function parseFacilities(raw: string): Parsed<Facility[]> {
  if (raw.trim() === '') return ok([]);
  return parseList(raw, (s) => lookup(s, FACILITIES, FACILITY_ZH, WHAT.facility), WHAT.facility);
}

// Student and staff numbers are opaque identifiers as each university's systems issue them: 8–14
// digits are common, graduate numbers often carry a letter prefix (SY2106101, MP1933001), staff
// schemes vary. The default refuses only what cannot be an identifier; a stricter pattern is
// configuration (STUDENT_NO_PATTERN / STAFF_NO_PATTERN), passed to the parsers as `pattern`.
export const IDENTIFIER_MAX_LENGTH = 32;
/** Letters and digits, 1–32 characters: the default check for student and staff numbers. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9]{1,32}$/;
export const STUDENT_NO_PATTERN = IDENTIFIER_PATTERN;
export const STAFF_NO_PATTERN = IDENTIFIER_PATTERN;
// Codes (college, class, dorm): letters, digits and - _ . only, 1–40 characters.
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$/;

/** Stricter formats a university configured, applied on top of the default check (null: none). */
export interface IdentifierPatterns {
  studentNo?: RegExp | null;
  staffNo?: RegExp | null;
}

const STUDENT_NO = tx('student number', '学号');
const STAFF_NO = tx('staff number', '工号');

/** Names a character for a message: spaces and invisible characters would not show between quotes. */
function describeChar(c: string): Text {
  if (/\s/.test(c)) return tx('a space', '空格');
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? tx(`"${c}"`, `“${c}”`) : tx(code, code);
}

function parseIdentifier(raw: string, what: Text, pattern: RegExp | null | undefined): Parsed<string> {
  const v = raw.trim();
  if (v === '') return fail(VALUE_REQUIRED);
  const chars = [...v];
  if (chars.length > IDENTIFIER_MAX_LENGTH) {
    return fail(
      tx(
        `"${v}" is not a valid ${what.en}: it has ${chars.length} characters, at most ${IDENTIFIER_MAX_LENGTH} are allowed`,
        `“${v}”不是有效的${what.zh}：长度为 ${chars.length} 个字符，最多允许 ${IDENTIFIER_MAX_LENGTH} 个`,
      ),
    );
  }
  const bad = chars.find((c) => !/^[A-Za-z0-9]$/.test(c));
  if (bad !== undefined) {
    const c = describeChar(bad);
    return fail(
      tx(
        `"${v}" is not a valid ${what.en}: it contains ${c.en}; only letters and digits are allowed`,
        `“${v}”不是有效的${what.zh}：其中含有${c.zh}，只能包含字母和数字`,
      ),
    );
  }
  if (pattern) {
    // A global or sticky pattern would carry lastIndex over from the previous call.
    pattern.lastIndex = 0;
    if (!pattern.test(v)) {
      // The configuration anchors a pattern as ^(?:…)$; show it as the university wrote it.
      const shown = /^\^\(\?:(.*)\)\$$/.exec(pattern.source)?.[1] ?? pattern.source;
      return fail(
        tx(
          `"${v}" is not a valid ${what.en}: it does not match this university's format (${shown})`,
          `“${v}”不是有效的${what.zh}：不符合本校的${what.zh}格式（${shown}）`,
        ),
      );
    }
  }
  return ok(v);
}

/** A student number: letters and digits, 1–32, trimmed; `pattern` is the university's stricter format. */
export const parseStudentNo = (raw: string, pattern?: RegExp | null): Parsed<string> => parseIdentifier(raw, STUDENT_NO, pattern);
/** A staff number: letters and digits, 1–32, trimmed; `pattern` is the university's stricter format. */
export const parseStaffNo = (raw: string, pattern?: RegExp | null): Parsed<string> => parseIdentifier(raw, STAFF_NO, pattern);

export function parseCode(raw: string): Parsed<string> {
  const v = raw.trim();
  return CODE_PATTERN.test(v)
    ? ok(v)
    : fail(
        tx(
          `"${raw}" is not a valid code; expected up to 40 letters, digits, '-', '_' or '.'`,
          `“${raw}”不是有效的代码，应为不超过 40 个字符的字母、数字、“-”、“_”或“.”`,
        ),
      );
}
/** An empty cell where a value is needed. */
export const VALUE_REQUIRED = tx('a value is required', '此项必须填写');

export function parseText(raw: string, max = 200): Parsed<string> {
  const v = raw.trim();
  if (v === '') return fail(VALUE_REQUIRED);
  if (v.length > max) return fail(tx(`at most ${max} characters allowed`, `最多允许 ${max} 个字符`));
  return ok(v);
}

export function parsePhone(raw: string): Parsed<string> {
  const v = raw.trim();
  return /^\+?[0-9][0-9\- ]{4,19}$/.test(v) ? ok(v) : fail(tx(`"${raw}" is not a valid phone number`, `“${raw}”不是有效的电话号码`));
}
